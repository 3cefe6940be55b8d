using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// Issue 13, item 16: a coalition that is a party to an agreement lets its members commit, directly or through
/// coalitions in it. Their commitments are the coalition's in the agreement's ledger; anyone else's is still
/// <c>commitment-by-non-party</c>.
/// </summary>
public class CoalitionCommitmentTests
{
    private static readonly PartyId Bloc = new("bloc");
    private static readonly PartyId Benelux = new("benelux");
    private static readonly PartyId Germany = new("de");
    private static readonly PartyId Netherlands = new("nl");
    private static readonly PartyId Iran = new("ir");
    private static readonly PartyId Norway = new("no");
    private static readonly AgreementId Deal = new("deal");
    private static readonly CommitmentId GermanyUnfreezes = new("de-unfreezes");
    private static readonly CommitmentId NetherlandsInspects = new("nl-inspects");
    private static readonly CommitmentId IranCaps = new("ir-caps");
    private static readonly DemandId IranAsksBloc = new("ir-asks-bloc");

    /// <summary>A bloc (Germany, and Benelux, itself a coalition with the Netherlands) and Iran make a deal; Norway is in neither.</summary>
    private static NegotiationContent Content(params Commitment[] commitments) => new(
        Parties:
        [
            new State(Germany, "Germany", new CountryCode("DE")),
            new State(Netherlands, "Netherlands", new CountryCode("NL")),
            new State(Iran, "Iran", new CountryCode("IR")),
            new State(Norway, "Norway", new CountryCode("NO")),
            new Coalition(Benelux, "Benelux", [Netherlands]),
            new Coalition(Bloc, "The bloc", [Germany, Benelux]),
        ],
        Issues: [new Issue(new IssueId("nuclear"), "Nuclear programme", IssueCategory.Military)],
        Demands: [new Demand(IranAsksBloc, Iran, Bloc, new PolicyAction(ActionKind.Other, "Unfreeze the central bank's assets."), new IssueId("nuclear"))],
        Agreements: [new Agreement(Deal, "Deal", [Bloc, Iran], [.. commitments], AgreementStatus.Agreed)]);

    private static Commitment Unfreeze(PartyId by) => new(GermanyUnfreezes, by, new PolicyAction(ActionKind.Other, "Unfreeze the central bank's assets.", targets: [Iran]), conditionalOn: [IranCaps], fulfils: [IranAsksBloc]);

    private static readonly Commitment Inspect = new(NetherlandsInspects, Netherlands, new PolicyAction(ActionKind.Other, "Send inspectors."));

    private static readonly Commitment Cap = new(IranCaps, Iran, new PolicyAction(ActionKind.Other, "Cap enrichment."), conditionalOn: [GermanyUnfreezes]);

    private static NegotiationDocument Valid(NegotiationContent content)
        => NegotiationDocument.Create(new NegotiationId("bloc-deal"), "Bloc deal", content).Match(d => d, failure => throw new InvalidOperationException(failure.ToString()));

