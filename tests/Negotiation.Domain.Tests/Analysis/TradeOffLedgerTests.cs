using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Tests.Scenarios;
using static Negotiation.Domain.Tests.Analysis.TinyCase;

namespace Negotiation.Domain.Tests.Analysis;

public class TradeOffLedgerTests
{
    private static readonly NegotiationDocument Seed = SeedScenario.Build();

    [Fact]
    public void Seed_the_us_gives_the_lifting_of_the_institute_sanction_and_gets_the_crackdown()
    {
        var us = TradeOffLedger.Of(Seed, SeedScenario.FentanylDeal).For(SeedScenario.UnitedStates);

        Assert.Equal([SeedScenario.UsLiftsInstituteSanction], us.Commitments.Select(c => c.Id));
        Assert.Equal([SeedScenario.InstituteListing], us.SanctionsLifted.Select(s => s.Id));
        Assert.Empty(us.DemandsDropped);
        Assert.Equal([SeedScenario.ChinaCracksDown], us.CommitmentsReceived.Select(c => c.Id));
        Assert.Equal([SeedScenario.UsAsksCrackdown], us.DemandsMet.Select(d => d.Id));
    }

    [Fact]
    public void Seed_china_gives_the_crackdown_and_gets_the_lifting()
    {
        var china = TradeOffLedger.Of(Seed, SeedScenario.FentanylDeal).For(SeedScenario.China);

        Assert.Equal([SeedScenario.ChinaCracksDown], china.Commitments.Select(c => c.Id));
        Assert.Empty(china.SanctionsLifted);
        Assert.Empty(china.DemandsDropped);
        Assert.Equal([SeedScenario.UsLiftsInstituteSanction], china.CommitmentsReceived.Select(c => c.Id));
        Assert.Equal([SeedScenario.ChinaAsksLifting], china.DemandsMet.Select(d => d.Id));
    }

    [Fact]
    public void Seed_ledger_shows_the_mutual_quid_pro_quo_and_who_opposes_it()
    {
        var ledger = TradeOffLedger.Of(Seed, SeedScenario.FentanylDeal);

        Assert.Equal([SeedScenario.UnitedStates, SeedScenario.China], ledger.Parties.Select(p => p.Party));
        var pair = Assert.Single(ledger.QuidProQuos);
        Assert.Equal(SeedScenario.UsLiftsInstituteSanction, pair.Gives.Id);
        Assert.Equal(SeedScenario.ChinaCracksDown, pair.InReturnFor.Id);
        Assert.True(pair.IsMutual);
        Assert.Equal("us: us-lifts-institute-sanction for cn: cn-cracks-down-on-exporters (mutual)", pair.ToString());
        Assert.Equal([SeedScenario.HumanRightsGroups, SeedScenario.HouseChinaCommittee], ledger.Stakeholders.Opponents);
        Assert.Empty(ledger.Stakeholders.Supporters);
    }

    [Fact]
    public void Each_side_of_the_small_case_gives_what_the_other_gets()
    {
        var ledger = TradeOffLedger.Of(Document(), Deal);
        var north = ledger.For(North);
        var south = ledger.For(South);

        Assert.Equal([Lift], north.Commitments);
        Assert.Equal([Listing], north.SanctionsLifted);
        Assert.Equal([Crackdown], north.CommitmentsReceived);
        Assert.Equal([CrackdownDemand], north.DemandsMet);
        Assert.Equal([Crackdown], south.Commitments);
        Assert.Empty(south.SanctionsLifted);
        Assert.Equal([Lift], south.CommitmentsReceived);
        Assert.Equal([LiftingDemand], south.DemandsMet);
        Assert.False(north.GivesNothing);
        Assert.False(south.GetsNothing);
    }

    [Fact]
    public void A_lift_aimed_at_a_body_under_a_party_is_received_by_that_party_even_when_it_meets_no_demand()
    {
        var document = Document(c => c with { Agreements = [DealAgreement with { Commitments = [Lift with { Fulfils = default }, Crackdown] }] });

        var south = TradeOffLedger.Of(document, Deal).For(South);

        Assert.Equal([NorthLifts], south.CommitmentsReceived.Select(c => c.Id));
        Assert.Empty(south.DemandsMet);
    }

    [Fact]
    public void A_demand_made_by_a_body_is_met_for_the_party_above_it()
    {
        var document = Document(c => c with { Demands = [LiftingDemand, CrackdownDemand with { From = NorthTreasury }] });

        var north = TradeOffLedger.Of(document, Deal).For(North);

        Assert.Equal([NorthAsksCrackdown], north.DemandsMet.Select(d => d.Id));
        Assert.Equal([SouthCracksDown], north.CommitmentsReceived.Select(c => c.Id));
    }

