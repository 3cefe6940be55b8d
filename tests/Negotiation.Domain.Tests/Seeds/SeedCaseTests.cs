using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Seeds;

/// <summary>
/// The questions of the seed case, asked of the committed JSON document read through the public API (not of the
/// scenario built in code), with ids as a user would type them.
/// </summary>
public class SeedCaseTests
{
    private static readonly NegotiationDocument Seed = NegotiationJson.ReadOrThrow(SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023));
    private static readonly AgreementId Deal = new("us-cn-fentanyl-deal");

    [Fact]
    public void The_reported_agreement_would_lift_the_institute_s_entity_listing()
    {
        var sanction = Assert.Single(Seed.SanctionsLiftedBy(Deal));
        Assert.Equal("us-entity-list-cn-mps-ifs", sanction.Id.Value);
        Assert.Equal("Entity List", sanction.Program);
        Assert.Equal([SanctionMeasure.ExportControl], sanction.Measures);
        Assert.Equal("Institute of Forensic Science of China", Seed.Find(Assert.Single(sanction.Targets))!.Name);
        Assert.Equal("2020-05", sanction.ListingDate.ToString());
        Assert.Equal(SanctionStatus.Active, sanction.Status);
    }

    [Fact]
    public void Each_side_commits_to_what_the_other_asked_each_conditional_on_the_other()
    {
        var byParty = Seed.CommitmentsByParty(Deal);
        var us = Assert.Single(byParty[new PartyId("us")]);
        var cn = Assert.Single(byParty[new PartyId("cn")]);
        Assert.Equal(ActionKind.LiftSanction, us.Action.Kind);
        Assert.Equal(ActionKind.Enforce, cn.Action.Kind);
        Assert.Equal("cn-fentanyl-exporters", Assert.Single(cn.Action.Targets).Value);
        Assert.Equal([cn.Id], us.ConditionalOn);
        Assert.Equal([us.Id], cn.ConditionalOn);

        var tradeOff = Assert.Single(LinkageGraph.Of(Seed).TradeOffs, t => t.Contains(us.Id));
        Assert.True(tradeOff.Contains(cn.Id));
    }

    [Fact]
    public void Beijing_refused_to_extend_its_restrictions_to_the_ingredients_blaming_the_institute_sanction()
    {
        var refused = Assert.Single(Seed.DemandsOf(new PartyId("cn")), d => d.Status == DemandStatus.Rejected);
        Assert.Equal("us-asks-ingredient-restrictions", refused.Id.Value);
        Assert.Equal(ActionKind.RestrictExports, refused.Action.Kind);
        Assert.Equal([Reference.Parse("sanction:us-entity-list-cn-mps-ifs")], refused.Response!.Grounds);
        Assert.Contains("blaming the American sanctions", refused.Response.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Human_rights_groups_and_the_House_committee_oppose_the_deal()
    {
        Assert.Equal(["Human rights groups", "House Select Committee on the Chinese Communist Party"], Seed.OpponentsOf(Deal).Select(p => p.Name));
        var committee = Assert.Single(Seed.StancesOn(Deal), s => s.Party.Value == "us-house-ccp-committee");
        Assert.Contains("negligible benefit", committee.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deal_is_reported_by_Bloomberg_and_not_confirmed_by_the_White_House()
    {
        var deal = Seed.Find(Deal)!;
        Assert.Equal(AgreementStatus.Reported, deal.Status);
        Assert.Equal(Confirmation.Unconfirmed, deal.Confirmation);
        Assert.Equal(Confidence.Reported, deal.Attribution!.Confidence);
        Assert.Equal(["Bloomberg", "The Telegraph"], deal.Attribution.Sources.Select(s => Seed.Find(s)!.Publisher));
        Assert.Contains("not officially confirmed by the White House", deal.Attribution.Note, StringComparison.Ordinal);
        Assert.Equal("2023-11-15", deal.Date.ToString());
        Assert.Contains("San Francisco", deal.Venue, StringComparison.Ordinal);
    }

    [Fact]
    public void The_timeline_runs_from_Xi_s_2017_visit_to_the_APEC_meeting_in_order()
    {
        var timeline = Seed.Timeline();
        Assert.Equal(
            ["2017", "2020-05", "2022-11", "2023", "2023-02", "2023-06", "2023-11", "2023-11", "2023-11-15"],
            timeline.Select(e => e.Date.ToString()));
        Assert.Equal("xi-us-visit-2017", timeline[0].Id.Value);
        Assert.Equal("biden-xi-apec-2023", timeline[^1].Id.Value);
        Assert.Equal("San Francisco", timeline[^1].Place);
    }

    [Fact]
    public void Also_on_the_table_are_military_communication_and_an_AI_pledge()
    {
        Assert.Equal(
            ["us-cn-fentanyl-deal", "us-cn-military-communication", "us-cn-ai-nuclear-pledge"],
            Seed.AgreementsOf(new PartyId("us")).Select(a => a.Id.Value));
        Assert.All(Seed.Agreements.Skip(1), a => Assert.Equal(AgreementStatus.Proposed, a.Status));
    }
}
