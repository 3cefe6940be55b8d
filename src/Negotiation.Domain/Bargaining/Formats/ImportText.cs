using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>The text and number rules both importers share: labels and names, decimals, and messages safe to print.</summary>
internal static class ImportText
{
    /// <summary>The longest message of a parser quoted in an error.</summary>
    private const int MaxParserMessage = 300;

    /// <summary>A value from the file, quoted and escaped for a message (<see cref="QuotedInput.Quote"/>).</summary>
    public static string Quote(string? value) => QuotedInput.Quote(value);

    /// <summary>
    /// Throws <c>invalid-value</c> at <paramref name="path"/> unless <paramref name="value"/> can be a name or an option's
    /// label: not blank, one line, at most 500 characters, no control or bidirectional character.
    /// </summary>
    public static string Name(string value, string path, string what)
    {
        try
        {
            return Guard.Against.NullOrInvalidName(value, "label");
        }
        catch (ArgumentException refused)
        {
            throw new ImportException(ErrorCodes.InvalidValue, path, $"{Quote(value)} cannot be {what}: {Reason(refused)}");
        }
    }

    /// <summary>Parses a decimal as GENIUS writes them (<c>0.25</c>, <c>1.0E-4</c>), or throws <c>wrong-type</c> at <paramref name="path"/>.</summary>
    public static decimal Decimal(string text, string path, string what)
        => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? AmountGuards.Canonical(value)
            : throw new ImportException(ErrorCodes.WrongType, path, $"{what} must be a number; {Quote(text)} is not one (or is beyond what a decimal holds)");

    /// <summary>Parses a whole number, or throws <c>wrong-type</c> at <paramref name="path"/>.</summary>
    public static long Integer(string text, string path, string what)
        => long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ImportException(ErrorCodes.WrongType, path, $"{what} must be a whole number; {Quote(text)} is not one");

    /// <summary>Throws <c>invalid-value</c> at <paramref name="path"/> unless <paramref name="value"/> is in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static decimal InRange(decimal value, decimal low, decimal high, string path, string what)
        => value >= low && value <= high
            ? value
            : throw new ImportException(ErrorCodes.InvalidValue, path, $"{what} is {Format(value)}; it must be between {Format(low)} and {Format(high)}");

    /// <summary>A decimal as the files write it: invariant, no trailing zeros (<c>0.25</c>, <c>1</c>).</summary>
    public static string Format(decimal value) => AmountGuards.Canonical(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A parser's message, made safe to print: control, bidirectional and other invisible characters as <c>\uXXXX</c>
    /// (a parser may quote the input), and cut after 300 characters.
    /// </summary>
    public static string Parser(string message)
    {
        var text = new StringBuilder(Math.Min(message.Length, MaxParserMessage) + 1);
        foreach (var c in message)
        {
            if (text.Length >= MaxParserMessage)
            {
                return text.Append('…').ToString();
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>A guard's message without the <c>(Parameter '…')</c> that <see cref="ArgumentException"/> adds.</summary>
    private static string Reason(ArgumentException refused)
    {
        var message = refused.Message;
        var suffix = refused.ParamName is null ? null : $" (Parameter '{refused.ParamName}')";
        message = suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
        return message.StartsWith("label ", StringComparison.Ordinal) ? "it " + message["label ".Length..] : message;
    }
}
