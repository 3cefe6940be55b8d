using System.Globalization;
using System.Xml.Linq;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Seeds;
using static Negotiation.Domain.Tests.Bargaining.BargainingAnalysisTests;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>
/// The picture of the utility space: well-formed XML whatever the names hold, a marker and a label for every solution
/// and agreement, the outcomes drawn within their bound (and the legend saying when they are a sample), text no
/// smaller than 11 px, labels that don't overlap, at most 1 200 px wide, and numbers in the invariant culture.
/// </summary>
public class UtilitySpaceSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly BargainingResult Seed = BargainingAnalysis.Analyse(
        NegotiationJson.ReadOrThrow(SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023)).Bargaining!, null, TestContext.Current.CancellationToken).AsT0;

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["nash"] = "Nash",
        ["kalai-smorodinsky"] = "Kalai–Smorodinsky",
        ["nearest-diagonal"] = "nearest-diagonal",
        ["egalitarian"] = "egalitarian",
        ["utilitarian"] = "utilitarian",
    };

    private static XDocument Parse(string svg) => XDocument.Parse(svg); // throws on anything that is not well-formed XML

    private static IEnumerable<XElement> Classed(XDocument svg, string name, string @class)
        => svg.Descendants(Svg + name).Where(e => (string?)e.Attribute("class") == @class);

    private static List<string> Labels(XDocument svg) => [.. Classed(svg, "text", "label").Select(t => t.Value)];

    [Fact]
    public void The_seed_s_picture_is_well_formed_titled_with_the_parties_and_at_most_1200_pixels_wide()
    {
        var names = new Dictionary<PartyId, string> { [new PartyId("us")] = "United States", [new PartyId("cn")] = "People's Republic of China" };
        var svg = Parse(UtilitySpaceSvg.Write(Seed, new UtilitySpaceSvgOptions { PartyNames = names }));

        var root = svg.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.InRange(double.Parse((string)root.Attribute("width")!, CultureInfo.InvariantCulture), 600, 1200);
        Assert.Equal("Utility space: United States and People's Republic of China", root.Element(Svg + "title")!.Value);
        Assert.Contains("utility to United States →", Classed(svg, "text", "axis-label").Select(t => t.Value));
        Assert.Contains("utility to People's Republic of China →", Classed(svg, "text", "axis-label").Select(t => t.Value));
    }

    [Fact]
    public void The_seed_s_solutions_coincide_and_share_one_marker_with_one_label_beside_the_deal_s()
    {
        var svg = Parse(UtilitySpaceSvg.Write(Seed));

        // Every solution is the reported package under the seed's assumptions: one marker names all five.
        var marker = Assert.Single(Classed(svg, "g", "solution"));
        Assert.Equal(["nash", "kalai-smorodinsky", "nearest-diagonal", "egalitarian", "utilitarian"], ((string)marker.Attribute("data-solutions")!).Split(' '));
        Assert.Contains("lift the institute's listing; crack down on exporters; channel resumed", marker.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        var deal = Assert.Single(Classed(svg, "g", "agreement"));
        Assert.Equal("us-cn-fentanyl-deal", (string?)deal.Attribute("data-agreements"));
        Assert.Contains("all 5 solutions", Labels(svg));
        Assert.Contains("us-cn-fentanyl-deal", Labels(svg));
        Assert.Contains("Pareto frontier", Labels(svg));
    }

    [Fact]
    public void Every_solution_and_agreement_has_a_marker_and_a_label_when_they_are_apart()
    {
        // Two issues whose options the parties rank differently: the solutions land on different points.
        var domain = BargainingAnalysisTests.Domain(
            [["a0", "a1", "a2", "a3"], ["b0", "b1", "b2", "b3"], ["c0", "c1", "c2"]],
            Preferences("us", [0.5m, 0.3m, 0.2m], [[0m, 0.4m, 0.7m, 1m], [1m, 0.6m, 0.3m, 0m], [0m, 0.5m, 1m]]),
            Preferences("cn", [0.2m, 0.5m, 0.3m], [[1m, 0.9m, 0.2m, 0m], [0m, 0.1m, 0.8m, 1m], [1m, 0.2m, 0m]]) with { ReservationValue = 0.3m });
        domain = domain with { Outcomes = [new AgreementOutcome(new AgreementId("reported"), ["a1", "b2", "c1"]), new AgreementOutcome(new AgreementId("draft"), ["a0", "b0", "c0"])] };
        var result = BargainingAnalysis.Analyse(domain, null, TestContext.Current.CancellationToken).AsT0;

        var svg = Parse(UtilitySpaceSvg.Write(result));

        var markers = Classed(svg, "g", "solution").ToList();
        var labels = Labels(svg);
        foreach (var solution in result.Solutions.Where(s => s.IsDefined))
        {
            Assert.Contains(markers, m => ((string)m.Attribute("data-solutions")!).Split(' ').Contains(solution.Name));
            Assert.Contains(labels, l => l.Contains(Names[solution.Name], StringComparison.Ordinal) || l.StartsWith("all ", StringComparison.Ordinal));
        }

        Assert.Equal(["reported", "draft"], Classed(svg, "g", "agreement").SelectMany(g => ((string)g.Attribute("data-agreements")!).Split(' ')));
        Assert.Contains(labels, l => l.Contains("reported", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.Contains("draft", StringComparison.Ordinal));
        AssertLabelsApart(svg);
    }

    [Fact]
    public void Tied_points_are_all_drawn()
    {
        // Zero-sum in weights, with equal sums: every outcome has the same welfare, so utilitarian ties on the whole frontier.
        var domain = BargainingAnalysisTests.Domain(
            [["a", "b", "c"]],
            Preferences("us", [1m], [[0m, 0.5m, 1m]]),
            Preferences("cn", [1m], [[1m, 0.5m, 0m]]));
        var result = BargainingAnalysis.Analyse(domain, null, TestContext.Current.CancellationToken).AsT0;
        Assert.Equal(3, result.Utilitarian.Points.Count);

        var svg = Parse(UtilitySpaceSvg.Write(result));

        Assert.Equal(3, Classed(svg, "g", "solution").Count(m => ((string)m.Attribute("data-solutions")!).Split(' ').Contains("utilitarian")));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.Contains("utilitarian: 3 tied points", StringComparison.Ordinal));
    }

    [Fact]
    public void Outcomes_beyond_the_bound_are_a_deterministic_sample_the_legend_names()
    {
        // 8 issues of 5 options: 390 625 outcomes.
        var options = Enumerable.Range(0, 8).Select(k => Enumerable.Range(0, 5).Select(x => $"o{x}").ToArray()).ToArray();
        var random = new Random(8);
        decimal[][] Values() => [.. options.Select(o => o.Select(_ => random.Next(0, 101) * 0.01m).ToArray())];
        var weights = Enumerable.Repeat(0.125m, 8).ToArray();
        var domain = BargainingAnalysisTests.Domain(options, Preferences("us", weights, Values()), Preferences("cn", weights, Values()));
        var result = BargainingAnalysis.Analyse(domain, null, TestContext.Current.CancellationToken).AsT0;

        var text = UtilitySpaceSvg.Write(result);
        var svg = Parse(text);

        var outcomes = Assert.Single(Classed(svg, "g", "outcomes"));
        Assert.Equal("true", (string)outcomes.Attribute("data-sampled")!);
        Assert.Equal("390625", (string)outcomes.Attribute("data-outcomes")!);
        Assert.InRange(outcomes.Elements(Svg + "circle").Count(), 1_000, UtilitySpaceSvgOptions.DefaultMaxOutcomes);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.Contains("a sample of 5\u00A0000 of", StringComparison.Ordinal));
        Assert.Equal(text, UtilitySpaceSvg.Write(result)); // the same sample every time

        var fewer = Parse(UtilitySpaceSvg.Write(result, new UtilitySpaceSvgOptions { MaxOutcomes = 300 }));
        Assert.InRange(Assert.Single(Classed(fewer, "g", "outcomes")).Elements(Svg + "circle").Count(), 1, 300);
        AssertLabelsApart(svg);
    }

    [Fact]
    public void Outcomes_within_the_bound_are_all_drawn_and_the_legend_says_all()
    {
        var svg = Parse(UtilitySpaceSvg.Write(Seed));

        var outcomes = Assert.Single(Classed(svg, "g", "outcomes"));
        Assert.Equal("false", (string)outcomes.Attribute("data-sampled")!);
        Assert.Equal(12, outcomes.Elements(Svg + "circle").Count()); // the seed's 12 outcomes have 12 distinct utility pairs
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "outcomes: all 12");
    }

    [Fact]
    public void Any_text_is_escaped_and_the_picture_stays_well_formed()
    {
        const string hostile = "A <b>&amp;\"quoted\" 'x' \u0001\u0007 \uD800 \uFFFE</b>\r\nB";
        var names = new Dictionary<PartyId, string> { [new PartyId("us")] = hostile, [new PartyId("cn")] = "C <&\"" };
        var domain = BargainingAnalysisTests.Domain(
            [["<lift> & \"keep\"", "keep's"]],
            Preferences("us", [1m], [[1m, 0m]]),
            Preferences("cn", [1m], [[0.2m, 1m]]));
        var result = BargainingAnalysis.Analyse(domain, null, TestContext.Current.CancellationToken).AsT0;

        var text = UtilitySpaceSvg.Write(result, new UtilitySpaceSvgOptions { PartyNames = names });
        var svg = Parse(text);

        var title = svg.Root!.Element(Svg + "title")!.Value;
        Assert.Equal("Utility space: A <b>&amp;\"quoted\" 'x'    \uFFFD \uFFFD</b>  B and C <&\"", title);
        Assert.Contains(svg.Descendants(Svg + "title"), t => t.Value.Contains("<lift> & \"keep\"", StringComparison.Ordinal));
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_text_is_smaller_than_11_pixels()
    {
        var svg = Parse(UtilitySpaceSvg.Write(Seed));

        var sizes = svg.Descendants(Svg + "text").Select(t => double.Parse((string)t.Attribute("font-size")!, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(size >= 11, $"{size} px"));
    }

    [Fact]
    public void Numbers_are_written_in_the_invariant_culture_whatever_the_current_one()
    {
        var invariant = UtilitySpaceSvg.Write(Seed);
        var before = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "sv-SE", "ar-SA", "fr-FR" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                Assert.Equal(invariant, UtilitySpaceSvg.Write(Seed));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void On_random_domains_every_solution_has_a_marker_and_no_labels_overlap(int parties)
    {
        for (var round = 0; round < 40; round++)
        {
            var domain = RandomDomain(new Random((parties * 100) + round), parties, maxOutcomes: 20_000);
            var result = BargainingAnalysis.Analyse(domain, null, TestContext.Current.CancellationToken).AsT0;

            var svg = Parse(UtilitySpaceSvg.Write(result));

            var drawn = Classed(svg, "g", "solution").SelectMany(m => ((string)m.Attribute("data-solutions")!).Split(' ')).ToHashSet();
            Assert.All(result.Solutions.Where(s => s.IsDefined), s => Assert.Contains(s.Name, drawn));
            AssertLabelsApart(svg);
        }
    }

    [Fact]
    public void With_three_parties_the_title_names_the_pair_shown_and_the_options_choose_it()
    {
        var domain = BargainingAnalysisTests.Domain(
            [["a", "b"], ["x", "y"]],
            Preferences("us", [0.5m, 0.5m], [[1m, 0m], [0m, 1m]]),
            Preferences("cn", [0.5m, 0.5m], [[0m, 1m], [1m, 0m]]),
            Preferences("mx", [0.5m, 0.5m], [[0.5m, 1m], [1m, 0.2m]]));
        var result = BargainingAnalysis.Analyse(domain, null, TestContext.Current.CancellationToken).AsT0;

        Assert.Equal("Utility space: us and cn, 2 of 3 parties (mx not shown)", Parse(UtilitySpaceSvg.Write(result)).Root!.Element(Svg + "title")!.Value);
        var chosen = UtilitySpaceSvg.Write(result, new UtilitySpaceSvgOptions { XParty = new PartyId("mx"), YParty = new PartyId("us") });
        Assert.Equal("Utility space: mx and us, 2 of 3 parties (cn not shown)", Parse(chosen).Root!.Element(Svg + "title")!.Value);

        Assert.Equal("options", Assert.Throws<ArgumentException>(() => UtilitySpaceSvg.Write(result, new UtilitySpaceSvgOptions { XParty = new PartyId("ru") })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => UtilitySpaceSvg.Write(result, new UtilitySpaceSvgOptions { XParty = new PartyId("cn"), YParty = new PartyId("cn") })).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new UtilitySpaceSvgOptions { MaxOutcomes = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new UtilitySpaceSvgOptions { MaxOutcomes = UtilitySpaceSvgOptions.MostOutcomes + 1 });
    }

    /// <summary>
    /// No two labels' boxes overlap, each box estimated as the layout estimates it (0.6 of the font size a character,
    /// 15 px a line, from 12 px above the baseline), from where the text is anchored.
    /// </summary>
    private static void AssertLabelsApart(XDocument svg)
    {
        var boxes = Classed(svg, "text", "label").Select(t =>
        {
            var x = double.Parse((string)t.Attribute("x")!, CultureInfo.InvariantCulture);
            var y = double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture);
            var size = double.Parse((string)t.Attribute("font-size")!, CultureInfo.InvariantCulture) * ((string?)t.Attribute("font-weight") == "bold" ? 1.1 : 1);
            var width = new StringInfo(t.Value).LengthInTextElements * size * 0.6;
            var left = (string?)t.Attribute("text-anchor") switch { "end" => x - width, "middle" => x - (width / 2), _ => x };
            return (Text: t.Value, Left: left, Top: y - 12, Right: left + width, Bottom: y + 3);
        }).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left)) * Math.Max(0, Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top));
                Assert.True(overlap < 5, $"'{a.Text}' and '{b.Text}' overlap by {overlap:0.#} px²"); // coordinates are rounded to 0.01 px: stacked lines may share a sliver
            }
        }
    }
}
