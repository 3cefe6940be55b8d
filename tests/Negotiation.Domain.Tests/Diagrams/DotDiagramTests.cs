using Negotiation.Domain.Agreements;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Tests.Analysis;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;
using Negotiation.Domain.Tests.Seeds;

namespace Negotiation.Domain.Tests.Diagrams;

public class DotDiagramTests
{
    private static readonly NegotiationDocument Seed = SeedScenario.Build();

    [Fact]
    public void Seed_diagram_matches_the_approved_file_that_ci_renders_with_dot()
    {
        ApprovedText.Verify(DotDiagram.Write(Seed), "Seed.approved.dot");
    }

    [Fact]
    public void Seed_parties_are_nodes_grouped_by_state_along_their_parent_chains()
    {
        var dot = DotText.Read(DotDiagram.Write(Seed));

        Assert.All(Seed.Parties, p => Assert.True(dot.Nodes.ContainsKey(p.Id.Value), p.Id.Value));
        Assert.Equal(["cluster_cn", "cluster_cn-mps"], dot.Nodes["cn-mps-ifs"]);
        Assert.Equal(["cluster_cn"], dot.Nodes["cn"]);
        Assert.Equal(["cluster_us", "cluster_us-house"], dot.Nodes["us-house-ccp-committee"]);
        // People and groups without a parent join the state of their country; a group of no country stands alone.
        Assert.Equal(["cluster_us"], dot.Nodes["joe-biden"]);
        Assert.Equal(["cluster_mx"], dot.Nodes["mx-fentanyl-traffickers"]);
        Assert.Empty(dot.Nodes["human-rights-groups"]);
    }

    [Fact]
    public void Each_commitment_is_a_node_in_its_agreement_s_cluster_joined_to_its_giver_and_to_what_it_is_for()
    {
        var dot = DotText.Read(DotDiagram.Write(Seed));

        foreach (var agreement in Seed.Agreements)
        {
            Assert.Equal([$"cluster_agreement:{agreement.Id}"], dot.Nodes[$"agreement:{agreement.Id}"]);
            foreach (var commitment in agreement.Commitments)
            {
                Assert.Equal([$"cluster_agreement:{agreement.Id}"], dot.Nodes[$"commitment:{commitment.Id}"]);
                dot.EdgeBetween(commitment.By.Value, $"commitment:{commitment.Id}");
            }
        }

        // The US lifts the listing: the commitment points at the sanction, which points at its target.
        Assert.StartsWith(@"lift sanction: Entity List\n[pending]", dot.NodeAttributes("commitment:us-lifts-institute-sanction")["label"], StringComparison.Ordinal);
        dot.EdgeBetween("commitment:us-lifts-institute-sanction", "sanction:us-entity-list-cn-mps-ifs");
        dot.EdgeBetween("commitment:cn-cracks-down-on-exporters", "cn-fentanyl-exporters");
        // With no target, a commitment in a two-party deal is for the other party.
        dot.EdgeBetween("commitment:us-resumes-military-channel", "cn");
        Assert.Equal(@"agreement\n[reported, unconfirmed]", dot.NodeAttributes("agreement:us-cn-fentanyl-deal")["label"]);
    }

    [Fact]
    public void Demands_and_sanctions_are_nodes_with_short_labels_and_one_edge_per_relation()
    {
        var dot = DotText.Read(DotDiagram.Write(Seed));

        Assert.Equal(@"demand: End the sanctions\non the forensic police\ninstitute\n[made]", dot.NodeAttributes("demand:cn-asks-lifting-institute-sanction")["label"]);
        dot.EdgeBetween("cn", "demand:cn-asks-lifting-institute-sanction");
        dot.EdgeBetween("demand:cn-asks-lifting-institute-sanction", "us");
        dot.EdgeBetween("us-commerce", "sanction:us-entity-list-cn-mps-ifs");
        dot.EdgeBetween("sanction:us-entity-list-cn-mps-ifs", "cn-mps-ifs");
        dot.EdgeBetween("sanction:us-treasury-fentanyl-2023", "cn-treasury-designated-people");
        dot.EdgeBetween("sanction:us-treasury-fentanyl-2023", "cn-treasury-designated-businesses");

        // One edge per pair of nodes, none labelled but stances and roles; no two US–China edges run side by side.
        Assert.Equal(dot.Edges.Count, dot.Edges.Select(e => (e.From, e.To)).Distinct().Count());
        Assert.Equal(dot.Edges.Count, dot.Edges.Select(e => e.Attributes["id"]).Distinct().Count());
        Assert.DoesNotContain(dot.Edges, e => (e.From, e.To) is ("us", "cn") or ("cn", "us"));
        Assert.All(dot.Edges.Where(e => e.Label is not null), e => Assert.Contains(e.Attributes["color"], new[] { "#17becf", "#9467bd", "#ff7f0e", "#7f7f7f" }));
    }