    [Fact]
    public void A_member_of_a_coalition_that_is_a_party_commits_directly_or_through_a_coalition_in_it()
    {
        var document = Valid(Content(Unfreeze(Germany), Inspect, Cap));

        Assert.Equal(3, document.Find(Deal)!.Commitments.Count);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(NegotiationJson.Write(document)));
    }

    [Fact]
    public void A_commitment_by_anyone_else_is_still_made_by_a_non_party()
    {
        // Norway is in no coalition that is a party, though it may be in one that is not.
        var stranger = new Commitment(new CommitmentId("no-helps"), Norway, new PolicyAction(ActionKind.Other, "Help."));
        var cap = Cap with { ConditionalOn = [] };
        var aCoalitionOfItsOwn = Content(cap, stranger) with { Parties = [.. Content().Parties, new Coalition(new PartyId("north"), "The north", [Norway])] };

        foreach (var content in new[] { Content(cap, stranger), aCoalitionOfItsOwn })
        {
            var error = Assert.Single(NegotiationDocument.Create(new NegotiationId("bloc-deal"), "Bloc deal", content).AsT1.Errors);
            Assert.Equal((ErrorCodes.CommitmentByNonParty, "$.agreements[0].commitments[1].by"), (error.Code, error.Path));
            Assert.Equal("'no' is not a party to agreement 'deal', nor a member of a coalition that is", error.Message);
        }
    }

    [Fact]
    public void A_member_s_commitments_are_its_coalition_s_unless_it_is_a_party_itself()
    {
        var document = Valid(Content(Unfreeze(Germany), Inspect, Cap));
        var byParty = document.CommitmentsByParty(Deal);

        Assert.Equal([Bloc, Iran], byParty.Keys);
        Assert.Equal([GermanyUnfreezes, NetherlandsInspects], byParty[Bloc].Select(c => c.Id));
        Assert.Equal([IranCaps], byParty[Iran].Select(c => c.Id));

        // Germany a party too: its commitment is its own.
        var alsoParty = Content(Unfreeze(Germany), Inspect, Cap);
        alsoParty = alsoParty with { Agreements = [alsoParty.Agreements[0] with { Parties = [Bloc, Iran, Germany] }] };
        var own = Valid(alsoParty).CommitmentsByParty(Deal);
        Assert.Equal([NetherlandsInspects], own[Bloc].Select(c => c.Id));
        Assert.Equal([GermanyUnfreezes], own[Germany].Select(c => c.Id));
    }

    [Fact]
    public void The_ledger_counts_a_member_s_commitment_as_given_by_its_coalition()
    {
        var ledger = TradeOffLedger.Of(Valid(Content(Unfreeze(Germany), Inspect, Cap)), Deal);

        var bloc = ledger.For(Bloc);
        var iran = ledger.For(Iran);
        Assert.Equal([GermanyUnfreezes, NetherlandsInspects], bloc.Commitments.Select(c => c.Id));
        Assert.Equal([IranCaps], bloc.CommitmentsReceived.Select(c => c.Id)); // Germany's unfreezing is conditional on it
        Assert.Equal([GermanyUnfreezes], iran.CommitmentsReceived.Select(c => c.Id));
        Assert.Equal([IranAsksBloc], iran.DemandsMet.Select(d => d.Id));
        var pair = Assert.Single(ledger.QuidProQuos);
        Assert.Equal((Germany, Iran, true), (pair.Giver, pair.Receiver, pair.IsMutual));
    }

    [Fact]
    public void A_member_s_commitment_is_drawn_towards_the_other_parties_not_towards_its_own_coalition()
    {
        var lines = MermaidDiagram.Write(Valid(Content(Unfreeze(Germany), Inspect, Cap))).Split('\n');

        // The Netherlands' inspection names no target: it points at the deal's other parties, which are Iran alone.
        var node = Assert.Single(lines, line => line.Contains("(\"Send inspectors<br/>", StringComparison.Ordinal)).Trim();
        var id = node[..node.IndexOf('(', StringComparison.Ordinal)];
        Assert.Contains($"  p_nl --> {id}", lines);
        Assert.Contains($"  {id} --> p_ir", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith($"  {id} ", StringComparison.Ordinal) && l.EndsWith(" p_bloc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_may_fulfil_a_demand_made_of_its_coalition()
    {
        // Germany's unfreezing fulfils Iran's demand of the bloc; a commitment by a state outside the bloc may not.
        Valid(Content(Unfreeze(Germany), Cap));

        var outsider = Content(Cap);
        outsider = outsider with { Agreements = [outsider.Agreements[0] with { Parties = [Bloc, Iran, Norway], Commitments = [Cap, Unfreeze(Norway)] }] };
        var error = Assert.Single(NegotiationDocument.Create(new NegotiationId("bloc-deal"), "Bloc deal", outsider).AsT1.Errors);
        Assert.Equal((ErrorCodes.FulfilmentByOtherParty, "$.agreements[0].commitments[1].fulfils[0]"), (error.Code, error.Path));
    }
}
