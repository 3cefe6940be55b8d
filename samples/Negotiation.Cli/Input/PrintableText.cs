using System.Globalization;
using System.Text;

namespace Negotiation.Cli.Input;

/// <summary>
/// A file name made safe to print in an error line: a name can hold a line break, an escape or a bidirectional
/// control as well as a document can, and must not be able to forge another error line or rewrite the terminal. The
/// library escapes what it quotes from documents; the tool escapes the names it adds itself, the same way.
/// </summary>
internal static class PrintableText
{
    /// <summary>The text with every control, format, separator and lone surrogate character written as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired || !IsUnsafe(c))
            {
                escaped?.Append(c);
                if (paired)
                {
                    escaped?.Append(text[++i]);
                }

                continue;
            }

            escaped ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }

        return escaped?.ToString() ?? text;
    }

    private static bool IsUnsafe(char c)
        => char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
