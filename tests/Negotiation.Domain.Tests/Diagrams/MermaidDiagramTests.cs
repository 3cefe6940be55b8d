using System.Text.RegularExpressions;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Tests.Analysis;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Diagrams;

public partial class MermaidDiagramTests
{
    private static readonly NegotiationDocument Seed = SeedScenario.Build();

    [Fact]
    public void Seed_diagram_matches_the_approved_file()
    {
        ApprovedText.Verify(MermaidDiagram.Write(Seed), "Seed.approved.mmd");
    }

    [Fact]
    public void Seed_is_a_flowchart_with_parties_in_nested_subgraphs_by_state()
    {
        var lines = MermaidDiagram.Write(Seed).Split('\n');

        Assert.Equal(["---", "title: \"US–China: sanctions on a police forensic institute for a crackdown on fentanyl exporters (2023)\"", "---", "flowchart LR"], lines[..4]);
        var paths = NodePaths(lines);
        Assert.Equal(Seed.Parties.Count, paths.Count);
        Assert.Equal(["g_cn", "g_cn_mps"], paths["p_cn_mps_ifs"]);
        Assert.Equal(["g_us", "g_us_house"], paths["p_us_house_ccp_committee"]);
        Assert.Equal(["g_us"], paths["p_joe_biden"]);
        Assert.Empty(paths["p_human_rights_groups"]);
        Assert.Contains("  subgraph g_cn[\"People's Republic of China\"]", lines);
        Assert.Contains("    p_joe_biden([\"Joe Biden\"])", lines);
        Assert.Contains("  class p_us,p_cn,p_mx state", lines);
    }

    [Fact]
    public void Seed_highlights_the_trade_off_links_and_dots_the_uncertain_ones()
    {
        var lines = MermaidDiagram.Write(Seed).Split('\n');
        var links = lines.Where(l => l.Contains("-->|", StringComparison.Ordinal) || l.Contains("-.->|", StringComparison.Ordinal)).ToList();

        var highlighted = LinkStyle(lines, "stroke:#d62728,stroke-width:3px,color:#d62728").Select(i => links[i].Trim()).ToList();

        Assert.Equal(
            [
                "p_us_commerce -->|\"sanction: Entity List<br/>[Active]\"| p_cn_mps_ifs",
                "p_us -.->|\"commits: lift sanction: Entity List<br/>US lifts sanctions on the Institute of Forensic Science; China cracks down on fentanyl exporters [Reported]\"| p_cn_mps_ifs",
                "p_cn -.->|\"commits: Crack down on exporters of fentanyl ingredients.<br/>US lifts sanctions on the Institute of Forensic Science; China cracks down on fentanyl exporters [Reported]\"| p_cn_fentanyl_exporters",
            ],
            highlighted);
        Assert.Equal(13, links.Count);
        Assert.Equal(12, links.Count(l => l.Contains("-.->", StringComparison.Ordinal)));
        Assert.Equal(links.Count, lines.Where(l => l.StartsWith("  linkStyle ", StringComparison.Ordinal)).Sum(l => l.Split(' ')[3].Split(',').Length));
    }

    [Fact]
    public void Labels_are_written_with_entity_codes_and_ids_cannot_be_keywords()
    {
        var name = "Say \"hi\" #1 <b>x</b> & a|b `tick` \\ line2 中国 🇺🇸";
        var document = new NegotiationBuilder("escaping", "Title \"quoted\" \\ here next")
            .Add(new State(new PartyId("end"), name, new CountryCode("US")))
            .Add(new Negotiation.Domain.Parties.Group(new PartyId("subgraph"), "a b", GroupType.Other))
            .Build().AsT0;

        var lines = MermaidDiagram.Write(document).Split('\n');

        Assert.Equal("title: \"Title \\\"quoted\\\" \\\\ here next\"", lines[1]);
        Assert.Contains("  p_end[\"Say #34;hi#34; #35;1 #60;b#62;x#60;/b#62; #38; a#124;b #96;tick#96; #92; line2 中国 🇺🇸\"]", lines);
        Assert.Contains("  p_subgraph{{\"a b\"}}", lines);
        // No subgraph here, so a line "end" could only be the party called end, read by Mermaid as a keyword.
        Assert.DoesNotContain(lines, l => l.Trim() == "end");
    }

    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("\"#&<>|`\\", "#34;#35;#38;#60;#62;#124;#96;#92;")]
    [InlineData("one\ntwo\r\nthree\u2028four", "one<br/>two<br/>three<br/>four")]
    [InlineData("tab\there", "tab here")]
    [InlineData("Ærø → 北京 😀 []{}()", "Ærø → 北京 😀 []{}()")]
    public void Escape_writes_what_mermaid_would_read_as_entity_codes(string text, string expected)
    {
        Assert.Equal(expected, MermaidDiagram.Escape(text));
    }

    [Fact]
    public void Node_ids_replace_hyphens_and_carry_a_prefix()
    {
        Assert.Equal("p_cn_mps_ifs", MermaidDiagram.NodeId(new PartyId("cn-mps-ifs")));
        Assert.Equal("p_end", MermaidDiagram.NodeId(new PartyId("end")));
    }

    [Fact]
    public void Output_is_deterministic_and_the_same_through_a_writer()
    {
        var first = MermaidDiagram.Write(SeedScenario.Build());
        var writer = new StringWriter { NewLine = "\r\n" };
        MermaidDiagram.Write(Seed, writer);

        Assert.Equal(first, MermaidDiagram.Write(Seed));
        Assert.Equal(first, writer.ToString());
        Assert.DoesNotContain('\r', first);
        Assert.Throws<ArgumentNullException>(() => MermaidDiagram.Write(null!));
        Assert.Throws<ArgumentNullException>(() => MermaidDiagram.Write(Seed, null!));
    }

    [Fact]
    public void A_claim_without_attribution_is_a_solid_link_and_a_reported_one_dotted()
    {
        var lines = MermaidDiagram.Write(TinyCase.Document()).Split('\n');

        Assert.Contains("  p_south -->|\"demand: lift sanction: Entity List<br/>[Made]\"| p_north", lines);
        Assert.Contains("  p_north -.->|\"demand: Crack down on exporters.<br/>[Made]\"| p_south", lines);
    }

    /// <summary>Each node id with the subgraphs it is in, outermost first.</summary>
    private static Dictionary<string, string[]> NodePaths(string[] lines)
    {
        var stack = new Stack<string>();
        var paths = new Dictionary<string, string[]>();
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (SubgraphLine().Match(line) is { Success: true } subgraph)
            {
                stack.Push(subgraph.Groups[1].Value);
            }
            else if (line == "end")
            {
                stack.Pop();
            }
            else if (NodeLine().Match(line) is { Success: true } node)
            {
                paths.Add(node.Groups[1].Value, [.. stack.Reverse()]);
            }
        }

        return paths;
    }

    private static IEnumerable<int> LinkStyle(string[] lines, string style)
        => Assert.Single(lines, l => l.StartsWith("  linkStyle ", StringComparison.Ordinal) && l.EndsWith(" " + style, StringComparison.Ordinal))
            .Split(' ')[3].Split(',').Select(int.Parse);

    [GeneratedRegex("""^subgraph (g_\w+)\[""")]
    private static partial Regex SubgraphLine();

    [GeneratedRegex("""^(p_\w+)[\[\(\{]""")]
    private static partial Regex NodeLine();
}
