using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.LegalInstruments;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using static Negotiation.Domain.Tests.Seeds.SeedCase;

namespace Negotiation.Domain.Tests.Seeds;

/// <summary>
/// The facts of seeds/us-cuba-2014.json (issue 14), each asserted through the public API; the ids CU-1 ... CU-11 are
/// those of the fact table in seeds/README.md.
/// </summary>
public class UsCubaSeedTests
{
    private static readonly NegotiationDocument Seed = Read(SeedFiles.UsCuba2014);
    private static readonly AgreementId Deal = new("us-cuba-2014");
    private static readonly SanctionId Embargo = new("us-cuba-embargo");
    private static readonly SanctionId Designation = new("us-sst-designation-cuba");
    private static readonly PartyId Us = new("us");
    private static readonly PartyId Cu = new("cu");

    private static Agreement Agreement => Seed.Find(Deal)!;

    private static Commitment Commitment(string id) => Seed.Find(new CommitmentId(id)) ?? throw new InvalidOperationException($"no commitment {id}");

    private static Event Event(string id) => Seed.Find(new EventId(id)) ?? throw new InvalidOperationException($"no event {id}");

    [Fact]
    public void The_seed_is_valid_and_canonical()
    {
        var document = AssertValidAndCanonical(SeedFiles.UsCuba2014);
        Assert.Equal("us-cuba-2014", document.Id.Value);
        Assert.Equal([Deal], document.Agreements.Select(a => a.Id));
    }

    [Fact]
    public void CU_1_simultaneous_announcements_on_2014_12_17_by_Presidents_Obama_and_Raul_Castro()
    {
        var announcements = Event("announcements-2014");
        Assert.Equal((EventKind.Statement, D("2014-12-17")), (announcements.Kind, announcements.Date));
        var presidents = announcements.Parties.Select(p => Assert.IsType<Person>(Seed.Find(p))).ToList();
        Assert.Equal([("President of the United States", Us), ("President of Cuba", Cu)], presidents.Select(p => (p.Positions[0].Office, p.Positions[0].Body!.Value)));
        Assert.Equal(D("2014-12-17"), Agreement.Date);
        Assert.Equal([Us, Cu], Agreement.Parties);
        AssertSourced(Seed, announcements.Attribution, Confidence.Confirmed, "c-bbc-53", "c-wh-factsheet");
    }

    [Fact]
    public void CU_2_after_secret_talks()
    {
        var talks = Event("secret-talks-2013-2014");
        Assert.Equal((EventKind.Meeting, D("2013-06"), D("2014-10")), (talks.Kind, talks.Date, talks.EndDate));
        Assert.True(talks.EndDate!.Value.IsBefore(Agreement.Date!.Value));
        Assert.Contains(Reference.Parse("agreement:us-cuba-2014"), talks.Related);
        AssertSourced(Seed, talks.Attribution, Confidence.Confirmed, "c-ldn-ap", "c-apdnews-xinhua");
    }

    [Fact]
    public void CU_3_hosted_by_Canada()
    {
        var host = Assert.Single(Seed.RolesIn(Deal, RoleKind.Host));
        Assert.Equal(new PartyId("ca"), host.Party);
        Assert.Equal("CA", Event("secret-talks-2013-2014").Country!.Value.Value);
        AssertSourced(Seed, host.Attribution, Confidence.Confirmed, "c-ldn-ap", "c-apdnews-xinhua");
    }

    [Fact]
    public void CU_4_facilitated_by_the_Vatican()
    {
        var facilitator = Assert.Single(Seed.RolesIn(Deal, RoleKind.Facilitator));
        Assert.Equal(new PartyId("va"), facilitator.Party);
        Assert.Equal("VA", Assert.IsType<State>(Seed.Find(facilitator.Party)).Country!.Value.Value);
        Assert.Equal(("VA", D("2014-10")), (Event("vatican-meeting-2014").Country!.Value.Value, Event("vatican-meeting-2014").Date));
        AssertSourced(Seed, facilitator.Attribution, Confidence.Confirmed, "c-ldn-ap", "c-ibtimes-uk");
    }

