using System.Globalization;
using System.Xml.Linq;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Seeds;

namespace Negotiation.Domain.Tests.Diagrams;

/// <summary>
/// The SVG timeline of every seed, checked as a reader would need it: well-formed, no wider than 1200 pixels, no text
/// under 11 pixels, no two texts over each other, a label for every item; and held to approved files.
/// </summary>
public sealed class TimelineSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Seeds() => SeedFiles.All();

    private static NegotiationDocument Read(string seed) => NegotiationJson.ReadOrThrow(SeedFiles.Bytes(seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_timeline_of_each_seed_is_the_approved_one(string seed)
    {
        ApprovedText.Verify(TimelineSvg.Write(Read(seed)), $"Approved/timeline-{Path.GetFileNameWithoutExtension(seed)}.svg");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_mermaid_timeline_of_each_seed_is_the_approved_one(string seed)
    {
        ApprovedText.Verify(TimelineMermaid.Write(Read(seed)), $"Approved/timeline-{Path.GetFileNameWithoutExtension(seed)}.mmd");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_seed_is_legible_at_the_default_size(string seed) => AssertLegible(TimelineSvg.Write(Read(seed)), 1200, 11);

    [Theory]
    [InlineData(480, 11)]
    [InlineData(800, 16)]
    [InlineData(1200, 14)]
    public void Each_seed_is_legible_at_other_sizes(int width, int fontSize)
    {
        foreach (var seed in SeedFiles.Names)
        {
            AssertLegible(TimelineSvg.Write(Read(seed), new TimelineSvgOptions { Width = width, FontSize = fontSize }), width, fontSize);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_item_of_the_model_has_a_label_and_a_mark(string seed)
    {
        var document = Read(seed);
        var svg = XDocument.Parse(TimelineSvg.Write(document));
        var items = TimelineModel.Of(document).Lanes.SelectMany(l => l.Items).ToList();
        Assert.NotEmpty(items);

        // A mark's tooltip is its item's label; the label is a text, or a cut text whose group's tooltip is the whole.
        var marks = svg.Descendants().Where(e => e.Name != Svg + "g" && e.Element(Svg + "title") is not null).Select(e => e.Element(Svg + "title")!.Value).ToList();
        var labels = svg.Descendants(Svg + "text").Select(t => t.Parent!.Element(Svg + "title")?.Value ?? t.Value).ToList();
        foreach (var item in items)
        {
            Assert.Contains(item.Label, marks);
            Assert.Contains(item.Label, labels);
        }

        Assert.Equal(items.Count, marks.Count);
    }

    [Fact]
    public void The_lanes_hold_what_the_seeds_date()
    {
        var lanes = TimelineModel.Of(Read(SeedFiles.NewStart2010)).Lanes.ToDictionary(l => l.Title, l => l.Items.Select(i => (i.Label, i.Start, i.End, i.Kind)).ToList());

        var treaty = lanes["Agreement: Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms (New START)"];
        Assert.Contains(("term to 2021-02-05", new DateOnly(2011, 2, 5), new DateOnly(2021, 2, 5), TimelineItemKind.Period), treaty);
        Assert.Contains(("extended on 2021-02-03 to 2026-02-05", new DateOnly(2021, 2, 6), new DateOnly(2026, 2, 5), TimelineItemKind.Period), treaty);
        Assert.Contains(("suspension (2023-02-28)", new DateOnly(2023, 2, 28), new DateOnly(2023, 2, 28), TimelineItemKind.Day), lanes["Russian Federation: participation"]);

        // A month is drawn as a span from its first to its last day.
        Assert.Contains(("us-allows-inspections: suspended (2020-03)", new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31), TimelineItemKind.PartialDate), lanes["Commitments: how they were kept"]);

        var cuba = TimelineModel.Of(Read(SeedFiles.UsCuba2014)).Lanes;
        Assert.Equal(
            [("imposed 1982", new DateOnly(1982, 1, 1), new DateOnly(2015, 5, 28), TimelineItemKind.Period), ("lifted 2015-05-29", new DateOnly(2015, 5, 29), new DateOnly(2015, 5, 29), TimelineItemKind.Day)],
            cuba.Single(l => l.Title == "Sanction: State Sponsors of Terrorism (US Department of State)").Items.Select(i => (i.Label, i.Start, i.End, i.Kind)));
        Assert.Contains(cuba.Single(l => l.Title == "Events").Items, i => i.Kind == TimelineItemKind.Period && i.Start == new DateOnly(2013, 6, 1) && i.End == new DateOnly(2014, 10, 31));

        var iran = TimelineModel.Of(Read(SeedFiles.UsIranPrisonerExchange2023)).Lanes;
        Assert.Equal(TimelineItemKind.OpenPeriod, Assert.Single(iran[0].Items).Kind);
    }

    [Fact]
    public void A_long_empty_stretch_of_years_is_a_break_not_a_squeeze()
    {
        var svg = XDocument.Parse(TimelineSvg.Write(Read(SeedFiles.UsCuba2014)));
        var years = svg.Descendants(Svg + "text").Select(t => t.Value).Where(v => v.Length == 4 && v.All(char.IsAsciiDigit)).ToList();

        Assert.Equal(["1982", "2013", "2014", "2015"], years);
    }

    [Fact]
    public void Every_text_is_escaped()
    {
        var seed = Read(SeedFiles.UsChinaFentanyl2023);
        var title = "<script>alert('x')</script> & \"quotes\"";
        var document = NegotiationDocument.Create(seed.Id, title, seed.Content).AsT0;

        var svg = XDocument.Parse(TimelineSvg.Write(document));

        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == title);
        Assert.Empty(svg.Descendants(Svg + "script"));
    }

    [Fact]
    public void Mermaid_escapes_what_its_grammar_reads()
    {
        var seed = Read(SeedFiles.UsChinaFentanyl2023);
        var document = NegotiationDocument.Create(seed.Id, "a: b; #c <d>", seed.Content).AsT0;

        var lines = TimelineMermaid.Write(document).Split('\n');

        Assert.Equal(["gantt", "  title a#58; b#59; #35;c #60;d#62;", "  dateFormat YYYY-MM-DD"], lines[..3]);
        Assert.All(lines.Where(l => l.StartsWith("    ", StringComparison.Ordinal)), l => Assert.Single(l.Split(':').Skip(1)));
    }

    [Fact]
    public void Options_hold_their_bounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimelineSvgOptions { Width = 1201 });
        Assert.Throws<ArgumentOutOfRangeException>(() => TimelineSvgOptions.Default with { FontSize = 10 });
        Assert.Equal((1200, 12), (TimelineSvgOptions.Default.Width, TimelineSvgOptions.Default.FontSize));
    }

    /// <summary>Parses the SVG, and checks its width, its text sizes, and that no two texts' estimated boxes overlap.</summary>
    private static void AssertLegible(string text, int width, int minFontSize)
    {
        var svg = XDocument.Parse(text).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.True(Number(svg, "width") <= width, $"The picture is {svg.Attribute("width")} pixels wide.");

        var boxes = svg.Descendants(Svg + "text").Select(t => Box(t)).ToList();
        Assert.NotEmpty(boxes);
        foreach (var box in boxes)
        {
            Assert.True(box.Size >= minFontSize, $"'{box.Text}' is {box.Size} pixels.");
            Assert.True(box.Left >= 0 && box.Right <= Number(svg, "width") && box.Top >= 0 && box.Bottom <= Number(svg, "height"), $"'{box.Text}' runs off the picture.");
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
                Assert.False(overlap, $"'{a.Text}' and '{b.Text}' overlap.");
            }
        }
    }

    /// <summary>A text's box, estimated as the writer does: 0.6 of the font size a character (0.66 in bold), from x (or to x, when anchored at its end), from a font size above the baseline to a quarter below.</summary>
    private static (string Text, double Size, double Left, double Right, double Top, double Bottom) Box(XElement text)
    {
        var size = Number(text, "font-size");
        var x = Number(text, "x");
        var y = Number(text, "y");
        var width = text.Value.Length * size * (text.Attribute("font-weight")?.Value == "bold" ? 0.66 : 0.6);
        var anchor = text.Attribute("text-anchor")?.Value ?? "start";
        Assert.Contains(anchor, new[] { "start", "end" });
        var left = anchor == "end" ? x - width : x;
        return (text.Value, size, left, left + width, y - size, y + (size * 0.25));
    }

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
