using System.Globalization;
using System.Text;
using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// Writes a timeline of a document as an SVG picture, drawn by the library itself (no Graphviz): sanction periods,
/// agreement milestones, terms and extensions, each party's participation, commitments kept and events, each in a lane
/// of its own, on one time axis with year ticks (and month ticks when a year is wide enough).
/// </summary>
/// <remarks>
/// <para>A day is a diamond; a date known only to the month or the year is a span from its first to its last day; a
/// period between two dated things is a bar, and one the document leaves open runs to the end of the axis with an
/// arrow. Every item has its label under its mark, starting there, or ending there (anchored at its end) when it would run off the picture.</para>
/// <para>The picture is well-formed XML, at most <see cref="TimelineSvgOptions.MaxWidth"/> pixels wide, with no text
/// smaller than <see cref="TimelineSvgOptions.MinFontSize"/> pixels, and no two labels overlap: the layout estimates
/// each text's width generously (<see cref="CharWidth"/> of the font size a character, more in bold) and puts a label
/// in the first row of its lane where it has room. A label too long for the picture is cut with an ellipsis, and its
/// whole text is the item's tooltip (<c>&lt;title&gt;</c>). Every text is escaped; numbers are written in the
/// invariant culture; the output is deterministic, with <c>\n</c> line ends.</para>
/// </remarks>
/// <example>
/// <code>
/// using var file = File.CreateText("timeline.svg");
/// TimelineSvg.Write(document, file);
/// </code>
/// </example>
public static class TimelineSvg
{
    /// <summary>The estimated width of a character, as a share of the font size: generous for sans-serif fonts.</summary>
    public const double CharWidth = 0.6;

    /// <summary>The estimated width of a bold character, as a share of the font size.</summary>
    public const double BoldCharWidth = 0.66;

    private const double Margin = 16;
    private const double LabelGap = 10;
    private const string Font = "Liberation Sans, Arial, Helvetica, sans-serif";

