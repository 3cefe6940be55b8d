using System.Numerics;
using System.Text;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// Draws a bargaining result as an SVG picture of the utility space of two parties, written by the library itself (no
/// Graphviz): every outcome as a dot (a deterministic sample when there are more than
/// <see cref="UtilitySpaceSvgOptions.MaxOutcomes"/>), the Pareto frontier, each party's reservation as a dashed line
/// and the area where both reach theirs, each bargaining solution's point (all of them when tied), and each agreement
/// of the document, labelled with its id; with axes, ticks, the parties' names and a legend.
/// </summary>
/// <remarks>
/// <para>With three or more parties, the picture shows two of them (the first two, or those
/// <see cref="UtilitySpaceSvgOptions.XParty"/> and <see cref="UtilitySpaceSvgOptions.YParty"/> name) and says so in its
/// title; the frontier of all the parties is then drawn as points, which do not lie on one line in a pair's plane.</para>
/// <para>The picture is at most 1 000 pixels wide, its text at least 12 pixels high. Labels are placed so that none
/// overlaps another or a marker; solutions whose points coincide (within a few pixels) share one marker and one label.
/// The output is deterministic, well-formed XML (every text escaped, whatever it holds), with numbers in the invariant
/// culture and <c>\n</c> line ends. It is linear in the number of outcomes drawn and of frontier points.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = BargainingAnalysis.Analyse(document.Bargaining!).AsT0;
/// var names = document.Parties.ToDictionary(p => p.Id, p => p.Name);
/// File.WriteAllText("bargaining.svg", UtilitySpaceSvg.Write(result, new UtilitySpaceSvgOptions { PartyNames = names }));
/// </code>
/// </example>
public static class UtilitySpaceSvg
{
    /// <summary>Draws a bargaining result.</summary>
    /// <param name="result">The result of <see cref="BargainingAnalysis.Analyse"/>.</param>
    /// <param name="options">What to draw; the defaults when <see langword="null"/>.</param>
    /// <returns>The SVG text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> name a party the result does not have, or the same party on both axes.</exception>
    public static string Write(BargainingResult result, UtilitySpaceSvgOptions? options = null)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(result, text, options);
        return text.ToString();
    }

    /// <summary>Draws a bargaining result to a writer.</summary>
    /// <param name="result">The result of <see cref="BargainingAnalysis.Analyse"/>.</param>
    /// <param name="output">Where to write the SVG text.</param>
    /// <param name="options">What to draw; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> name a party the result does not have, or the same party on both axes.</exception>
    public static void Write(BargainingResult result, TextWriter output, UtilitySpaceSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new UtilitySpaceSvgOptions();
        var (x, y) = Pair(result.Parties, options);
        output.Write(new Picture(result, options, x, y).Draw());
    }

    /// <summary>The indexes of the parties on the two axes.</summary>
    private static (int X, int Y) Pair(IReadOnlyList<PartyId> parties, UtilitySpaceSvgOptions options)
    {
        int IndexOf(PartyId party, string axis)
        {
            for (var i = 0; i < parties.Count; i++)
            {
                if (parties[i] == party)
                {
                    return i;
                }
            }

            throw new ArgumentException($"The {axis} party, {party}, has no preferences in the result: the parties are {string.Join(", ", parties)}.", nameof(options));
        }

        var x = options.XParty is { } xp ? IndexOf(xp, "horizontal axis's") : (options.YParty is { } only && parties[0] == only ? 1 : 0);
        var y = options.YParty is { } yp ? IndexOf(yp, "vertical axis's") : (x == 1 ? 0 : 1);
        if (x == y)
        {
            throw new ArgumentException($"Both axes show {parties[x]}: name two different parties.", nameof(options));
        }

        return (x, y);
    }

    /// <summary>One drawing: its measurements, then its parts, written in order.</summary>
    private sealed class Picture
    {
        private const double Width = 1000;
        private const double Left = 96;
        private const double PlotSize = 540;
        private const double LegendLeft = 676;
        private const double LegendWidth = 300;
        private const double TitleSize = 18;
        private const double TextSize = 13;
        private const double SmallSize = 12;
        private const double LineHeight = 16;
        private const string Font = "font-family=\"Helvetica, Arial, 'DejaVu Sans', sans-serif\"";
        private const string Ink = "#222222";
        private const string Muted = "#555555";
        private const string FrontierColour = "#1f77b4";
        private const string OutcomeColour = "#a6a6a6";

        /// <summary>The area where both parties reach their reservations: a solid pale green (some renderers ignore opacity).</summary>
        private const string RationalColour = "#eaf4ea";

        /// <summary>A solution's tied points are all drawn; past this many, only the first and last in frontier order are labelled.</summary>
        private const int MostLabelledTies = 8;

        /// <summary>A solution's tied points drawn at most (after those sharing a pixel are drawn once).</summary>
        private const int MostTieMarkers = 1_000;

        /// <summary>Points nearer than this, in pixels, share one marker: nearer, their markers would overlap.</summary>
        private const double Coincident = 9;

        private static readonly Dictionary<string, (string Name, string Colour, string Shape)> Styles = new(StringComparer.Ordinal)
        {
            ["nash"] = ("Nash", "#d62728", "diamond"),
            ["kalai-smorodinsky"] = ("Kalai–Smorodinsky", "#9467bd", "triangle-up"),
            ["nearest-diagonal"] = ("nearest-diagonal", "#8c564b", "triangle-down"),
            ["egalitarian"] = ("egalitarian", "#ff7f0e", "square"),
            ["utilitarian"] = ("utilitarian", "#2ca02c", "circle"),
        };

        private readonly BargainingResult _result;
        private readonly UtilitySpaceSvgOptions _options;
        private readonly int _x;
        private readonly int _y;
        private readonly string _xName;
        private readonly string _yName;
        private readonly double _xTop;
        private readonly double _xStep;
        private readonly double _yTop;
        private readonly double _yStep;
        private readonly StringBuilder _svg = new();
        private double _top;
        private List<Marker> _solutions = [];
        private List<Marker> _agreements = [];

        public Picture(BargainingResult result, UtilitySpaceSvgOptions options, int x, int y)
        {
            _result = result;
            _options = options;
            _x = x;
            _y = y;
            _xName = NameOf(x);
            _yName = NameOf(y);
            var table = result.Table;
            (_xTop, _xStep) = Axis(Math.Max(UtilityTable.ToUtility(table.MaxUtility(x)), result.Reservations[x]));
            (_yTop, _yStep) = Axis(Math.Max(UtilityTable.ToUtility(table.MaxUtility(y)), result.Reservations[y]));
        }

        private double Right => Left + PlotSize;

        private double Bottom => _top + PlotSize;

        private bool TwoParties => _result.Parties.Count == 2;

        /// <summary>Whether the frontier's points are drawn: always for three parties or more, and for two up to 400 (beyond, a line shows them better).</summary>
        private bool FrontierPointsDrawn => !TwoParties || _result.Frontier.Count <= 400;

        public string Draw()
        {
            // The header first: its height sets where the plot starts.
            var title = TwoParties
                ? $"Utility space: {_xName} and {_yName}"
                : $"Utility space: {_xName} and {_yName}, 2 of {_result.Parties.Count} parties ({string.Join(", ", Enumerable.Range(0, _result.Parties.Count).Where(i => i != _x && i != _y).Select(NameOf))} not shown)";
            var titleLines = SvgText.Wrap(title, TitleSize, Width - 48);
            var subtitleLines = SvgText.Wrap(Subtitle(), TextSize, Width - 48);
            var y = 34.0;
            var header = new StringBuilder();
            foreach (var line in titleLines)
            {
                header.Append($"  <text class=\"title\" x=\"24\" y=\"{N(y)}\" font-size=\"{N(TitleSize)}\" font-weight=\"bold\" fill=\"{Ink}\">{SvgText.Escape(line)}</text>\n");
                y += TitleSize + 6;
            }

            y += 2;
            foreach (var line in subtitleLines)
            {
                header.Append($"  <text class=\"subtitle\" x=\"24\" y=\"{N(y)}\" font-size=\"{N(TextSize)}\" fill=\"{Muted}\">{SvgText.Escape(line)}</text>\n");
                y += LineHeight;
            }

            _top = y + 24;
            _solutions = SolutionMarkers();
            _agreements = AgreementMarkers();

            var legend = Legend(out var legendBottom);
            var height = Math.Ceiling(Math.Max(Bottom + 70, legendBottom + 24));

            // No stroke unless asked: ImageMagick's own renderer otherwise outlines text and shapes in black.
            _svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" stroke=\"none\" width=\"{N(Width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(Width)} {N(height)}\" {Font}>\n");
            _svg.Append($"  <title>{SvgText.Escape(title)}</title>\n");
            _svg.Append($"  <desc>{SvgText.Escape(Subtitle())}</desc>\n");
            _svg.Append($"  <rect x=\"0\" y=\"0\" width=\"{N(Width)}\" height=\"{N(height)}\" fill=\"#ffffff\"/>\n");
            _svg.Append(header);
            DrawPlot();
            _svg.Append(legend);
            _svg.Append("</svg>\n");
            return _svg.ToString();
        }

        private string Subtitle()
        {
            var frontier = _result.Frontier.Count;
            var rational = _result.Frontier.Count(p => p.IsRational);
            var zone = _result.Zone.Exists ? "a zone of agreement exists" : "no zone of agreement";
            var parts = new List<string>
            {
                $"{SvgText.Count(_result.OutcomeCount)} outcomes",
                $"Pareto frontier: {SvgText.Count(frontier)} point{(frontier == 1 ? "" : "s")}, {SvgText.Count(rational)} rational",
                zone,
            };
            if (_result.IsZeroSum)
            {
                parts.Add("exactly zero-sum");
            }

            return string.Join(" · ", parts);
        }

        private void DrawPlot()
        {
            _svg.Append("  <g class=\"plot\">\n");
            DrawRationalArea();
            DrawAxes();
            DrawOutcomes();
            DrawFrontier();

            // Labels keep off every marker, and off the frontier's points where they are drawn.
            // Labels may run into the margin between the plot and the legend.
            var layout = new LabelLayout(Left + 2, _top + 2, LegendLeft - 10, Bottom - 2);
            var solutions = _solutions;
            var agreements = _agreements;
            foreach (var marker in solutions.Concat(agreements))
            {
                layout.Block(new LabelLayout.Box(marker.X - marker.Radius, marker.Y - marker.Radius, 2 * marker.Radius, 2 * marker.Radius));
            }

            if (FrontierPointsDrawn)
            {
                foreach (var point in _result.Frontier)
                {
                    layout.Block(new LabelLayout.Box(Px(point.Utilities[_x]) - 4, Py(point.Utilities[_y]) - 4, 8, 8));
                }
            }

            // And off the frontier's line, as small boxes every few pixels along it.
            foreach (var (x, y) in FrontierLine().Zip(FrontierLine().Skip(1)).SelectMany(segment => Along(segment.First, segment.Second, 6)))
            {
                layout.Block(new LabelLayout.Box(x - 2, y - 2, 4, 4));
            }

            // Markers at one point (the reported deal at the solutions' point) share one block of labels: the
            // agreements' ids first, in bold, then the solutions' names, each in its colour.
            var labels = new StringBuilder();
            foreach (var group in Cluster(solutions.Concat(agreements).Where(m => m.Label is not null), m => (m.X, m.Y)))
            {
                var lines = group.OrderBy(m => m.IsAgreement ? 0 : 1)
                    .SelectMany(m => SvgText.Wrap(m.Label!, m.IsAgreement ? SmallSize * 1.1 : SmallSize, 230).Select(text => new LabelLine(text, m.LabelColour, m.IsAgreement)))
                    .ToList();
                var width = lines.Max(l => SvgText.Width(l.Text, l.Bold ? SmallSize * 1.1 : SmallSize)); // bold runs wider
                var (x, y, radius) = (group[0].X, group[0].Y, group.Max(m => m.Radius));
                var place = layout.Place(x, y, radius, width, lines.Count * 15);
                if (place.NeedsLeader)
                {
                    var (ex, ey) = place.Box.Nearest(x, y);
                    labels.Append($"    <line class=\"leader\" x1=\"{N(x)}\" y1=\"{N(y)}\" x2=\"{N(ex)}\" y2=\"{N(ey)}\" stroke=\"{Muted}\" stroke-width=\"1\"/>\n");
                }

                labels.Append(Label(place, lines));
            }

            // The frontier's line is named where it runs longest, in its colour, if there is room (the legend names it too).
            var line = FrontierLine();
            if (line.Count >= 2)
            {
                var (from, to) = line.Zip(line.Skip(1)).MaxBy(segment => Distance(segment.First, segment.Second));
                var text = "Pareto frontier";
                if (layout.TryPlace((from.X + to.X) / 2, (from.Y + to.Y) / 2, 3, SvgText.Width(text, SmallSize), 15) is { } place)
                {
                    labels.Append(Label(place, [new LabelLine(text, FrontierColour, Bold: false)]));
                }
            }

            DrawReservations(layout, labels);
            foreach (var marker in solutions.Concat(agreements))
            {
                _svg.Append(marker.Svg);
            }

            _svg.Append(labels);
            _svg.Append("  </g>\n");
        }

        /// <summary>
        /// A label: a white halo (the same text, stroked) under the text itself, so that it reads over dots and lines.
        /// Two elements rather than <c>paint-order</c>, which not every renderer understands.
        /// </summary>
        private static string Label(LabelLayout.Placement place, List<LabelLine> lines)
        {
            // Anchored on the side of its point, so that the text hugs the marker however wide it really renders.
            var box = place.Box;
            var (x, anchor) = place.Side switch
            {
                < 0 => (box.Right, " text-anchor=\"end\""),
                0 => (box.X + (box.Width / 2), " text-anchor=\"middle\""),
                _ => (box.X, ""),
            };
            var text = new StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                var (line, colour, bold) = lines[i];
                var weight = bold ? " font-weight=\"bold\"" : "";
                var at = $"x=\"{N(x)}\" y=\"{N(box.Y + 12 + (i * 15))}\" font-size=\"{N(SmallSize)}\"{weight}{anchor}";
                text.Append($"    <text class=\"label-halo\" {at} fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\">{SvgText.Escape(line)}</text>\n");
                text.Append($"    <text class=\"label\" {at} fill=\"{colour}\">{SvgText.Escape(line)}</text>\n");
            }

            return text.ToString();
        }

        private void DrawRationalArea()
        {
            var dx = _result.Reservations[_x];
            var dy = _result.Reservations[_y];
            if (dx > _xTop || dy > _yTop)
            {
                return;
            }

            var x0 = Px(dx);
            var y0 = Py(dy);
            _svg.Append($"    <rect class=\"rational-area\" x=\"{N(x0)}\" y=\"{N(_top)}\" width=\"{N(Right - x0)}\" height=\"{N(y0 - _top)}\" fill=\"{RationalColour}\"/>\n");
        }

        private void DrawAxes()
        {
            _svg.Append("    <g class=\"axes\">\n");
            for (var i = 0; i * _xStep <= _xTop * (1 + 1e-9); i++)
            {
                var u = i * _xStep;
                var px = Px(u);
                _svg.Append($"      <line x1=\"{N(px)}\" y1=\"{N(_top)}\" x2=\"{N(px)}\" y2=\"{N(Bottom)}\" stroke=\"#e6e6e6\" stroke-width=\"1\"/>\n");
                _svg.Append($"      <line x1=\"{N(px)}\" y1=\"{N(Bottom)}\" x2=\"{N(px)}\" y2=\"{N(Bottom + 6)}\" stroke=\"{Ink}\" stroke-width=\"1\"/>\n");
                _svg.Append($"      <text x=\"{N(px)}\" y=\"{N(Bottom + 22)}\" font-size=\"{N(SmallSize)}\" text-anchor=\"middle\" fill=\"{Ink}\">{Tick(u, _xStep)}</text>\n");
            }

            for (var i = 0; i * _yStep <= _yTop * (1 + 1e-9); i++)
            {
                var u = i * _yStep;
                var py = Py(u);
                _svg.Append($"      <line x1=\"{N(Left)}\" y1=\"{N(py)}\" x2=\"{N(Right)}\" y2=\"{N(py)}\" stroke=\"#e6e6e6\" stroke-width=\"1\"/>\n");
                _svg.Append($"      <line x1=\"{N(Left - 6)}\" y1=\"{N(py)}\" x2=\"{N(Left)}\" y2=\"{N(py)}\" stroke=\"{Ink}\" stroke-width=\"1\"/>\n");
                _svg.Append($"      <text x=\"{N(Left - 10)}\" y=\"{N(py + 4)}\" font-size=\"{N(SmallSize)}\" text-anchor=\"end\" fill=\"{Ink}\">{Tick(u, _yStep)}</text>\n");
            }

            _svg.Append($"      <rect x=\"{N(Left)}\" y=\"{N(_top)}\" width=\"{N(PlotSize)}\" height=\"{N(PlotSize)}\" fill=\"none\" stroke=\"{Ink}\" stroke-width=\"1\"/>\n");
            var xLabel = SvgText.Fit($"utility to {_xName} →", 14, PlotSize);
            var yLabel = SvgText.Fit($"utility to {_yName} →", 14, PlotSize);
            var middleY = _top + (PlotSize / 2);
            _svg.Append($"      <text class=\"axis-label\" x=\"{N(Left + (PlotSize / 2))}\" y=\"{N(Bottom + 46)}\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{Ink}\">{SvgText.Escape(xLabel)}</text>\n");
            _svg.Append($"      <text class=\"axis-label\" x=\"0\" y=\"0\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{Ink}\" transform=\"translate({N(Left - 56)} {N(middleY)}) rotate(-90)\">{SvgText.Escape(yLabel)}</text>\n");
            _svg.Append("    </g>\n");
        }

        /// <summary>The outcomes drawn: all of them, or a deterministic sample; each pixel drawn once.</summary>
        private void DrawOutcomes()
        {
            var (drawn, sampled) = OutcomesDrawn();
            var table = _result.Table;
            var seen = new HashSet<(long, long)>();
            var dots = new StringBuilder();
            foreach (var outcome in sampled ? Sample(table, drawn) : Enumerate(table))
            {
                var px = Px(UtilityTable.ToUtility(table.UtilityOf(outcome, _x)));
                var py = Py(UtilityTable.ToUtility(table.UtilityOf(outcome, _y)));
                if (seen.Add(((long)Math.Round(px * 2), (long)Math.Round(py * 2))))
                {
                    dots.Append($"      <circle cx=\"{N(px)}\" cy=\"{N(py)}\" r=\"{(drawn <= 500 ? "3" : "2.2")}\"/>\n");
                }
            }

            _svg.Append($"    <g class=\"outcomes\" data-outcomes=\"{_result.OutcomeCount.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" data-drawn=\"{drawn.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" data-sampled=\"{(sampled ? "true" : "false")}\" fill=\"{OutcomeColour}\" fill-opacity=\"0.6\" stroke=\"none\">\n");
            _svg.Append(dots);
            _svg.Append("    </g>\n");
        }

        /// <summary>How many outcomes are drawn, and whether they are a sample.</summary>
        private (int Drawn, bool Sampled) OutcomesDrawn()
            => _result.OutcomeCount > _options.MaxOutcomes ? (_options.MaxOutcomes, true) : ((int)_result.OutcomeCount, false);

        private static IEnumerable<int[]> Enumerate(UtilityTable table)
        {
            var outcome = new int[table.Issues];
            while (true)
            {
                yield return outcome;
                var k = table.Issues - 1;
                while (k >= 0 && ++outcome[k] == table.Options(k))
                {
                    outcome[k] = 0;
                    k--;
                }

                if (k < 0)
                {
                    yield break;
                }
            }
        }

        /// <summary>A sample of outcomes, the same every time: each issue's option drawn uniformly by SplitMix64 from a fixed seed.</summary>
        private static IEnumerable<int[]> Sample(UtilityTable table, int count)
        {
            var state = 0x5EED_BA59_A1E5_0001UL;
            var outcome = new int[table.Issues];
            for (var n = 0; n < count; n++)
            {
                for (var k = 0; k < table.Issues; k++)
                {
                    state += 0x9E3779B97F4A7C15UL;
                    var z = state;
                    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                    z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                    z ^= z >> 31;
                    outcome[k] = (int)(z % (ulong)table.Options(k));
                }

                yield return outcome;
            }
        }

        private void DrawFrontier()
        {
            var frontier = _result.Frontier;
            _svg.Append($"    <g class=\"frontier\" data-points=\"{frontier.Count}\">\n");
            if (TwoParties)
            {
                var points = string.Join(' ', FrontierLine().Select(p => $"{N(p.X)},{N(p.Y)}"));
                _svg.Append($"      <polyline points=\"{points}\" fill=\"none\" stroke=\"{FrontierColour}\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n");
            }

            // The points: each pixel once; filled when rational, hollow when not. Too many to tell apart on a line: none.
            if (FrontierPointsDrawn)
            {
                var seen = new Dictionary<(long, long), bool>();
                var order = new List<(long, long, double, double)>();
                foreach (var point in frontier)
                {
                    var px = Px(point.Utilities[_x]);
                    var py = Py(point.Utilities[_y]);
                    var key = ((long)Math.Round(px / 1.5), (long)Math.Round(py / 1.5));
                    if (seen.TryGetValue(key, out var rational))
                    {
                        seen[key] = rational || point.IsRational;
                        continue;
                    }

                    seen[key] = point.IsRational;
                    order.Add((key.Item1, key.Item2, px, py));
                }

                var radius = TwoParties ? 3.5 : 2.6;
                foreach (var (kx, ky, px, py) in order)
                {
                    _svg.Append(seen[(kx, ky)]
                        ? $"      <circle cx=\"{N(px)}\" cy=\"{N(py)}\" r=\"{N(radius)}\" fill=\"{FrontierColour}\"/>\n"
                        : $"      <circle cx=\"{N(px)}\" cy=\"{N(py)}\" r=\"{N(radius)}\" fill=\"#ffffff\" stroke=\"{FrontierColour}\" stroke-width=\"1.5\"/>\n");
                }
            }

            _svg.Append("    </g>\n");
        }

        private void DrawReservations(LabelLayout layout, StringBuilder labels)
        {
            var dx = _result.Reservations[_x];
            var dy = _result.Reservations[_y];
            _svg.Append("    <g class=\"reservations\" stroke=\"#444444\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\">\n");
            if (dx <= _xTop)
            {
                _svg.Append($"      <line x1=\"{N(Px(dx))}\" y1=\"{N(_top)}\" x2=\"{N(Px(dx))}\" y2=\"{N(Bottom)}\"/>\n");
            }

            if (dy <= _yTop)
            {
                _svg.Append($"      <line x1=\"{N(Left)}\" y1=\"{N(Py(dy))}\" x2=\"{N(Right)}\" y2=\"{N(Py(dy))}\"/>\n");
            }

            _svg.Append("    </g>\n");

            // Their labels, by the lines' far ends, once the markers' labels have their places.
            var xText = SvgText.Fit($"{_xName}: reservation {SvgText.Utility(dx)}", SmallSize, 400);
            var yText = SvgText.Fit($"{_yName}: reservation {SvgText.Utility(dy)}", SmallSize, 400);
            // Beside its line, never across it: the vertical line's to its right from the top down, then to its left;
            // the horizontal line's above it from the right end leftwards, then below it. Where there is no room, the
            // label is left out (the legend gives every reservation) rather than drawn over another.
            if (dx <= _xTop)
            {
                var (width, x) = (SvgText.Width(xText, SmallSize), Px(dx));
                var place = layout.PlaceAmong(
                    Steps(_top + 4, Bottom - 19, 20).Select(y => new LabelLayout.Box(x + 4, y, width, 15))
                        .Concat(Steps(_top + 4, Bottom - 19, 20).Select(y => new LabelLayout.Box(x - 4 - width, y, width, 15))));
                if (place is not null)
                {
                    labels.Append(Label(place, [new LabelLine(xText, Muted, Bold: false)]));
                }
            }

            if (dy <= _yTop)
            {
                var (width, y) = (SvgText.Width(yText, SmallSize), Py(dy));
                var place = layout.PlaceAmong(
                    Steps(Right - 4 - width, Left + 4, -30).Select(x => new LabelLayout.Box(x, y - 17, width, 15))
                        .Concat(Steps(Right - 4 - width, Left + 4, -30).Select(x => new LabelLayout.Box(x, y + 2, width, 15))));
                if (place is not null)
                {
                    labels.Append(Label(place, [new LabelLine(yText, Muted, Bold: false)]));
                }
            }
        }

        /// <summary>
        /// The frontier's line, for two parties: its points in frontier order (one utility rising as the other falls),
        /// in pixels, a point less than half a pixel from the last left out. None for three parties or more.
        /// </summary>
        private List<(double X, double Y)> FrontierLine()
        {
            var line = new List<(double X, double Y)>();
            if (!TwoParties)
            {
                return line;
            }

            foreach (var point in _result.Frontier)
            {
                var p = (X: Px(point.Utilities[_x]), Y: Py(point.Utilities[_y]));
                if (line.Count == 0 || Math.Abs(p.X - line[^1].X) + Math.Abs(p.Y - line[^1].Y) >= 0.5)
                {
                    line.Add(p);
                }
            }

            return line;
        }

        /// <summary>From <paramref name="from"/> towards <paramref name="to"/> by <paramref name="step"/>, <paramref name="from"/> at least.</summary>
        private static IEnumerable<double> Steps(double from, double to, double step)
        {
            yield return from;
            for (var v = from + step; step > 0 ? v <= to : v >= to; v += step)
            {
                yield return v;
            }
        }

        /// <summary>Points along a segment, every <paramref name="step"/> pixels.</summary>
        private static IEnumerable<(double X, double Y)> Along((double X, double Y) from, (double X, double Y) to, double step)
        {
            var n = Math.Max(1, (int)Math.Ceiling(Distance(from, to) / step));
            for (var i = 0; i <= n; i++)
            {
                yield return (from.X + ((to.X - from.X) * i / n), from.Y + ((to.Y - from.Y) * i / n));
            }
        }

        /// <summary>The solutions' markers: every tied point of each, those that coincide merged into one marker with one label.</summary>
        private List<Marker> SolutionMarkers()
        {
            var members = new List<(string Solution, FrontierPoint Point, double X, double Y, bool Labelled)>();
            foreach (var solution in _result.Solutions.Where(s => s.IsDefined))
            {
                var seen = new HashSet<(long, long)>();
                var own = new List<(FrontierPoint Point, double X, double Y)>();
                foreach (var point in solution.Points)
                {
                    var px = Px(point.Utilities[_x]);
                    var py = Py(point.Utilities[_y]);
                    if (own.Count < MostTieMarkers && seen.Add(((long)Math.Round(px), (long)Math.Round(py))))
                    {
                        own.Add((point, px, py));
                    }
                }

                for (var i = 0; i < own.Count; i++)
                {
                    var labelled = own.Count <= MostLabelledTies || i == 0 || i == own.Count - 1;
                    members.Add((solution.Name, own[i].Point, own[i].X, own[i].Y, labelled));
                }
            }

            var markers = new List<Marker>();
            foreach (var cluster in Cluster(members, m => (m.X, m.Y)))
            {
                var names = cluster.Select(m => m.Solution).Distinct().ToList();
                var (cx, cy) = (cluster[0].X, cluster[0].Y);
                var tip = string.Join("\n", cluster.Take(6).Select(m => $"{Display(m.Solution)}: {Point(m.Point.Utilities[_x], m.Point.Utilities[_y])}; options: {string.Join("; ", _result.Labels(m.Point.Representative))}"));
                var svg = new StringBuilder();
                svg.Append($"    <g class=\"solution\" data-solutions=\"{string.Join(' ', names)}\">\n");
                svg.Append($"      <title>{SvgText.Escape(tip)}</title>\n");
                svg.Append(names.Count == 1
                    ? $"      {Shape(Style(names[0]).Shape, cx, cy, Style(names[0]).Colour)}\n"
                    : $"      <circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"10\" fill=\"none\" stroke=\"{Ink}\" stroke-width=\"2.5\"/>\n");
                svg.Append("    </g>\n");
                var defined = _result.Solutions.Count(s => s.IsDefined);
                var label = !cluster.Any(m => m.Labelled) ? null
                    : names.Count == defined && defined >= 3 ? $"all {defined} solutions"
                    : string.Join(", ", names.Select(Display));
                var colour = names.Count == 1 ? Style(names[0]).Colour : Ink;
                markers.Add(new Marker(cx, cy, names.Count == 1 ? 8 : 12, svg.ToString(), label, colour, IsAgreement: false, Combined: names.Count > 1));
            }

            return markers;
        }

        /// <summary>The agreements' markers, in the domain's order; agreements at one point share a marker.</summary>
        private List<Marker> AgreementMarkers()
        {
            var members = new List<(AgreementId Agreement, OutcomeScore Score, double X, double Y)>();
            foreach (var outcome in _result.Domain.Outcomes)
            {
                if (_result.Agreements.TryGetValue(outcome.Agreement, out var score) && members.All(m => m.Agreement != outcome.Agreement))
                {
                    members.Add((outcome.Agreement, score, Px(score.Utilities[_x]), Py(score.Utilities[_y])));
                }
            }

            var markers = new List<Marker>();
            foreach (var cluster in Cluster(members, m => (m.X, m.Y)))
            {
                var ids = cluster.Select(m => m.Agreement.Value).ToList();
                var (cx, cy) = (cluster[0].X, cluster[0].Y);
                var tip = string.Join("\n", cluster.Take(6).Select(m =>
                    $"{m.Agreement}: {Point(m.Score.Utilities[_x], m.Score.Utilities[_y])}; {(m.Score.IsRational ? "rational" : "not rational")}, {(m.Score.IsParetoOptimal ? "Pareto-optimal" : "not Pareto-optimal")}; distance to the frontier {SvgText.Utility(m.Score.DistanceToFrontier)}{(m.Score.DistanceToNash is { } nash ? $", to Nash {SvgText.Utility(nash)}" : "")}"));
                const double s = 6;
                var svg = new StringBuilder();
                svg.Append($"    <g class=\"agreement\" data-agreements=\"{SvgText.Escape(string.Join(' ', ids))}\">\n");
                svg.Append($"      <title>{SvgText.Escape(tip)}</title>\n");
                var path = $"M {N(cx - s)} {N(cy - s)} L {N(cx + s)} {N(cy + s)} M {N(cx - s)} {N(cy + s)} L {N(cx + s)} {N(cy - s)}";
                svg.Append($"      <path d=\"{path}\" stroke=\"#ffffff\" stroke-width=\"6\" stroke-linecap=\"round\"/>\n");
                svg.Append($"      <path d=\"{path}\" stroke=\"#000000\" stroke-width=\"3\" stroke-linecap=\"round\"/>\n");
                svg.Append("    </g>\n");
                markers.Add(new Marker(cx, cy, 8, svg.ToString(), string.Join(", ", ids), "#000000", IsAgreement: true, Combined: ids.Count > 1));
            }

            return markers;
        }

        /// <summary>Groups items whose points are within <see cref="Coincident"/> pixels of a group's first, in order.</summary>
        private static List<List<T>> Cluster<T>(IEnumerable<T> items, Func<T, (double X, double Y)> at)
        {
            var clusters = new List<List<T>>();
            var grid = new Dictionary<(long, long), List<int>>();
            foreach (var item in items)
            {
                var (x, y) = at(item);
                var (gx, gy) = ((long)Math.Floor(x / Coincident), (long)Math.Floor(y / Coincident));
                var found = -1;
                for (var ix = gx - 1; ix <= gx + 1 && found < 0; ix++)
                {
                    for (var iy = gy - 1; iy <= gy + 1 && found < 0; iy++)
                    {
                        if (grid.TryGetValue((ix, iy), out var near))
                        {
                            found = near.FirstOrDefault(c => Distance(at(clusters[c][0]), (x, y)) <= Coincident, -1);
                        }
                    }
                }

                if (found >= 0)
                {
                    clusters[found].Add(item);
                    continue;
                }

                clusters.Add([item]);
                if (!grid.TryGetValue((gx, gy), out var cell))
                {
                    grid[(gx, gy)] = cell = [];
                }

                cell.Add(clusters.Count - 1);
            }

            return clusters;
        }

        private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

        /// <summary>A marker's SVG element, centred on (x, y).</summary>
        private static string Shape(string shape, double x, double y, string colour)
        {
            const double s = 7;
            var outline = $"fill=\"{colour}\" stroke=\"#ffffff\" stroke-width=\"1.5\"";
            return shape switch
            {
                "diamond" => $"<path d=\"M {N(x)} {N(y - s - 1)} L {N(x + s + 1)} {N(y)} L {N(x)} {N(y + s + 1)} L {N(x - s - 1)} {N(y)} Z\" {outline}/>",
                "triangle-up" => $"<path d=\"M {N(x)} {N(y - s)} L {N(x + s)} {N(y + (s * 0.8))} L {N(x - s)} {N(y + (s * 0.8))} Z\" {outline}/>",
                "triangle-down" => $"<path d=\"M {N(x)} {N(y + s)} L {N(x + s)} {N(y - (s * 0.8))} L {N(x - s)} {N(y - (s * 0.8))} Z\" {outline}/>",
                "square" => $"<rect x=\"{N(x - (s * 0.8))}\" y=\"{N(y - (s * 0.8))}\" width=\"{N(s * 1.6)}\" height=\"{N(s * 1.6)}\" {outline}/>",
                _ => $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(s * 0.85)}\" {outline}/>",
            };
        }

        /// <summary>The legend, beside the plot, and where it ends.</summary>
        private string Legend(out double bottom)
        {
            var legend = new StringBuilder();
            legend.Append("  <g class=\"legend\">\n");
            var y = _top + 4;
            var iconX = LegendLeft + 12;
            var textX = LegendLeft + 30;
            var textWidth = LegendWidth - 30;

            void Entry(string? icon, string text, string colour = Ink)
            {
                var lines = SvgText.Wrap(text, TextSize, textWidth);
                if (icon is not null)
                {
                    legend.Append($"    {icon}\n");
                }

                foreach (var line in lines)
                {
                    legend.Append($"    <text x=\"{N(textX)}\" y=\"{N(y + 4.5)}\" font-size=\"{N(TextSize)}\" fill=\"{colour}\">{SvgText.Escape(line)}</text>\n");
                    y += LineHeight;
                }

                y += 7;
            }

            void Heading(string text)
            {
                y += 4;
                legend.Append($"    <text x=\"{N(LegendLeft)}\" y=\"{N(y + 4.5)}\" font-size=\"{N(TextSize)}\" font-weight=\"bold\" fill=\"{Ink}\">{SvgText.Escape(text)}</text>\n");
                y += LineHeight + 4;
            }

            Heading("Outcomes and frontier");
            var (drawn, sampled) = OutcomesDrawn();
            Entry(
                $"<circle cx=\"{N(iconX)}\" cy=\"{N(y)}\" r=\"3\" fill=\"{OutcomeColour}\" stroke=\"none\"/>",
                drawn == 0 ? $"outcomes: {SvgText.Count(_result.OutcomeCount)}, none drawn"
                : sampled ? $"outcomes: a sample of {SvgText.Count(drawn)} of {SvgText.Count(_result.OutcomeCount)} (the same sample every time)"
                : $"outcomes: all {SvgText.Count(_result.OutcomeCount)}");
            var frontier = _result.Frontier.Count;
            Entry(
                TwoParties
                    ? $"<line x1=\"{N(iconX - 10)}\" y1=\"{N(y)}\" x2=\"{N(iconX + 10)}\" y2=\"{N(y)}\" stroke=\"{FrontierColour}\" stroke-width=\"2\"/>"
                    : $"<circle cx=\"{N(iconX)}\" cy=\"{N(y)}\" r=\"2.6\" fill=\"{FrontierColour}\"/>",
                TwoParties
                    ? $"Pareto frontier: {SvgText.Count(frontier)} point{(frontier == 1 ? "" : "s")}"
                    : $"Pareto frontier of all {_result.Parties.Count} parties: {SvgText.Count(frontier)} points, seen in this pair's plane");
            if (FrontierPointsDrawn)
            {
                Entry(
                    $"<circle cx=\"{N(iconX - 5)}\" cy=\"{N(y)}\" r=\"3.5\" fill=\"{FrontierColour}\"/><circle cx=\"{N(iconX + 5)}\" cy=\"{N(y)}\" r=\"3.5\" fill=\"#ffffff\" stroke=\"{FrontierColour}\" stroke-width=\"1.5\"/>",
                    $"frontier point: rational (filled, {SvgText.Count(_result.Frontier.Count(p => p.IsRational))}) or not (hollow)");
            }

            Entry(
                $"<line x1=\"{N(iconX - 10)}\" y1=\"{N(y)}\" x2=\"{N(iconX + 10)}\" y2=\"{N(y)}\" stroke=\"#444444\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>",
                $"reservations: {_xName} {SvgText.Utility(_result.Reservations[_x])}, {_yName} {SvgText.Utility(_result.Reservations[_y])}");
            Entry(
                $"<rect x=\"{N(iconX - 9)}\" y=\"{N(y - 7)}\" width=\"18\" height=\"14\" fill=\"{RationalColour}\" stroke=\"#b5d6b5\" stroke-width=\"1\"/>",
                TwoParties ? "both at least at their reservation" : "both shown parties at least at their reservation");

            Heading("Solutions");
            foreach (var solution in _result.Solutions)
            {
                var (name, colour, shape) = Style(solution.Name);
                if (!solution.IsDefined)
                {
                    Entry(null, $"{name}: none ({solution.Reason})", Muted);
                    continue;
                }

                var ties = solution.Points.Count;
                Entry(Shape(shape, iconX, y, colour), ties == 1 ? name : $"{name}: {SvgText.Count(ties)} tied points{(ties > MostTieMarkers ? $", the first {MostTieMarkers} drawn" : "")}");
            }

            if (_solutions.Any(m => m.Combined))
            {
                Entry($"<circle cx=\"{N(iconX)}\" cy=\"{N(y)}\" r=\"8\" fill=\"none\" stroke=\"{Ink}\" stroke-width=\"2.5\"/>", "several solutions at one point (the label names them)");
            }

            if (_result.Agreements.Count > 0)
            {
                Heading("The document");
                const double s = 5;
                var path = $"M {N(iconX - s)} {N(y - s)} L {N(iconX + s)} {N(y + s)} M {N(iconX - s)} {N(y + s)} L {N(iconX + s)} {N(y - s)}";
                Entry($"<path d=\"{path}\" stroke=\"#000000\" stroke-width=\"3\" stroke-linecap=\"round\"/>", _result.Agreements.Count == 1 ? "agreement, labelled with its id" : "agreements, labelled with their ids");
            }

            legend.Append("  </g>\n");
            bottom = y;
            return legend.ToString();
        }

        private string NameOf(int party)
        {
            var id = _result.Parties[party];
            return _options.PartyNames is { } names && names.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : id.Value;
        }

        private string Point(double x, double y) => $"{_xName} {SvgText.Utility(x)}, {_yName} {SvgText.Utility(y)}";

        private static string Display(string solution) => Style(solution).Name;

        /// <summary>How a solution is drawn: its name for a reader, its colour, its marker's shape.</summary>
        private static (string Name, string Colour, string Shape) Style(string solution) => Styles.TryGetValue(solution, out var style) ? style : (solution, Ink, "circle");

        private double Px(double utility) => Left + (utility / _xTop * PlotSize);

        private double Py(double utility) => Bottom - (utility / _yTop * PlotSize);

        private static string N(double value) => SvgText.Number(value);

        /// <summary>A tick's label, with as many decimals as its step needs.</summary>
        private static string Tick(double value, double step)
        {
            var decimals = Math.Max(0, (int)Math.Ceiling(-Math.Log10(step) - 1e-9));
            if (Math.Abs((step * Math.Pow(10, decimals)) - Math.Round(step * Math.Pow(10, decimals))) > 1e-9)
            {
                decimals++; // 0.25
            }

            return value.ToString($"F{decimals}", System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>An axis from 0 to a round number at or above <paramref name="most"/>, with 4 to 10 round steps.</summary>
        private static (double Top, double Step) Axis(double most)
        {
            if (!(most > 0) || double.IsInfinity(most))
            {
                most = 1;
            }

            var raw = most / 5;
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
            var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw * (1 - 1e-9));
            var top = Math.Ceiling((most / step) - 1e-9) * step;
            return (top, step);
        }

        /// <summary>A line of a label: its text, unescaped, its colour, and whether it is bold.</summary>
        private sealed record LabelLine(string Text, string Colour, bool Bold);

        /// <summary>A marker drawn at (x, y), the size labels keep off, its SVG, and its label.</summary>
        private sealed record Marker(double X, double Y, double Radius, string Svg, string? Label, string LabelColour, bool IsAgreement, bool Combined);
    }
}
