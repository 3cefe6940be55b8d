using Negotiation.Domain.Actions;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Tests.Scenarios;
using static Negotiation.Domain.Tests.Analysis.TinyCase;

namespace Negotiation.Domain.Tests.Analysis;

public class LinkageGraphTests
{
    [Fact]
    public void Seed_finds_the_sanctions_for_crackdown_cycle()
    {
        var graph = LinkageGraph.Of(SeedScenario.Build());

        var tradeOff = Assert.Single(graph.TradeOffs);
        Assert.Equal([(Reference)SeedScenario.UsLiftsInstituteSanction, SeedScenario.ChinaCracksDown], tradeOff.Members);
        Assert.Equal([SeedScenario.UnitedStates, SeedScenario.China], tradeOff.Sides.Select(s => s.Party));
        Assert.Equal([SeedScenario.InstituteListing], tradeOff.Sanctions);
        Assert.Equal("us gives commitment:us-lifts-institute-sanction; cn gives commitment:cn-cracks-down-on-exporters", tradeOff.ToString());
        Assert.All(tradeOff.Links, l => Assert.Equal(LinkKind.ConditionalOn, l.Kind));
        Assert.Equal(2, tradeOff.Links.Count);
    }

    [Fact]
    public void Seed_refusal_blamed_on_the_sanction_leads_to_the_trade_off_and_ends_at_the_crackdown_demand()
    {
        var graph = LinkageGraph.Of(SeedScenario.Build());

        var chain = graph.Follow(SeedScenario.UsAskedIngredientRestrictions);

        Assert.Equal(
            "demand:us-asks-ingredient-restrictions -[Grounds]-> sanction:us-entity-list-cn-mps-ifs",
            chain.Links[0].ToString());
        Assert.Equal([(Reference)SeedScenario.UsAsksCrackdown], chain.Ends);
        Assert.True(chain.ReachesCycle);
        Assert.Contains(new LinkageEdge(SeedScenario.InstituteListing, SeedScenario.UsLiftsInstituteSanction, LinkKind.LiftedBy), chain.Links);
        Assert.Contains(new LinkageEdge(SeedScenario.ChinaAsksLifting, SeedScenario.UsAsksCrackdown, LinkKind.InExchangeFor), chain.Links);
        Assert.Contains((Reference)SeedScenario.UsAskedIngredientRestrictions, graph.Roots);
    }

    [Fact]
    public void Every_kind_of_link_points_from_what_is_given_to_what_it_is_given_for()
    {
        var graph = LinkageGraph.Of(Document());

        Assert.Equal(
            [
                "demand:south-asks-lifting -[InExchangeFor]-> demand:north-asks-crackdown",
                "sanction:lab-listing -[LiftedBy]-> demand:south-asks-lifting",
                "commitment:north-lifts -[ConditionalOn]-> commitment:south-cracks-down",
                "commitment:north-lifts -[Fulfils]-> demand:south-asks-lifting",
                "sanction:lab-listing -[LiftedBy]-> commitment:north-lifts",
                "commitment:south-cracks-down -[ConditionalOn]-> commitment:north-lifts",
                "commitment:south-cracks-down -[Fulfils]-> demand:north-asks-crackdown",
            ],
            graph.Edges.Select(e => e.ToString()));
        Assert.Equal(
            ["demand:south-asks-lifting", "demand:north-asks-crackdown", "commitment:north-lifts", "commitment:south-cracks-down", "sanction:lab-listing"],
            graph.Nodes.Select(n => n.ToString()));
        Assert.Equal(2, graph.EdgesFrom(LabListing).Count);
        Assert.Empty(graph.EdgesFrom(NorthAsksCrackdown));
    }

    [Fact]
    public void A_cycle_through_demands_and_a_sanction_credits_the_lifting_to_the_state_above_the_authority()
    {
        // North asks for the crackdown in exchange for the listing's lifting; no commitment is conditional.
        var document = Document(c => c with
        {
            Demands = [LiftingDemand, CrackdownDemand with { InExchangeFor = [LabListing] }],
            Agreements = [DealAgreement with { Commitments = [Lift with { ConditionalOn = default }, Crackdown with { ConditionalOn = default }] }],
        });

        var tradeOff = Assert.Single(LinkageGraph.Of(document).TradeOffs);

        Assert.Equal(
            ["demand:south-asks-lifting", "demand:north-asks-crackdown", "commitment:north-lifts", "sanction:lab-listing"],
            tradeOff.Members.Select(m => m.ToString()));
        Assert.Equal("north gives demand:south-asks-lifting, commitment:north-lifts, sanction:lab-listing; south gives demand:north-asks-crackdown", tradeOff.ToString());
        Assert.Equal([LabListing], tradeOff.Sanctions);
        Assert.True(tradeOff.Contains(LabListing));
        Assert.False(tradeOff.Contains(SouthCracksDown));
    }