    [Fact]
    public void Every_stance_is_an_edge_from_its_holder_to_what_it_is_on_styled_by_position()
    {
        var dot = DotText.Read(DotDiagram.Write(Seed));

        Assert.Equal(6, Seed.Stances.Count);
        foreach (var stance in Seed.Stances)
        {
            var to = stance.Subject.Kind == References.ReferenceKind.Party ? stance.Subject.Id : stance.Subject.ToString();
            var edge = dot.EdgeBetween(stance.Party.Value, to);
            var (label, head) = stance.Position switch
            {
                Stances.StancePosition.Support => ("supports", "normal"),
                Stances.StancePosition.Oppose => ("opposes", "tee"),
                Stances.StancePosition.Conditional => ("conditional", "odiamond"),
                _ => ("neutral", "dot"),
            };
            Assert.Equal((label, head), (edge.Label, edge.Attributes["arrowhead"]));
        }

        // An issue a stance is on is drawn as a node; the opponents of the deal point at the deal.
        Assert.Equal(@"issue: US engagement with\nChina", dot.NodeAttributes("issue:us-china-engagement")["label"]);
        Assert.Equal("#9467bd", dot.EdgeBetween("human-rights-groups", "agreement:us-cn-fentanyl-deal").Attributes["color"]);
    }

    [Fact]
    public void Every_party_that_takes_part_in_a_record_has_an_edge_in_every_seed()
    {
        foreach (var document in SeedFiles.Names.Select(n => NegotiationJson.ReadOrThrow(SeedFiles.Bytes(n))))
        {
            var dot = DotText.Read(DotDiagram.Write(document));
            var connected = dot.Edges.SelectMany(e => new[] { e.From, e.To }).ToHashSet();
            var taking = document.Demands.SelectMany(d => d.Addressees.Append(d.From))
                .Concat(document.Sanctions.SelectMany(s => s.Targets.Append(s.Authority)))
                .Concat(document.Agreements.SelectMany(a => a.Parties.Concat(a.Commitments.Select(c => c.By)).Concat(a.Roles.Select(r => r.Party))))
                .Concat(document.Pledges.Select(p => p.By))
                .Concat(document.Stances.Select(s => s.Party));
            Assert.All(taking.Distinct(), p => Assert.True(connected.Contains(p.Value), $"{document.Id}: {p} has no edge"));
        }
    }

