using System.Text;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// The rules of label text both writers share: a line break (<c>\r\n</c>, <c>\n</c>, <c>\r</c>, or a Unicode line or
/// paragraph separator) becomes the format's own line break, and other control characters, which no renderer shows
/// and some formats cannot hold, become spaces. Each writer supplies what else its format must escape.
/// </summary>
internal static class DiagramText
{
    /// <summary>Escapes <paramref name="text"/> for a label of one format.</summary>
    /// <param name="text">The text.</param>
    /// <param name="lineBreak">What a line break becomes.</param>
    /// <param name="escape">What a character becomes in this format, or <see langword="null"/> to keep it as it is.</param>
    /// <returns>The escaped text, without the format's quotes.</returns>
    public static string Escape(string text, string lineBreak, Func<char, string?> escape)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue; // the \n that follows makes the line break
            }

            escaped.Append(c switch
            {
                '\r' or '\n' or '\u2028' or '\u2029' => lineBreak,
                _ when escape(c) is { } replacement => replacement,
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Wraps <paramref name="text"/> at spaces into lines of at most <paramref name="width"/> characters (a longer word
    /// stays whole), keeps at most <paramref name="maxLines"/> lines and ends a cut text with an ellipsis; line breaks
    /// in the text are kept. The result's lines are joined with <c>\n</c>.
    /// </summary>
    public static string Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var truncated = false;
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            lines.Add(line.ToString());
        }

        if (lines.Count > maxLines)
        {
            lines.RemoveRange(maxLines, lines.Count - maxLines);
            truncated = true;
        }

        if (truncated)
        {
            var last = lines[^1];
            lines[^1] = (last.Length + 1 > width ? last[..Math.Max(0, width - 1)].TrimEnd() : last) + "…";
        }

        return string.Join('\n', lines);
    }
}
