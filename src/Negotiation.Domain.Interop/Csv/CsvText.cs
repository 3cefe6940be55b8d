namespace Negotiation.Domain.Interop.Csv;

/// <summary>Checks of text read from a CSV file against what a party's names and descriptions accept.</summary>
internal static class CsvText
{
    /// <summary>The longest name the core accepts.</summary>
    public const int MaxNameLength = 500;

    /// <summary>The longest free text the core accepts.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Whether <paramref name="text"/> is a name: one line, no control characters, at most 500 characters, something visible.</summary>
    public static bool IsName(string? text) =>
        text is not null && text.Length <= MaxNameLength && !string.IsNullOrWhiteSpace(text) && !HasControl(text, allowBreaks: false);

    /// <summary>Whether <paramref name="text"/> is free text: no control characters but line breaks and tabs, at most 20 000 characters.</summary>
    public static bool IsText(string? text) =>
        text is not null && text.Length <= MaxTextLength && !string.IsNullOrWhiteSpace(text) && !HasControl(text, allowBreaks: true);

    private static bool HasControl(string text, bool allowBreaks)
    {
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t' or '\u2028' or '\u2029')
            {
                if (!allowBreaks)
                {
                    return true;
                }
            }
            else if (char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                return true;
            }
        }

        return false;
    }
}