    [Fact]
    public void A_withdrawn_demand_that_names_the_deal_is_dropped_and_others_are_not()
    {
        var release = new PolicyAction(ActionKind.Release, "Release the detained traders.");
        var dropped = new Demand(new DemandId("north-drops-release"), North, South, release, Trade, DemandStatus.Withdrawn, inExchangeFor: [NorthLifts]);
        var droppedByAnswer = new Demand(
            new DemandId("north-drops-audit"), NorthTreasury, South, new PolicyAction(ActionKind.Other, "Open the lab to auditors."), Trade, DemandStatus.Withdrawn,
            response: new DemandResponse("Withdrawn for the deal.", [Deal]));
        var withdrawnElsewhere = new Demand(new DemandId("north-gave-up"), North, South, release, Trade, DemandStatus.Withdrawn);
        var stillMade = new Demand(new DemandId("north-still-asks"), North, South, release, Trade, DemandStatus.Made, inExchangeFor: [Deal]);
        var document = Document(c => c with { Demands = c.Demands.Add(dropped).Add(droppedByAnswer).Add(withdrawnElsewhere).Add(stillMade) });

        var ledger = TradeOffLedger.Of(document, Deal);

        Assert.Equal([dropped, droppedByAnswer], ledger.For(North).DemandsDropped);
        Assert.Empty(ledger.For(South).DemandsDropped);
    }

    [Fact]
    public void A_one_way_condition_is_a_quid_pro_quo_that_is_not_mutual()
    {
        var document = Document(c => c with { Agreements = [DealAgreement with { Commitments = [Lift, Crackdown with { ConditionalOn = default }] }] });

        var pair = Assert.Single(TradeOffLedger.Of(document, Deal).QuidProQuos);

        Assert.Equal(Lift, pair.Gives);
        Assert.Equal(North, pair.Giver);
        Assert.Equal(South, pair.Receiver);
        Assert.False(pair.IsMutual);
    }

    [Fact]
    public void A_party_gets_the_commitment_its_own_is_conditional_on_even_when_it_meets_no_demand()
    {
        // Mutual pledges that meet no recorded demand and name no target: each side still gets the other's pledge,
        // so the ledger never says "gets nothing" beside a quid pro quo.
        var northPledge = new Commitment(new CommitmentId("north-pledge"), North, new PolicyAction(ActionKind.Refrain, "No tests."), conditionalOn: [new CommitmentId("south-pledge")]);
        var southPledge = new Commitment(new CommitmentId("south-pledge"), South, new PolicyAction(ActionKind.Refrain, "No tests."), conditionalOn: [new CommitmentId("north-pledge")]);
        var document = Document(c => c with { Agreements = [DealAgreement with { Commitments = [northPledge, southPledge] }] });

        var ledger = TradeOffLedger.Of(document, Deal);

        Assert.Equal([southPledge], ledger.For(North).CommitmentsReceived);
        Assert.Equal([northPledge], ledger.For(South).CommitmentsReceived);
        Assert.True(Assert.Single(ledger.QuidProQuos).IsMutual);
    }

    [Fact]
    public void Commitments_without_conditions_make_no_quid_pro_quo()
    {
        var document = Document(c => c with { Agreements = [DealAgreement with { Commitments = [Lift with { ConditionalOn = default }, Crackdown with { ConditionalOn = default }] }] });

        Assert.Empty(TradeOffLedger.Of(document, Deal).QuidProQuos);
    }

    [Fact]
    public void A_party_that_commits_to_nothing_and_is_owed_nothing_gives_and_gets_nothing()
    {
        var document = Document(c => c with { Agreements = [DealAgreement with { Parties = [North, South, Ngo] }] });

        var ngo = TradeOffLedger.Of(document, Deal).For(Ngo);

        Assert.True(ngo.GivesNothing);
        Assert.True(ngo.GetsNothing);
    }

    [Fact]
    public void Equal_documents_give_equal_ledgers()
    {
        var one = TradeOffLedger.Of(Document(), Deal);
        var other = TradeOffLedger.Of(Document(), Deal);

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, TradeOffLedger.Of(Document(c => c with { Stances = default }), Deal));
    }

    [Fact]
    public void An_unknown_agreement_or_party_is_a_programmer_error()
    {
        var unknown = Assert.Throws<ArgumentException>(() => TradeOffLedger.Of(Document(), new AgreementId("no-such-deal")));
        Assert.Equal(("agreement", "The document has no agreement 'no-such-deal'. (Parameter 'agreement')"), (unknown.ParamName, unknown.Message));
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => TradeOffLedger.Of(Document(), default)).ParamName);
        var outsider = Assert.Throws<ArgumentException>(() => TradeOffLedger.Of(Document(), Deal).For(Ngo));
        Assert.Equal(("party", "'ngo' is not a party to agreement 'deal'. (Parameter 'party')"), (outsider.ParamName, outsider.Message));
        Assert.Throws<ArgumentNullException>(() => TradeOffLedger.Of(null!, Deal));
    }
}
