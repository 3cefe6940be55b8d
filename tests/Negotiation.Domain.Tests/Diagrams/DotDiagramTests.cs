using Negotiation.Domain.Agreements;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Tests.Analysis;
using Negotiation.Domain.Tests.Scenarios;

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

        Assert.Equal(Seed.Parties.Select(p => p.Id.Value).Order(), dot.Nodes.Keys.Order());
        Assert.Equal(["cluster_cn", "cluster_cn-mps"], dot.Nodes["cn-mps-ifs"]);
        Assert.Equal(["cluster_cn"], dot.Nodes["cn"]);
        Assert.Equal(["cluster_us", "cluster_us-house"], dot.Nodes["us-house-ccp-committee"]);
        // People and groups without a parent join the state of their country; a group of no country stands alone.
        Assert.Equal(["cluster_us"], dot.Nodes["joe-biden"]);
        Assert.Equal(["cluster_mx"], dot.Nodes["mx-fentanyl-traffickers"]);
        Assert.Empty(dot.Nodes["human-rights-groups"]);
    }

    [Fact]
    public void Seed_demands_sanctions_and_commitments_are_labelled_edges_between_parties()
    {
        var dot = DotText.Read(DotDiagram.Write(Seed));

        Assert.Equal(Seed.Demands.Count + Seed.Sanctions.Sum(s => s.Targets.Count) + 6, dot.Edges.Count);
        var asks = dot.EdgeWithId("demand:cn-asks-lifting-institute-sanction->us");
        Assert.Equal(("cn", "us"), (asks.From, asks.To));
        Assert.Equal(@"demand: End the sanctions on the forensic police institute.\n[Made]", asks.Attributes["label"]);
        var listing = dot.EdgeWithId("sanction:us-entity-list-cn-mps-ifs->cn-mps-ifs");
        Assert.Equal(("us-commerce", "cn-mps-ifs"), (listing.From, listing.To));
        Assert.StartsWith(@"sanction: Entity List\n[Active]", listing.Attributes["label"], StringComparison.Ordinal);
        // A sanction draws one edge per target; a commitment with no target points at the other parties.
        Assert.Equal(2, dot.Edges.Count(e => e.Attributes["id"].StartsWith("sanction:us-treasury-fentanyl-2023->", StringComparison.Ordinal)));
        var resume = dot.EdgeWithId("commitment:us-resumes-military-channel->cn");
        Assert.Equal(("us", "cn"), (resume.From, resume.To));
        Assert.Equal(dot.Edges.Count, dot.Edges.Select(e => e.Attributes["id"]).Distinct().Count());
    }

    [Fact]
    public void Seed_highlights_exactly_the_sanctions_for_crackdown_trade_off()
    {
        var dot = DotText.Read(DotDiagram.Write(Seed));

        Assert.Equal(
            ["sanction:us-entity-list-cn-mps-ifs->cn-mps-ifs", "commitment:us-lifts-institute-sanction->cn-mps-ifs", "commitment:cn-cracks-down-on-exporters->cn-fentanyl-exporters"],
            dot.Edges.Where(e => e.IsHighlighted).Select(e => e.Attributes["id"]));
        Assert.All(dot.Edges.Where(e => e.IsHighlighted), e => Assert.Equal("#d62728", e.Attributes["color"]));
    }

    [Fact]
    public void Seed_draws_reported_claims_and_the_unconfirmed_agreement_dashed_and_the_official_listing_solid()
    {
        var dot = DotText.Read(DotDiagram.Write(Seed));

        Assert.False(dot.EdgeWithId("sanction:us-entity-list-cn-mps-ifs->cn-mps-ifs").IsDashed);
        Assert.True(dot.EdgeWithId("sanction:us-treasury-fentanyl-2023->cn-treasury-designated-people").IsDashed);
        Assert.All(dot.Edges.Where(e => e.Attributes["id"].StartsWith("demand:", StringComparison.Ordinal)), e => Assert.True(e.IsDashed));
        Assert.All(dot.Edges.Where(e => e.Attributes["id"].StartsWith("commitment:", StringComparison.Ordinal)), e => Assert.True(e.IsDashed));
    }

    [Fact]
    public void A_confirmed_agreement_and_unattributed_claims_are_solid_and_a_reported_one_dashed()
    {
        var dot = DotText.Read(DotDiagram.Write(TinyCase.Document()));

        Assert.False(dot.EdgeWithId("commitment:north-lifts->south-lab").IsDashed);
        Assert.False(dot.EdgeWithId("demand:south-asks-lifting->north").IsDashed);
        Assert.True(dot.EdgeWithId("demand:north-asks-crackdown->south").IsDashed);

        var unconfirmed = DotText.Read(DotDiagram.Write(TinyCase.Document(c => c with { Agreements = [TinyCase.DealAgreement with { Confirmation = Confirmation.Unconfirmed }] })));
        Assert.True(unconfirmed.EdgeWithId("commitment:north-lifts->south-lab").IsDashed);
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
        Assert.Contains($"\"end\" [label={Quoted}, shape=box, style=bold];", text, StringComparison.Ordinal);
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
