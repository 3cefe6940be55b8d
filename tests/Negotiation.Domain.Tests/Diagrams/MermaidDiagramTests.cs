using System.Text.RegularExpressions;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Analysis;
using Negotiation.Domain.Tests.Scenarios;
using Negotiation.Domain.Tests.Seeds;

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
        Assert.Equal(Seed.Parties.Count, paths.Keys.Count(k => k.StartsWith("p_", StringComparison.Ordinal)));
        Assert.Equal(["g_cn", "g_cn_mps"], paths["p_cn_mps_ifs"]);
        Assert.Equal(["g_us", "g_us_house"], paths["p_us_house_ccp_committee"]);
        Assert.Equal(["g_us"], paths["p_joe_biden"]);
        Assert.Empty(paths["p_human_rights_groups"]);
        Assert.Contains("  subgraph g_cn[\"People's Republic of China\"]", lines);
        Assert.Contains("    p_joe_biden([\"Joe Biden\"])", lines);
        Assert.Contains("  class p_us,p_cn,p_mx,legend_state state", lines);
    }

    [Fact]
    public void Seed_draws_commitments_as_nodes_in_their_agreement_every_stance_as_a_link_and_a_legend()
    {
        var lines = MermaidDiagram.Write(Seed).Split('\n');
        var paths = NodePaths(lines);

        Assert.Equal(["ga_us_cn_fentanyl_deal"], paths["c_us_lifts_institute_sanction"]);
        Assert.Contains("    c_us_lifts_institute_sanction(\"lift sanction: Entity List<br/>[pending]\")", lines);
        Assert.Contains("  p_us --> c_us_resumes_military_channel", lines);
        Assert.Contains("  c_us_resumes_military_channel --> p_cn", lines);
        Assert.Contains("  p_human_rights_groups --x|\"opposes\"| a_us_cn_fentanyl_deal", lines);
        Assert.Contains("  p_joe_biden --o|\"conditional\"| i_us_china_engagement", lines);
        Assert.Contains("  p_wally_adeyemo -->|\"supports\"| s_us_treasury_fentanyl_2023", lines);
        Assert.Equal(Seed.Stances.Count, lines.Count(l => l.Contains("|\"supports\"|", StringComparison.Ordinal) || l.Contains("|\"opposes\"|", StringComparison.Ordinal) || l.Contains("|\"conditional\"|", StringComparison.Ordinal)));
        Assert.Contains("  subgraph legend[\"Legend\"]", lines);
        Assert.Equal(["legend"], paths["legend_commitment"]);
        Assert.Contains(lines, l => l.Contains("usual confidence: reported", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_highlights_the_trade_off_links_and_marks_only_what_differs_from_the_usual_confidence()
    {
        var lines = MermaidDiagram.Write(Seed).Split('\n');
        var links = Links(lines);

        var highlighted = LinkStyle(lines, "stroke:#d62728,stroke-width:3px").Select(i => links[i].Trim()).ToList();
        Assert.Contains("c_us_lifts_institute_sanction ==> s_us_entity_list_cn_mps_ifs", highlighted);
        Assert.Contains("c_cn_cracks_down_on_exporters ==> p_cn_fentanyl_exporters", highlighted);
        Assert.All(highlighted, l => Assert.Contains("==", l, StringComparison.Ordinal));
        Assert.Contains("  class s_us_entity_list_cn_mps_ifs,c_us_lifts_institute_sanction,c_cn_cracks_down_on_exporters highlight", lines);
        // Nearly everything is reported, so nothing is dotted for it; the official listing names its confidence.
        Assert.DoesNotContain(links, l => l.Contains("-.-", StringComparison.Ordinal) && !l.Contains("c_", StringComparison.Ordinal) && !l.Contains("d_", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("s_us_entity_list_cn_mps_ifs[/\"sanction: Entity List<br/>[active]<br/>(official)\"\\]", StringComparison.Ordinal));
        Assert.Equal(links.Count, lines.Where(l => l.StartsWith("  linkStyle ", StringComparison.Ordinal)).Sum(l => l.Split(' ')[3].Split(',').Length));
    }

    [Fact]
    public void Every_seed_is_mermaid_flowchart_syntax_every_link_joins_declared_nodes()
    {
        foreach (var name in SeedFiles.Names)
        {
            var lines = MermaidDiagram.Write(NegotiationJson.ReadOrThrow(SeedFiles.Bytes(name))).TrimEnd('\n').Split('\n');
            var declared = new HashSet<string>(StringComparer.Ordinal);
            var depth = 0;
            var links = 0;
            foreach (var line in lines.Skip(4).Select(l => l.Trim()))
            {
                if (SubgraphLine().IsMatch(line) || line.StartsWith("subgraph legend[", StringComparison.Ordinal))
                {
                    depth++;
                }
                else if (line == "end")
                {
                    depth--;
                    Assert.True(depth >= 0, $"{name}: an end with no subgraph");
                }
                else if (LinkLine().Match(line) is { Success: true } link)
                {
                    Assert.Contains(link.Groups[1].Value, declared);
                    Assert.Contains(link.Groups[3].Value, declared);
                    links++;
                }
                else if (DeclarationLine().Match(line) is { Success: true } node)
                {
                    Assert.True(declared.Add(node.Groups[1].Value), $"{name}: {node.Groups[1].Value} declared twice");
                    Assert.DoesNotContain('"', line[(line.IndexOf('"', StringComparison.Ordinal) + 1)..line.LastIndexOf('"')]);
                }
                else
                {
                    Assert.Matches(@"^(linkStyle [0-9,]+ [a-z:#0-9,\-]+|classDef \w+ [a-z:#0-9, \-]+|class [\w,]+ \w+)$", line);
                    if (line.StartsWith("linkStyle ", StringComparison.Ordinal))
                    {
                        Assert.All(line.Split(' ')[1].Split(','), i => Assert.InRange(int.Parse(i, System.Globalization.CultureInfo.InvariantCulture), 0, links - 1));
                    }
                }
            }

            Assert.Equal(0, depth);
        }
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
        Assert.Contains($"  p_end[\"{MermaidDiagram.Escape(DiagramText.Wrap(name, 24, 3))}\"]", lines);
        Assert.Contains("  p_subgraph{{\"a b\"}}", lines);
        // The only subgraph here is the legend, so a second line "end" could only be the party called end, read by Mermaid as a keyword.
        Assert.Single(lines, l => l.Trim() == "end");
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
    public void A_claim_less_certain_than_usual_is_dashed_and_named()
    {
        var official = new Negotiation.Domain.Attributions.Attribution(Negotiation.Domain.Attributions.Confidence.Official, [TinyCase.Wire]);
        var lines = MermaidDiagram.Write(TinyCase.Document(c => c with
        {
            Demands = [TinyCase.LiftingDemand with { Attribution = official }, TinyCase.CrackdownDemand],
            Agreements = [TinyCase.DealAgreement with { Attribution = official }],
        })).Split('\n');

        Assert.Contains("  p_ngo -.-x|\"opposes (reported)\"| a_deal", lines);
        Assert.Contains(lines, l => l.StartsWith("  class ", StringComparison.Ordinal) && l.EndsWith(" uncertain", StringComparison.Ordinal) && l.Contains("d_north_asks_crackdown", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("usual confidence: official", StringComparison.Ordinal));
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

    private static List<string> Links(string[] lines) => [.. lines.Where(l => LinkLine().IsMatch(l.Trim()))];

    [GeneratedRegex("""^(\w+) (?:-->|---|--x|--o|-\.->|-\.-|-\.-x|-\.-o|==>|===|==x|==o)(\|"[^"]*"\|)? (\w+)$""")]
    private static partial Regex LinkLine();

    [GeneratedRegex("""^(\w+)(\[.*\]|\(.*\)|\{\{.*\}\}|>.*\])$""")]
    private static partial Regex DeclarationLine();

    [GeneratedRegex("""^subgraph (ga?_\w+|legend)\[""")]
    private static partial Regex SubgraphLine();

    [GeneratedRegex("""^((?:p|c|d|s|a|i|pl|legend)_\w+)[\[\(\{>]""")]
    private static partial Regex NodeLine();
}
