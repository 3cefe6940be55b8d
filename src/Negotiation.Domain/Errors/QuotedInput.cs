using System.Globalization;
using System.Text;
using Negotiation.Domain.Guards;

namespace Negotiation.Domain.Errors;

/// <summary>
/// Input quoted back in an error message or a path, made safe to print anywhere: a document comes from strangers, and
/// its names and values must not be able to clear a terminal, reorder a line with bidirectional controls, or start a
/// new line that looks like another error. Every character that could do so is written as <c>\uXXXX</c>, and a long
/// value is cut, so that one error is always one bounded line.
/// </summary>
internal static class QuotedInput
{
    /// <summary>The most characters of a value shown; a longer value is cut and its length given.</summary>
    public const int MaxShown = 64;

    /// <summary>The value in single quotes, escaped, cut after <see cref="MaxShown"/> characters with its full length given: <c>'a\u202Eb'</c>, <c>'aaa…' (300 characters)</c>.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var text = new StringBuilder(Math.Min(value.Length, MaxShown) + 2).Append('\'');
        var cut = Append(text, value, quote: '\'');
        text.Append('\'');
        return cut ? text.Append(CultureInfo.InvariantCulture, $" ({TextGuards.Length(value)} characters)").ToString() : text.ToString();
    }

    /// <summary>
    /// Appends <paramref name="value"/> escaped (the quote and the backslash too), at most <see cref="MaxShown"/>
    /// characters of it followed by <c>…</c> when it is longer.
    /// </summary>
    /// <returns>Whether the value was cut.</returns>
    public static bool Append(StringBuilder text, string value, char quote)
    {
        var shown = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (shown == MaxShown)
            {
                text.Append('…');
                return true;
            }

            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c == quote || c == '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (IsUnsafe(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }

            shown++;
        }

        return false;
    }

    /// <summary>
    /// Control characters (C0, DEL, C1), line and paragraph separators, lone surrogates, and format characters: the
    /// bidirectional controls, zero-width characters and the like, which change how a line reads without being seen.
    /// </summary>
    private static bool IsUnsafe(char c)
        => char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