    /// <summary>Writes the timeline of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The width and label size, or <see langword="null"/> for <see cref="TimelineSvgOptions.Default"/>.</param>
    /// <returns>The SVG text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(NegotiationDocument document, TimelineSvgOptions? options = null)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, text, options);
        return text.ToString();
    }

    /// <summary>Writes the timeline of a document to a writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write the SVG text.</param>
    /// <param name="options">The width and label size, or <see langword="null"/> for <see cref="TimelineSvgOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(NegotiationDocument document, TextWriter writer, TimelineSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= TimelineSvgOptions.Default;
        var model = TimelineModel.Of(document);
        var canvas = new Canvas(options.Width, options.FontSize);
        canvas.Text(Margin, 28, canvas.FontSize + 4, bold: true, model.Title, "#222");

        if (model.First is not { } first || model.Last is not { } last)
        {
            canvas.Text(Margin, 56, canvas.FontSize, bold: false, "Nothing in this document is dated.", "#555");
            canvas.WriteTo(writer, 72);
            return;
        }

        var axis = Axis.Of(model, Margin, options.Width - Margin);
        const double axisY = 52;
        var top = axisY + 10;
        var y = top;
        foreach (var lane in model.Lanes)
        {
            y = DrawLane(canvas, axis, lane, y);
        }

        DrawAxis(canvas, axis, axisY, top, y);
        canvas.WriteTo(writer, y + 8);
    }

    /// <summary>Draws a lane from <paramref name="top"/> down and returns where the next one starts.</summary>
    private static double DrawLane(Canvas canvas, Axis axis, TimelineLane lane, double top)
    {
        var fontSize = canvas.FontSize;
        canvas.Shape($"<line x1=\"{N(Margin)}\" y1=\"{N(top)}\" x2=\"{N(axis.Right)}\" y2=\"{N(top)}\" stroke=\"#bbb\"/>");
        canvas.Text(Margin, top + fontSize + 5, fontSize + 1, bold: true, lane.Title, "#222");

        // Marks that would cover each other go on tracks of their own, one under the other.
        var marks = new List<(TimelineItem Item, double From, double To, int Track)>();
        var tracks = new List<double>();
        foreach (var item in lane.Items)
        {
            var from = axis.X(item.Start);
            var to = item.Kind == TimelineItemKind.OpenPeriod ? axis.Right : Math.Max(axis.X(item.End.AddDays(1)), from + 3);
            var (left, right) = item.Kind == TimelineItemKind.Day ? (from - 7, from + 7) : (from, to);
            var track = tracks.FindIndex(end => end <= left + 0.5);
            if (track < 0)
            {
                tracks.Add(right);
                track = tracks.Count - 1;
            }
            else
            {
                tracks[track] = right;
            }

            marks.Add((item, from, to, track));
        }

        var barTop = top + fontSize + 16;
        const double trackHeight = 15;
        var rowHeight = fontSize + 6;
        var firstRow = barTop + ((tracks.Count - 1) * trackHeight) + 12 + fontSize;
        var rows = new List<List<(double From, double To)>>();
        var lowest = firstRow;
        var periods = 0;
        foreach (var (item, from, to, track) in marks)
        {
            var barY = barTop + (track * trackHeight);
            DrawItem(canvas, item, from, to, barY, item.Kind is TimelineItemKind.Period or TimelineItemKind.OpenPeriod ? periods++ : 0);

            // The label starts at its mark, or ends there when it would run off the picture.
            var label = canvas.Fit(item.Label, fontSize, axis.Right - axis.Left);
            var width = Canvas.Width(label, fontSize, bold: false);
            var markX = item.Kind == TimelineItemKind.Day ? from : Math.Min(from + 1, to);
            // A label that ends at its mark is anchored there (text-anchor end), so that its text, narrower than the
            // estimate, still ends at the mark rather than somewhere before it.
            var endsAtMark = markX - 3 + width > axis.Right && markX + 3 - width >= axis.Left;
            var x = endsAtMark ? markX + 3 - width : Math.Clamp(markX - 3, axis.Left, Math.Max(axis.Left, axis.Right - width));
            var row = rows.FindIndex(r => r.All(o => x + width + LabelGap <= o.From || o.To + LabelGap <= x));
            if (row < 0)
            {
                rows.Add([]);
                row = rows.Count - 1;
            }

            rows[row].Add((x, x + width));
            var labelY = firstRow + (row * rowHeight);
            canvas.Shape($"<line x1=\"{N(markX)}\" y1=\"{N(barY + 6)}\" x2=\"{N(markX)}\" y2=\"{N(labelY - fontSize + 1)}\" stroke=\"#888\" stroke-width=\"0.7\"/>");
            canvas.Label(x, labelY, fontSize, label, width, endsAtMark, label == item.Label ? null : item.Label);
            lowest = Math.Max(lowest, labelY);
        }

        return lowest + 10;
    }

    private static void DrawItem(Canvas canvas, TimelineItem item, double from, double to, double barY, int period)
    {
        // Periods that follow each other (a term and its extension, a sanction imposed then waived) take turns in two shades.
        var (fill, openFill) = period % 2 == 0 ? ("#2a9d8f", "#e9a23b") : ("#7fd1c6", "#f4cd8a");
        var tooltip = $"<title>{Escape(item.Label)}</title>";
        switch (item.Kind)
        {
            case TimelineItemKind.Day:
                canvas.Shape($"<path d=\"M{N(from)},{N(barY - 6)} l6,6 l-6,6 l-6,-6 z\" fill=\"#1f4e9c\">{tooltip}</path>");
                break;
            case TimelineItemKind.PartialDate:
                canvas.Shape($"<rect x=\"{N(from)}\" y=\"{N(barY - 5)}\" width=\"{N(Math.Max(to - from, 3))}\" height=\"10\" fill=\"#9cc0f0\" stroke=\"#1f4e9c\" stroke-dasharray=\"2,2\">{tooltip}</rect>");
                break;
            case TimelineItemKind.Period:
                canvas.Shape($"<rect x=\"{N(from)}\" y=\"{N(barY - 4)}\" width=\"{N(Math.Max(to - from, 3))}\" height=\"8\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"0.5\">{tooltip}</rect>");
                break;
            default:
                canvas.Shape($"<rect x=\"{N(from)}\" y=\"{N(barY - 4)}\" width=\"{N(Math.Max(to - from - 6, 3))}\" height=\"8\" fill=\"{openFill}\" stroke=\"#fff\" stroke-width=\"0.5\">{tooltip}</rect>");
                canvas.Shape($"<path d=\"M{N(Math.Max(to - 6, from + 3))},{N(barY - 7)} l6,7 l-6,7 z\" fill=\"{openFill}\"/>");
                break;
        }
    }

    private static void DrawAxis(Canvas canvas, Axis axis, double axisY, double top, double bottom)
    {
        var fontSize = canvas.FontSize;
        var yearWidth = axis.YearWidth;
        var labelWidth = Canvas.Width("0000", fontSize, bold: true) + 8;
        int[] steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
        var step = steps.FirstOrDefault(s => s * yearWidth >= labelWidth, 1000);
        var months = yearWidth / 12 >= labelWidth; // room for the year's bold label before February's
        foreach (var piece in axis.Pieces)
        {
            if (piece.IsBreak)
            {
                // Years with nothing in them, left out: a band with a zigzag, across every lane.
                var middle = (piece.Left + piece.Right) / 2;
                canvas.Grid($"<rect x=\"{N(piece.Left + 2)}\" y=\"{N(axisY - fontSize)}\" width=\"{N(piece.Right - piece.Left - 4)}\" height=\"{N(bottom - axisY + fontSize)}\" fill=\"#f1f1f1\" stroke=\"none\"/>");
                canvas.Grid($"<path d=\"M{N(middle - 4)},{N(axisY - fontSize)} l8,5 l-8,5 l8,5\" fill=\"none\" stroke=\"#777\"/>");
                continue;
            }

            for (var year = piece.From.Year; year < piece.To.Year; year++)
            {
                var x = axis.X(new DateOnly(year, 1, 1));
                var first = year == piece.From.Year;
                if (year % step == 0 || first)
                {
                    canvas.Grid($"<line x1=\"{N(x)}\" y1=\"{N(axisY + 4)}\" x2=\"{N(x)}\" y2=\"{N(bottom)}\" stroke=\"#ccc\"/>");
                    var next = Math.Min(year + step - (year % step), piece.To.Year);
                    if (axis.X(new DateOnly(next, 1, 1)) - x >= labelWidth || year % step == 0)
                    {
                        canvas.Text(x + 3, axisY, fontSize, bold: true, year.ToString(CultureInfo.InvariantCulture), "#444");
                    }
                }

                for (var month = 2; months && month <= 12; month++)
                {
                    var mx = axis.X(new DateOnly(year, month, 1));
                    canvas.Grid($"<line x1=\"{N(mx)}\" y1=\"{N(axisY + 4)}\" x2=\"{N(mx)}\" y2=\"{N(bottom)}\" stroke=\"#eee\"/>");
                    canvas.Text(mx + 3, axisY, fontSize, bold: false, CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month), "#777");
                }
            }
        }

        canvas.Grid($"<line x1=\"{N(axis.Left)}\" y1=\"{N(top)}\" x2=\"{N(axis.Right)}\" y2=\"{N(top)}\" stroke=\"#888\"/>");
    }

    /// <summary>Text for XML character data or an attribute value.</summary>
    internal static string Escape(string text)
        => DiagramText.Escape(text, " ", c => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&apos;",
            _ => null,
        });

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// The time axis: whole years mapped linearly onto pixels, except that a long run of years with nothing in them
    /// (the US–Cuba seed has a designation of 1982 and all else in 2013 to 2015) is left out, as a narrow break, so that
    /// one early date does not squeeze the rest into a corner.
    /// </summary>
    private sealed class Axis
    {
        private const double BreakWidth = 28;

        private Axis(List<Piece> pieces) => Pieces = pieces;

        public List<Piece> Pieces { get; }

        public double Left => Pieces[0].Left;

        public double Right => Pieces[^1].Right;

        /// <summary>The width of a year, outside the breaks.</summary>
        public double YearWidth => Pieces.Where(p => !p.IsBreak).Select(p => (p.Right - p.Left) * 365.25 / (p.To.DayNumber - p.From.DayNumber)).First();

        public static Axis Of(TimelineModel model, double left, double right)
        {
            var years = model.Lanes.SelectMany(l => l.Items).SelectMany(i => new[] { i.Start.Year, i.End.Year }).Distinct().Order().ToList();
            var span = years[^1] - years[0] + 1;
            var clusters = new List<(int From, int To)> { (years[0], years[0]) };
            foreach (var year in years.Skip(1))
            {
                var empty = year - clusters[^1].To - 1;
                clusters[^1] = empty >= 5 && empty > span * 0.4 ? clusters[^1] : (clusters[^1].From, year);
                if (clusters[^1].To != year)
                {
                    clusters.Add((year, year));
                }
            }

            var days = clusters.Sum(c => new DateOnly(c.To + 1, 1, 1).DayNumber - new DateOnly(c.From, 1, 1).DayNumber);
            var scale = (right - left - ((clusters.Count - 1) * BreakWidth)) / days;
            var pieces = new List<Piece>();
            var x = left;
            foreach (var (from, to) in clusters)
            {
                if (pieces.Count > 0)
                {
                    pieces.Add(new Piece(pieces[^1].To, new DateOnly(from, 1, 1), x, x + BreakWidth, IsBreak: true));
                    x += BreakWidth;
                }

                var start = new DateOnly(from, 1, 1);
                var end = new DateOnly(to + 1, 1, 1);
                var width = (end.DayNumber - start.DayNumber) * scale;
                pieces.Add(new Piece(start, end, x, x + width, IsBreak: false));
                x += width;
            }

            return new Axis(pieces);
        }

        public double X(DateOnly day)
        {
            var piece = Pieces.FirstOrDefault(p => day < p.To) ?? Pieces[^1];
            var fraction = Math.Clamp((double)(day.DayNumber - piece.From.DayNumber) / (piece.To.DayNumber - piece.From.DayNumber), 0, 1);
            return piece.Left + ((piece.Right - piece.Left) * fraction);
        }
    }

    /// <summary>A stretch of the axis: years drawn to scale, or a break for years left out.</summary>
    private sealed record Piece(DateOnly From, DateOnly To, double Left, double Right, bool IsBreak);

    /// <summary>The picture being drawn: grid lines under shapes under texts, so that no shape hides a label.</summary>
    private sealed class Canvas(int width, int fontSize)
    {
        private readonly StringBuilder _grid = new();
        private readonly StringBuilder _shapes = new();
        private readonly StringBuilder _grounds = new();
        private readonly StringBuilder _texts = new();

        public int FontSize => fontSize;

        public static double Width(string text, double size, bool bold) => text.Length * size * (bold ? BoldCharWidth : CharWidth);

        public void Grid(string element) => _grid.Append("  ").Append(element).Append('\n');

        public void Shape(string element) => _shapes.Append("  ").Append(element).Append('\n');

        /// <summary>The text, cut with an ellipsis to fit <paramref name="room"/> pixels.</summary>
        public string Fit(string text, double size, double room)
        {
            var fits = (int)Math.Floor((room + 0.01) / (size * CharWidth));
            return text.Length <= fits ? text : string.Concat(text.AsSpan(0, Math.Max(fits - 1, 1)).TrimEnd(), "…");
        }

        /// <summary>An item's label, on a white ground the size of its estimated box, so that grid lines and leader lines do not run through it.</summary>
        public void Label(double x, double y, double size, string text, double width, bool atEnd, string? tooltip)
        {
            _grounds.Append($"  <rect x=\"{N(x - 1)}\" y=\"{N(y - size)}\" width=\"{N(width + 2)}\" height=\"{N(size * 1.25)}\" fill=\"#fff\" fill-opacity=\"0.85\" stroke=\"none\"/>\n");
            Text(x, y, size, bold: false, text, "#222", tooltip, atEnd ? width : null);
        }

        /// <summary>A text from <paramref name="x"/>; or, given its estimated <paramref name="endsAfter"/>, one anchored at its end, <c>x + endsAfter</c>.</summary>
        public void Text(double x, double y, double size, bool bold, string text, string colour, string? tooltip = null, double? endsAfter = null)
        {
            var room = endsAfter ?? (width - Margin - x);
            var shown = Fit(text, size * (bold ? BoldCharWidth / CharWidth : 1), room);
            tooltip ??= shown == text ? null : text;
            // A cut label keeps its whole text as the tooltip of a group around it, so that the text element holds only what is shown.
            var anchor = endsAfter is { } after ? $"x=\"{N(x + after)}\" text-anchor=\"end\"" : $"x=\"{N(x)}\"";
            var element = $"<text {anchor} y=\"{N(y)}\" font-size=\"{N(size)}\"{(bold ? " font-weight=\"bold\"" : string.Empty)} fill=\"{colour}\">{Escape(shown)}</text>";
            _texts.Append(tooltip is null ? $"  {element}\n" : $"  <g><title>{Escape(tooltip)}</title>{element}</g>\n");
        }

        public void WriteTo(TextWriter writer, double height)
        {
            var h = N(Math.Ceiling(height));
            writer.Write($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{h}\" viewBox=\"0 0 {width} {h}\" font-family=\"{Font}\">\n");
            writer.Write($"  <rect width=\"{width}\" height=\"{h}\" fill=\"#fff\" stroke=\"none\"/>\n");
            writer.Write(_grid.ToString());
            writer.Write(_shapes.ToString());
            writer.Write(_grounds.ToString());
            writer.Write(_texts.ToString());
            writer.Write("</svg>\n");
        }
    }
}