    [Fact]
    public void Chains_without_cycles_are_followed_to_their_ends()
    {
        var document = Document(c => c with
        {
            Demands = [LiftingDemand with { InExchangeFor = default }, CrackdownDemand],
            Agreements = [DealAgreement with { Commitments = [Lift with { ConditionalOn = default }, Crackdown with { ConditionalOn = default }] }],
        });
        var graph = LinkageGraph.Of(document);

        Assert.Empty(graph.TradeOffs);
        Assert.False(graph.IsOnCycle(NorthLifts));
        var chain = graph.Follow(LabListing);
        Assert.Equal(
            ["sanction:lab-listing -[LiftedBy]-> demand:south-asks-lifting", "sanction:lab-listing -[LiftedBy]-> commitment:north-lifts", "commitment:north-lifts -[Fulfils]-> demand:south-asks-lifting"],
            chain.Links.Select(l => l.ToString()));
        Assert.Equal([(Reference)SouthAsksLifting], chain.Ends);
        Assert.False(chain.ReachesCycle);
        Assert.Equal([(Reference)SouthCracksDown, LabListing], graph.Roots);
    }

    [Fact]
    public void A_long_chain_ends_at_its_last_record_and_a_record_outside_the_graph_is_its_own_end()
    {
        var graph = LinkageGraph.Of(ChainOf(50, closed: false));

        var chain = graph.Follow(new DemandId("d-0"));
        Assert.Equal(49, chain.Links.Count);
        Assert.Equal([(Reference)new DemandId("d-49")], chain.Ends);
        Assert.Equal([(Reference)new DemandId("d-0")], graph.Roots);

        var outside = graph.Follow(new PartyId("a"));
        Assert.Empty(outside.Links);
        Assert.Equal([(Reference)new PartyId("a")], outside.Ends);
    }

    [Fact]
    public void A_cycle_of_a_hundred_thousand_demands_is_found_without_overflowing_the_stack()
    {
        const int Length = 100_000;
        var graph = LinkageGraph.Of(ChainOf(Length, closed: true));

        var tradeOff = Assert.Single(graph.TradeOffs);
        Assert.Equal(Length, tradeOff.Members.Count);
        Assert.Equal(Length, tradeOff.Links.Count);
        Assert.Equal([new PartyId("b"), new PartyId("a")], tradeOff.Sides.Select(s => s.Party));
        Assert.Empty(graph.Follow(new DemandId("d-0")).Ends);
    }

    [Fact]
    public void A_demand_in_exchange_for_itself_is_refused_by_the_document()
    {
        // A cycle of one is no trade-off: the document rules refuse it before any analysis sees it.
        var self = new DemandId("self");
        var content = TinyCase.Document().Content;
        var result = NegotiationDocument.Create(new NegotiationId("tiny"), "Tiny", content with { Demands = content.Demands.Add(new Demand(self, North, South, new PolicyAction(ActionKind.Other, "Anything."), Trade, inExchangeFor: [self])) });

        var error = Assert.Single(result.AsT1.Errors);
        Assert.Equal((ErrorCodes.SelfCondition, "$.demands[2].inExchangeFor[0]"), (error.Code, error.Path));
    }

    [Fact]
    public void Links_to_records_of_other_kinds_add_them_as_ends()
    {
        var document = Document(c => c with { Demands = [LiftingDemand with { InExchangeFor = [NorthAsksCrackdown, Trade, South] }, CrackdownDemand] });

        var graph = LinkageGraph.Of(document);

        Assert.Equal(["issue:trade", "party:south"], graph.Nodes.Skip(5).Select(n => n.ToString()));
        Assert.Equal([(Reference)NorthAsksCrackdown, Trade, South], graph.Follow(SouthAsksLifting).Ends);
    }

    [Fact]
    public void Graphs_are_deterministic_and_value_equal()
    {
        var document = DocumentGenerator.Generate(300);

        var one = LinkageGraph.Of(document);
        var other = LinkageGraph.Of(DocumentGenerator.Generate(300));

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, LinkageGraph.Of(Document()));
        // The generator makes every agreement a pair of mutually conditional commitments: each is a trade-off.
        Assert.True(one.TradeOffs.Count >= document.Agreements.Count);
        Assert.Throws<ArgumentNullException>(() => LinkageGraph.Of(null!));
    }

    /// <summary>Demands d-0 … d-(n-1) between two states, each in exchange for the next; the last for the first when closed.</summary>
    private static NegotiationDocument ChainOf(int length, bool closed)
    {
        var a = new PartyId("a");
        var b = new PartyId("b");
        var issue = new IssueId("i");
        var action = new PolicyAction(ActionKind.Other, "Something.");
        var demands = new Demand[length];
        for (var i = 0; i < length; i++)
        {
            var next = i + 1 < length ? new DemandId($"d-{i + 1}") : closed ? new DemandId("d-0") : (DemandId?)null;
            demands[i] = new Demand(new DemandId($"d-{i}"), i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, action, issue, inExchangeFor: next is { } n ? [n] : default);
        }

        return NegotiationDocument.Create(
            new NegotiationId("chain"),
            "Chain",
            new NegotiationContent(Parties: [new State(a, "A", new CountryCode("AT")), new State(b, "B", new CountryCode("BE"))], Issues: [new Issue(issue, "I", IssueCategory.Other)], Demands: demands))
            .AsT0;
    }
}