    [Fact]
    public void The_legend_shows_each_kind_of_node_drawn_the_lines_and_the_usual_confidence()
    {
        var text = DotDiagram.Write(Seed);
        var dot = DotText.Read(text);

        Assert.Contains("  subgraph \"cluster_legend\" {", text, StringComparison.Ordinal);
        Assert.Equal(["cluster_legend"], dot.Nodes["legend:Commitment"]);
        Assert.Equal(["cluster_legend"], dot.Nodes["legend:Sanction"]);
        Assert.Equal(["cluster_legend"], dot.Nodes["legend:Issue"]);
        Assert.False(dot.Nodes.ContainsKey("legend:Pledge")); // the seed has no pledge
        Assert.Contains("stance: opposes", text, StringComparison.Ordinal);
        Assert.Contains(">usual confidence: reported; other", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_highlights_exactly_the_sanctions_for_crackdown_trade_off()
    {
        var dot = DotText.Read(DotDiagram.Write(Seed));

        var highlighted = dot.Nodes.Keys.Where(n => dot.NodeAttributes(n).GetValueOrDefault("color") == "#d62728").Order(StringComparer.Ordinal);
        Assert.Equal(["commitment:cn-cracks-down-on-exporters", "commitment:us-lifts-institute-sanction", "sanction:us-entity-list-cn-mps-ifs"], highlighted);
        Assert.All(dot.Edges.Where(e => e.IsHighlighted), e => Assert.Equal("#d62728", e.Attributes["color"]));
        Assert.Contains(dot.Edges, e => e.IsHighlighted && (e.From, e.To) == ("commitment:us-lifts-institute-sanction", "commitment:cn-cracks-down-on-exporters"));
    }

    [Fact]
    public void Seed_marks_only_what_differs_from_its_usual_confidence_reported()
    {
        var dot = DotText.Read(DotDiagram.Write(Seed));

        // Nearly everything is reported: nothing of that is dashed; the official listings say so, solid.
        var listing = dot.NodeAttributes("sanction:us-entity-list-cn-mps-ifs");
        Assert.EndsWith(@"\n(official)", listing["label"], StringComparison.Ordinal);
        Assert.DoesNotContain("dashed", listing["style"], StringComparison.Ordinal);
        Assert.DoesNotContain("(reported)", DotDiagram.Write(Seed), StringComparison.Ordinal);
        Assert.DoesNotContain(dot.Edges, e => e.IsDashed);
        Assert.All(dot.Nodes.Keys.Where(n => n.StartsWith("demand:", StringComparison.Ordinal)), n => Assert.DoesNotContain("dashed", dot.NodeAttributes(n)["style"], StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_case_of_reported_claims_an_official_one_is_named_and_an_unattributed_one_unmarked()
    {
        var dot = DotText.Read(DotDiagram.Write(TinyCase.Document()));

        Assert.EndsWith(@"\n(official)", dot.NodeAttributes("sanction:lab-listing")["label"], StringComparison.Ordinal);
        Assert.EndsWith(@"[made]", dot.NodeAttributes("demand:north-asks-crackdown")["label"], StringComparison.Ordinal);
        Assert.EndsWith(@"[made]", dot.NodeAttributes("demand:south-asks-lifting")["label"], StringComparison.Ordinal);

        // Once most claims are official, a reported one is the exception: named, and dashed.
        var official = new Attributions.Attribution(Attributions.Confidence.Official, [TinyCase.Wire]);
        var mostlyOfficial = DotText.Read(DotDiagram.Write(TinyCase.Document(c => c with
        {
            Demands = [TinyCase.LiftingDemand with { Attribution = official }, TinyCase.CrackdownDemand],
            Agreements = [TinyCase.DealAgreement with { Attribution = official }],
        })));
        var reported = mostlyOfficial.NodeAttributes("demand:north-asks-crackdown");
        Assert.EndsWith(@"\n(reported)", reported["label"], StringComparison.Ordinal);
        Assert.Contains("dashed", reported["style"], StringComparison.Ordinal);
        Assert.Equal("opposes (reported)", mostlyOfficial.EdgeBetween("ngo", "agreement:deal").Label);
        Assert.True(mostlyOfficial.EdgeBetween("ngo", "agreement:deal").IsDashed);
        Assert.DoesNotContain("(official)", mostlyOfficial.NodeAttributes("sanction:lab-listing")["label"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_trade_off_nothing_is_highlighted()
    {
        var document = TinyCase.Document(c => c with
        {
            Demands = [TinyCase.LiftingDemand with { InExchangeFor = default }, TinyCase.CrackdownDemand],
            Agreements = [TinyCase.DealAgreement with { Commitments = [TinyCase.Lift with { ConditionalOn = default }, TinyCase.Crackdown] }],
        });

        Assert.DoesNotContain(DotText.Read(DotDiagram.Write(document)).Edges, e => e.IsHighlighted);
        Assert.DoesNotContain("a trade-off", DotDiagram.Write(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_and_ids_are_escaped_so_any_text_renders_as_written()
    {
        var name = "Say \"hi\" \\N back\\slash line2 中国 🇺🇸 end\\";
        var document = new NegotiationBuilder("escaping", name)
            .Add(new State(new PartyId("end"), name, new CountryCode("US")))
            .Add(new Group(new PartyId("subgraph"), "a b c", GroupType.Other))
            .Build().AsT0;

        var text = DotDiagram.Write(document);

        const string Quoted = """
            "Say \"hi\" \\N back\\slash line2 中国 🇺🇸 end\\"
            """;
        Assert.Contains($"graph [label={Quoted}, ", text, StringComparison.Ordinal);
        // A party's name is wrapped at spaces into short lines, each escaped.
        Assert.Contains($"\"end\" [label={DotDiagram.Quote(DiagramText.Wrap(name, 24, 3))}, shape=box, style=\"bold\"];", text, StringComparison.Ordinal);
        Assert.Contains("\"subgraph\" [label=\"a b c\", shape=hexagon];", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain('\t', text);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("ends with \\", "\"ends with \\\\\"")]
    [InlineData("\\l and \\G stay text", "\"\\\\l and \\\\G stay text\"")]
    [InlineData("one\ntwo\r\nthree\rfour", "\"one\\ntwo\\nthree\\nfour\"")]
    [InlineData("bell\u0007 and null\0", "\"bell  and null \"")]
    [InlineData("Ærø → 北京 😀", "\"Ærø → 北京 😀\"")]
    public void Quote_escapes_what_dot_or_graphviz_would_read(string text, string expected)
    {
        Assert.Equal(expected, DotDiagram.Quote(text));
    }

    [Fact]
    public void Output_is_deterministic_and_the_same_through_a_writer()
    {
        var first = DotDiagram.Write(SeedScenario.Build());
        var writer = new StringWriter { NewLine = "\r\n" };
        DotDiagram.Write(Seed, writer);

        Assert.Equal(first, DotDiagram.Write(Seed));
        Assert.Equal(first, writer.ToString());
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => DotDiagram.Write(null!));
        Assert.Throws<ArgumentNullException>(() => DotDiagram.Write(Seed, null!));
    }
}
