using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Stances;
using Negotiation.Domain.Tests.Scenarios;
using static Negotiation.Domain.Tests.Scenarios.SeedScenario;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>The questions domain.md asks of the seed case, answered by the document built in code.</summary>
public class SeedScenarioQueryTests
{
    private static readonly NegotiationDocument Document = SeedScenario.Build();

    [Fact]
    public void Carries_every_kind_of_record_of_the_case()
    {
        Assert.Equal(21, Document.Parties.Count);
        Assert.Equal(9, Document.Issues.Count);
        Assert.Equal(4, Document.Demands.Count);
        Assert.Equal(2, Document.Sanctions.Count);
        Assert.Equal(3, Document.Agreements.Count);
        Assert.Equal(6, Document.Stances.Count);
        Assert.Equal(9, Document.Events.Count);
        Assert.Equal(4, Document.Sources.Count);
    }

    [Fact]
    public void China_demands_of_the_US_that_it_lift_the_institute_sanction_in_exchange_for_the_crackdown()
    {
        var demand = Assert.Single(Document.DemandsBetween(China, UnitedStates));
        Assert.Equal(ChinaAsksLifting, demand.Id);
        Assert.Equal(ActionKind.LiftSanction, demand.Action.Kind);
        Assert.Equal([InstituteListing], demand.Action.Sanctions);
        Assert.Equal([(Reference)UsAsksCrackdown], demand.InExchangeFor);
        Assert.Equal([ChinaAsksLifting], Document.DemandsBy(China).Select(d => d.Id));
        Assert.Equal([UsAsksCrackdown, UsAskedIngredientRestrictions, UsWantsMilitaryTies], Document.DemandsOf(China).Select(d => d.Id));
    }

    [Fact]
    public void Sanctions_on_the_ministry_include_those_on_the_institute_under_it()
    {
        var sanction = Assert.Single(Document.SanctionsTargeting(PublicSecurityMinistry));
        Assert.Equal(InstituteListing, sanction.Id);
        Assert.Empty(Document.SanctionsTargeting(PublicSecurityMinistry, includeSubordinates: false));
        // The Treasury's targets are in China but not bodies of its state: subordination follows parent links, not countries.
        Assert.Equal([InstituteListing], Document.SanctionsTargeting(China).Select(s => s.Id));
        Assert.Equal([PublicSecurityMinistry, China], Document.AncestorsOf(ForensicInstitute));
        Assert.Equal([InstituteListing], Document.SanctionsImposedBy(UnitedStates).Where(s => s.Targets.Contains(ForensicInstitute)).Select(s => s.Id));
    }

    [Fact]
    public void The_reported_agreement_commits_each_side_to_what_the_other_asked()
    {
        var commitments = Document.CommitmentsByParty(FentanylDeal);
        var us = Assert.Single(commitments[UnitedStates]);
        var cn = Assert.Single(commitments[China]);
        Assert.Equal(ActionKind.LiftSanction, us.Action.Kind);
        Assert.Equal([InstituteListing], us.Action.Sanctions);
        Assert.Equal([ChinaAsksLifting], us.Fulfils);
        Assert.Equal(ActionKind.Enforce, cn.Action.Kind);
        Assert.Equal([FentanylExporters], cn.Action.Targets);
        Assert.Equal([UsAsksCrackdown], cn.Fulfils);

        // The linkage: each commitment is conditional on the other's.
        Assert.Equal([ChinaCracksDown], us.ConditionalOn);
        Assert.Equal([UsLiftsInstituteSanction], cn.ConditionalOn);
        Assert.Equal([InstituteListing], Document.SanctionsLiftedBy(FentanylDeal).Select(s => s.Id));
    }

    [Fact]
    public void Human_rights_groups_and_the_House_committee_oppose_the_deal()
    {
        Assert.Equal([HumanRightsGroups, HouseChinaCommittee], Document.OpponentsOf(FentanylDeal).Select(p => p.Id));
        Assert.Empty(Document.StancesOn(FentanylDeal, StancePosition.Support));
        var groups = Assert.IsType<Group>(Document.Find(HumanRightsGroups));
        Assert.Equal(GroupType.Advocacy, groups.Type);
    }

    [Fact]
    public void The_agreement_is_reported_by_Bloomberg_and_not_confirmed()
    {
        var deal = Document.Find(FentanylDeal)!;
        Assert.Equal(AgreementStatus.Reported, deal.Status);
        Assert.Equal(Confirmation.Unconfirmed, deal.Confirmation);
        Assert.False(deal.IsActionable);
        Assert.Equal(Confidence.Reported, deal.Attribution!.Confidence);
        Assert.Contains(Bloomberg, deal.Attribution.Sources);
        Assert.Equal("Bloomberg", Document.Find(deal.Attribution.Sources[0])!.Publisher);
        Assert.Equal("2023-11-15", deal.Date.ToString());
    }

    [Fact]
    public void Beijing_refused_the_ingredient_restrictions_blaming_the_institute_sanction()
    {
        var refused = Document.Find(UsAskedIngredientRestrictions)!;
        Assert.Equal(DemandStatus.Rejected, refused.Status);
        Assert.Equal([(Reference)InstituteListing], refused.Response!.Grounds);
    }

    [Fact]
    public void The_timeline_runs_from_2017_to_the_APEC_meeting()
    {
        Assert.Equal(
            [XiLastUsVisit, InstituteDesignated, LastInPersonMeeting, ChinaLimitsChemicalExports, BalloonShotDown, BlinkenTrip, TreasuryDesignations, HouseCommitteeLetter, ApecMeeting],
            Document.Timeline().Select(e => e.Id));
    }

    [Fact]
    public void States_carry_identifiers_for_cross_referencing()
    {
        var china = Document.Find(China)!;
        Assert.Equal("wikidata:Q148", Assert.Single(china.ExternalIds).ToString());
    }

    [Fact]
    public void The_institute_belongs_to_the_ministry_which_belongs_to_China()
    {
        var institute = Assert.IsType<GovernmentBody>(Document.Find(ForensicInstitute));
        Assert.Equal(PublicSecurityMinistry, institute.Parent);
        Assert.Equal(GovernmentBodyType.Institute, institute.Type);
        Assert.Equal([PublicSecurityMinistry, ForensicInstitute], Document.SubordinatesOf(China).Where(p => p.Value.StartsWith("cn-mps", StringComparison.Ordinal)));
    }
}