    [Fact]
    public void CU_5_Alan_Gross_released_on_humanitarian_grounds_beside_the_exchange()
    {
        var pledge = Assert.Single(Seed.PledgesBeside(Deal));
        Assert.Equal((Cu, ActionKind.Release), (pledge.By, pledge.Action.Kind));
        Assert.Equal([new PartyId("alan-gross")], pledge.Action.Targets);
        Assert.Equal(D("2014-12-17"), pledge.CompletedOn);
        Assert.DoesNotContain(Agreement.Commitments, c => c.Action.Targets.Contains(new PartyId("alan-gross")));
        AssertSourced(Seed, pledge.Attribution, Confidence.Confirmed, "c-abc-three", "c-apdnews-xinhua");
    }

    [Fact]
    public void CU_6_a_US_intelligence_asset_exchanged_for_three_Cubans()
    {
        var asset = Commitment("cu-frees-us-asset");
        var three = Commitment("us-frees-cuban-three");
        Assert.Equal((ActionKind.ExchangePrisoners, ActionKind.ExchangePrisoners), (asset.Action.Kind, three.Action.Kind));
        Assert.Equal([new PartyId("us-intelligence-asset")], asset.Action.Targets);
        Assert.Equal(["Gerardo Hernández Nordelo", "Ramón Labañino Salazar", "Antonio Guerrero Rodríguez"], three.Action.Targets.Select(t => Seed.Find(t)!.Name));
        Assert.Equal(3m, Assert.Single(three.Action.Terms).Amount);
        Assert.Equal([three.Id], asset.ConditionalOn);
        Assert.Equal([asset.Id], three.ConditionalOn);
        Assert.Equal(D("2014-12-17"), three.CompletedOn);
        AssertSourced(Seed, asset.Attribution, Confidence.Confirmed, "c-abc-three", "c-mcclatchy");
    }

    [Fact]
    public void CU_7_Cuba_releases_53_political_prisoners()
    {
        var release = Commitment("cu-releases-53-political-prisoners");
        Assert.Equal((Cu, ActionKind.Release), (release.By, release.Action.Kind));
        var count = Assert.Single(release.Action.Terms);
        Assert.Equal((Comparator.Exactly, 53m, QuantityUnit.Count), (count.Comparator, count.Amount, count.Unit));
        Assert.Equal(53, Assert.IsType<Group>(Seed.Find(Assert.Single(release.Action.Targets))).Size);
        Assert.Equal(D("2015-01-12"), release.CompletedOn);
        AssertSourced(Seed, release.Attribution, Confidence.Confirmed, "c-bbc-53", "c-cbs-53");
    }

    [Fact]
    public void CU_8_the_US_eases_travel_and_remittance_rules_in_force_2015_01_16()
    {
        var easing = Commitment("us-eases-travel-and-remittances");
        Assert.Equal(ActionKind.EaseRestrictions, easing.Action.Kind);
        Assert.Equal(["travel to Cuba in the 12 authorised categories, under general licences", "remittances to Cuba"], easing.Action.Items);
        var cap = Assert.Single(easing.Action.Terms);
        Assert.Equal((Comparator.AtMost, 2000m, "USD"), (cap.Comparator, cap.Amount, cap.Unit.CurrencyCode));
        Assert.Equal(D("2015-01-16"), easing.Start!.Date);
        Assert.Equal(PerformanceStatus.Pending, Seed.AsOf(D("2015-01-15")).StatusOf(easing.Id));
        Assert.Equal(PerformanceStatus.CarriedOut, Seed.AsOf(D("2015-01-16")).StatusOf(easing.Id));
        var rules = Seed.Find(Embargo)!.LegalInstruments.Where(l => l.Date == D("2015-01-16")).ToList();
        Assert.Equal(["80 FR 2291", "80 FR 2286"], rules.Select(r => r.Number));
        Assert.All(rules, r => Assert.Equal(LegalInstrumentKind.Regulation, r.Kind));
        AssertSourced(Seed, easing.Attribution, Confidence.Confirmed, "c-fr-2015-omb", "c-fr-bis-2016");
    }

    [Fact]
    public void CU_9_Cuba_removed_from_the_list_of_state_sponsors_of_terrorism_on_2015_05_29()
    {
        var designation = Seed.Find(Designation)!;
        Assert.Equal(SanctionStatus.Lifted, designation.Status);
        Assert.Equal(D("2015-05-29"), designation.EndDate);
        Assert.Equal(Reference.Parse("event:sst-designation-rescinded-2015"), designation.EndedBy);
        Assert.Equal(SanctionStatus.Active, Seed.AsOf(D("2015-05-28")).StatusOf(Designation));
        Assert.Equal(SanctionStatus.Lifted, Seed.AsOf(D("2015-05-29")).StatusOf(Designation));
        Assert.Equal(new PartyId("us-state"), designation.Authority);
        Assert.Equal([Designation], Commitment("us-reviews-sst-designation").Action.Sanctions);
        Assert.Equal([Cu], Commitment("us-reviews-sst-designation").Action.Beneficiaries);
        AssertSourced(Seed, designation.History[^1].Attribution, Confidence.Confirmed, "c-dawn", "c-mrctv", "c-bis-sst");
    }

