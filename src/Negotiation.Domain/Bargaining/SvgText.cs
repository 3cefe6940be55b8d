using System.Globalization;
using System.Numerics;
using System.Text;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// Text and numbers as <see cref="UtilitySpaceSvg"/> writes them: every text escaped for XML, every number in the
/// invariant culture, and the estimated width of a line, by which labels are wrapped and kept apart.
/// </summary>
internal static class SvgText
{
    /// <summary>
    /// The average advance of a character as a share of the font size. Sans-serif fonts run about 0.5 (Helvetica) to
    /// 0.55 (DejaVu Sans, the usual fallback on Linux) for mixed text; 0.6 keeps an estimated box around the text in both.
    /// </summary>
    public const double CharacterWidth = 0.6;

    /// <summary>
    /// Text escaped for an XML element or a double-quoted attribute: <c>&amp; &lt; &gt; " '</c> as references. A line
    /// break and any other control character become a space (XML 1.0 cannot hold most controls, and a label is one
    /// line: <see cref="Wrap"/> makes the lines); a lone surrogate and the non-characters U+FFFE and U+FFFF, which XML
    /// cannot hold either, become U+FFFD. So any text from a document or a caller gives well-formed XML.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }

            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\u2028' or '\u2029' => " ",
                _ when char.IsControl(c) => " ",
                _ when char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>A coordinate or length: at most two decimals, invariant culture.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A utility or a distance for a reader: at most three decimals, invariant culture.</summary>
    public static string Utility(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A count for a reader: <c>12</c>, <c>390 625</c> (a no-break space, so that a line is not broken inside it), or past ten million <c>6.87 × 10¹⁰</c>.</summary>
    public static string Count(BigInteger count)
    {
        if (count < 10_000_000)
        {
            return ((long)count).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u00A0');
        }

        var exponent = (int)Math.Floor(BigInteger.Log10(count));
        var mantissa = (double)(count / BigInteger.Pow(10, exponent - 3)) / 1000;
        const string superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var power = string.Concat(exponent.ToString(CultureInfo.InvariantCulture).Select(d => superscripts[d - '0']));
        return $"{mantissa.ToString("0.##", CultureInfo.InvariantCulture)}\u00A0×\u00A010{power}";
    }

    /// <summary>The estimated width, in pixels, of a line of text at a font size.</summary>
    public static double Width(string line, double size) => new StringInfo(line).LengthInTextElements * size * CharacterWidth;

    /// <summary>
    /// Text cut into lines no wider than <paramref name="width"/> pixels, at spaces where it can be, and inside a word
    /// only when a word alone is too wide. Works on the raw text, before <see cref="Escape"/>.
    /// </summary>
    public static List<string> Wrap(string text, double size, double width)
    {
        var most = Math.Max(1, (int)(width / (size * CharacterWidth)));
        var lines = new List<string>();
        var line = new StringBuilder();
        // Lines break at spaces, never at a no-break space (U+00A0, U+2007, U+202F).
        var spaced = string.Concat(text.Select(c => (char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u2007' or '\u202F')) || char.IsControl(c) ? ' ' : c));
        foreach (var word in spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (new StringInfo(rest).LengthInTextElements > most)
            {
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var cut = new StringInfo(rest).SubstringByTextElements(0, most);
                lines.Add(cut);
                rest = rest[cut.Length..];
            }

            var needed = new StringInfo(line.ToString()).LengthInTextElements + (line.Length > 0 ? 1 : 0) + new StringInfo(rest).LengthInTextElements;
            if (line.Length > 0 && needed > most)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(rest);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>The text cut to at most <paramref name="width"/> pixels, with an ellipsis when cut.</summary>
    public static string Fit(string text, double size, double width)
    {
        var most = Math.Max(2, (int)(width / (size * CharacterWidth)));
        var info = new StringInfo(text);
        return info.LengthInTextElements <= most ? text : info.SubstringByTextElements(0, most - 1) + "…";
    }
}
