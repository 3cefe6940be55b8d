using System.Globalization;
using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// Writes the timeline of a document as a Mermaid <c>gantt</c> chart, for Markdown that renders Mermaid: the same
/// lanes and items as <see cref="TimelineSvg"/>, a lane a section. A day is a milestone; a date known only to the month
/// or the year is a task from its first to its last day; a period is a task, and one the document leaves open runs to
/// the end of the last year shown.
/// </summary>
/// <remarks>
/// Titles and labels are escaped: the characters Mermaid's gantt grammar or the HTML of its labels would read
/// (<c>: ; # &amp; &lt; &gt; " `</c> and the backslash) are written as Mermaid's <c>#code;</c> entities, and a line break
/// becomes a space. The output is deterministic, with <c>\n</c> line ends.
/// </remarks>
/// <example>
/// <code>
/// File.WriteAllText("timeline.md", $"```mermaid\n{TimelineMermaid.Write(document)}```\n");
/// </code>
/// </example>
public static class TimelineMermaid
{
    /// <summary>Writes the timeline of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The Mermaid text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(NegotiationDocument document)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, text);
        return text.ToString();
    }

    /// <summary>Writes the timeline of a document to a writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write the Mermaid text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(NegotiationDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var model = TimelineModel.Of(document);
        writer.Write("gantt\n");
        writer.Write($"  title {Escape(model.Title)}\n");
        writer.Write("  dateFormat YYYY-MM-DD\n");
        writer.Write("  axisFormat %Y-%m\n");
        if (model.Last is not { } last)
        {
            return;
        }

        var axisEnd = new DateOnly(last.Year + 1, 1, 1);
        foreach (var lane in model.Lanes)
        {
            writer.Write($"  section {Escape(lane.Title)}\n");
            foreach (var item in lane.Items)
            {
                // Mermaid's end date is exclusive: the day after the last.
                var line = item.Kind switch
                {
                    TimelineItemKind.Day => $"milestone, {Day(item.Start)}, 0d",
                    TimelineItemKind.OpenPeriod => $"active, {Day(item.Start)}, {Day(axisEnd)}",
                    _ => $"{Day(item.Start)}, {Day(item.End.AddDays(1))}",
                };
                writer.Write($"    {Escape(item.Label)} :{line}\n");
            }
        }
    }

    /// <summary>Text for a gantt title, section or task name, on one line.</summary>
    internal static string Escape(string text)
        => DiagramText.Escape(text, " ", c => c is ':' or ';' or '#' or '&' or '<' or '>' or '"' or '`' or '\\' ? $"#{(int)c};" : null);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