    [Fact]
    public void CU_10_embassies_reopen_on_2015_07_20()
    {
        foreach (var (by, other) in new[] { (Us, Cu), (Cu, Us) })
        {
            var relations = Assert.Single(Seed.CommitmentsByParty(Deal)[by], c => c.Action.Kind == ActionKind.EstablishRelations);
            Assert.Equal([other], relations.Action.Targets);
            Assert.Equal(D("2015-07-20"), relations.CompletedOn);
            AssertSourced(Seed, relations.Attribution, Confidence.Confirmed, "c-upi", "c-paulhastings");
        }

        Assert.Equal(D("2015-07-20"), Event("relations-restored-2015").Date);
    }

    [Fact]
    public void CU_11_the_embargo_stays_since_only_Congress_can_lift_it()
    {
        var embargo = Seed.Find(Embargo)!;
        Assert.Equal(new PartyId("us-congress"), embargo.Authority);
        Assert.Equal(GovernmentBodyType.Legislature, Assert.IsType<GovernmentBody>(Seed.Find(embargo.Authority)).Type);
        var statute = Assert.Single(embargo.LegalInstruments, l => l.Kind == LegalInstrumentKind.Statute);
        Assert.Equal(("Public Law 104-114", D("1996-03-12")), (statute.Number, statute.Date));
        Assert.True(embargo.IsActive);
        Assert.Empty(Seed.SanctionsLiftedBy(Deal));
        Assert.Equal(SanctionStatus.Active, Seed.AsOf(D("2015-12-31")).StatusOf(Embargo));
        AssertSourced(Seed, embargo.Attribution, Confidence.Confirmed, "c-state-libertad", "c-cubajournal-crs", "c-crs-r43888");
    }

    [Fact]
    public void As_of_the_end_of_2014_the_prisoners_are_exchanged_and_the_rest_pending()
    {
        var view = Seed.AsOf(D("2014-12-31"));
        Assert.Equal(["cu-frees-us-asset", "us-frees-cuban-three"], view.CommitmentsWith(PerformanceStatus.CarriedOut).Select(c => c.Id.Value));
        Assert.Equal(PerformanceStatus.CarriedOut, view.StatusOf(new PledgeId("cu-releases-alan-gross")));
        Assert.Equal(PerformanceStatus.Pending, view.StatusOf(new CommitmentId("cu-releases-53-political-prisoners")));
        Assert.Equal([Embargo, Designation], view.SanctionsWith(SanctionStatus.Active).Select(s => s.Id));
    }

    [Fact]
    public void As_of_June_2015_the_rules_are_eased_and_the_designation_lifted_but_not_the_embargo()
    {
        var view = Seed.AsOf(D("2015-06-01"));
        Assert.Equal(
            ["cu-frees-us-asset", "us-frees-cuban-three", "cu-releases-53-political-prisoners", "us-eases-travel-and-remittances", "us-reviews-sst-designation"],
            view.CommitmentsWith(PerformanceStatus.CarriedOut).Select(c => c.Id.Value));
        Assert.Equal([Designation], view.SanctionsWith(SanctionStatus.Lifted).Select(s => s.Id));
        Assert.Equal([Embargo], view.SanctionsWith(SanctionStatus.Active).Select(s => s.Id));
        Assert.Equal(["us-restores-relations", "cu-restores-relations"], view.CommitmentsWith(PerformanceStatus.Pending).Select(c => c.Id.Value));
    }

    [Fact]
    public void As_of_August_2015_relations_are_restored_and_the_embargo_still_stands()
    {
        var view = Seed.AsOf(D("2015-08-01"));
        Assert.Empty(view.CommitmentsWith(PerformanceStatus.Pending));
        Assert.Equal(SanctionStatus.Active, view.StatusOf(Embargo));
        Assert.Equal("relations-restored-2015", view.Events[^1].Id.Value);
        Assert.Equal(8, view.Events.Count);
    }
}
