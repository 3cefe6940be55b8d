using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.References;
using Negotiation.Domain.Schedules;
using static Negotiation.Domain.Tests.Seeds.SeedCase;

namespace Negotiation.Domain.Tests.Seeds;

/// <summary>
/// The facts of seeds/new-start-2010.json (issue 14), each asserted through the public API; the ids NS-1 ... NS-16 are
/// those of the fact table in seeds/README.md.
/// </summary>
public class NewStartSeedTests
{
    private static readonly NegotiationDocument Seed = Read(SeedFiles.NewStart2010);
    private static readonly AgreementId Treaty = new("new-start");
    private static readonly PartyId Us = new("us");
    private static readonly PartyId Ru = new("ru");

    private static Agreement Agreement => Seed.Find(Treaty)!;

    private static Commitment Commitment(string id) => Seed.Find(new CommitmentId(id)) ?? throw new InvalidOperationException($"no commitment {id}");

    private static Event Event(string id) => Seed.Find(new EventId(id)) ?? throw new InvalidOperationException($"no event {id}");

    [Fact]
    public void The_seed_is_valid_and_canonical()
    {
        var document = AssertValidAndCanonical(SeedFiles.NewStart2010);
        Assert.Equal("new-start-2010", document.Id.Value);
        Assert.Equal([Treaty], document.Agreements.Select(a => a.Id));
    }

    [Fact]
    public void NS_1_signed_in_Prague_on_2010_04_08()
    {
        Assert.Equal(D("2010-04-08"), Agreement.Date);
        Assert.Equal("Prague Castle, Prague", Agreement.Venue);
        var signature = Assert.Single(Seed.MilestonesOf(Treaty), m => m.Kind == MilestoneKind.Signature);
        Assert.Equal(D("2010-04-08"), signature.Date);
        foreach (var party in new[] { Us, Ru })
        {
            var first = Seed.ParticipationOf(Treaty, party)[0];
            Assert.Equal(ParticipationStepKind.Signature, first.Step);
            Assert.Equal(D("2010-04-08"), first.Date);
            AssertSourced(Seed, first.Attribution, Confidence.Confirmed, "n-cfr", "n-state-vci-2010");
        }

        var signing = Event("new-start-signing-2010");
        Assert.Equal(EventKind.Agreement, signing.Kind);
        Assert.Equal("CZ", signing.Country!.Value.Value);
        Assert.Equal(D("2010-04-08"), signing.Date);
        AssertSourced(Seed, Agreement.Attribution, Confidence.Confirmed, "n-cfr", "n-state-vci-2010");
    }

    [Fact]
    public void NS_2_signed_by_Presidents_Obama_and_Medvedev()
    {
        var signing = Event("new-start-signing-2010");
        Assert.Contains(Reference.Parse("agreement:new-start"), signing.Related);
        var signatories = signing.Parties.Select(Seed.Find).OfType<Person>().ToList();
        Assert.Equal(["Barack Obama", "Dmitry Medvedev"], signatories.Select(p => p.Name));
        Assert.Equal(("President of the United States", Us), (signatories[0].Positions[0].Office, signatories[0].Positions[0].Body!.Value));
        Assert.Equal(("President of the Russian Federation", Ru), (signatories[1].Positions[0].Office, signatories[1].Positions[0].Body!.Value));
        AssertSourced(Seed, signing.Attribution, Confidence.Confirmed, "n-cfr");
    }

    [Fact]
    public void NS_3_in_force_from_2011_02_05()
    {
        var entry = Assert.Single(Seed.MilestonesOf(Treaty), m => m.Kind == MilestoneKind.EntryIntoForce);
        Assert.Equal(D("2011-02-05"), entry.Date);
        Assert.Equal(ParticipationStatus.Signed, Seed.ParticipationStatusOf(Treaty, Ru, D("2011-02-04")));
        Assert.Equal(ParticipationStatus.Bound, Seed.ParticipationStatusOf(Treaty, Ru, D("2011-02-05")));
        Assert.True(Seed.IsParticipating(Treaty, Us, D("2011-02-05")));
        AssertSourced(Seed, Seed.ParticipationOf(Treaty, Us)[1].Attribution, Confidence.Confirmed, "n-nuclearforces");
        AssertSourced(Seed, Event("new-start-entry-into-force-2011").Attribution, Confidence.Confirmed, "n-nuclearforces", "n-state-aggregate");
    }

    [Theory]
    [InlineData("warheads on deployed ICBMs and deployed SLBMs, and warheads counted for deployed heavy bombers", 1550)] // NS-4
    [InlineData("deployed ICBMs, deployed SLBMs and deployed heavy bombers", 700)] // NS-5
    [InlineData("deployed and non-deployed ICBM launchers, SLBM launchers and heavy bombers", 800)] // NS-6
    public void NS_4_to_6_each_side_is_held_to_the_central_limits(string item, int amount)
    {
        foreach (var (party, commitments) in Seed.CommitmentsByParty(Treaty))
        {
            var limit = Assert.Single(commitments, c => c.Action.Kind == ActionKind.Limit);
            var term = Assert.Single(limit.Action.Terms, t => t.Item == item);
            Assert.Equal(Comparator.AtMost, term.Comparator);
            Assert.Equal(amount, term.Amount);
            Assert.Equal(QuantityUnit.Count, term.Unit);
            Assert.Equal(party, limit.By);
            AssertSourced(Seed, limit.Attribution, Confidence.Confirmed, "n-state-aggregate", "n-epthinktank");
        }
    }

    [Fact]
    public void NS_7_the_limits_fall_due_seven_years_after_entry_into_force()
    {
        foreach (var id in new[] { "us-central-limits", "ru-central-limits" })
        {
            var deadline = Commitment(id).Deadline!;
            Assert.Equal(new MilestoneId("new-start-entry-into-force"), deadline.Milestone);
            Assert.Equal(new Duration(7, DurationUnit.Year), deadline.Offset);
            Assert.Equal(new DateOnly(2018, 2, 5), Seed.DueDate(new CommitmentId(id)));
        }

        Assert.Equal(["us-central-limits", "ru-central-limits"], Seed.DueBy(D("2018-02-05")).Select(c => c.Id.Value));
        Assert.Empty(Seed.DueBy(D("2018-02-04")));

        // Both met them when they took effect: nothing is overdue after the deadline.
        Assert.Empty(Seed.AsOf(D("2018-03")).Overdue);
        Assert.Equal(D("2018-02-05"), Commitment("ru-central-limits").CompletedOn);
    }

    [Fact]
    public void NS_8_up_to_18_on_site_inspections_a_year_each_way()
    {
        foreach (var (by, other) in new[] { (Us, Ru), (Ru, Us) })
        {
            var inspections = Assert.Single(Seed.CommitmentsByParty(Treaty)[by], c => c.Action.Kind == ActionKind.AllowInspections);
            var quota = Assert.Single(inspections.Action.Terms);
            Assert.Equal((Comparator.UpTo, 18m, QuantityUnit.Count), (quota.Comparator, quota.Amount, quota.Unit));
            Assert.Equal([other], inspections.Action.Beneficiaries);
            Assert.Equal(["Type One inspections", "Type Two inspections"], inspections.Action.Items);
            AssertSourced(Seed, inspections.Attribution, Confidence.Confirmed, "n-state-vci-2010");
        }
    }

    [Fact]
    public void NS_9_data_exchanges_and_notifications_each_way()
    {
        foreach (var (by, other) in new[] { (Us, Ru), (Ru, Us) })
        {
            var exchange = Commitment($"{by}-exchanges-data");
            Assert.Equal(by, exchange.By);
            Assert.Equal(ActionKind.Other, exchange.Action.Kind);
            Assert.Contains("notifications", exchange.Action.Items);
            var twice = Assert.Single(exchange.Action.Terms);
            Assert.Equal((Comparator.Exactly, 2m, QuantityUnit.Count), (twice.Comparator, twice.Amount, twice.Unit));
            Assert.Equal([other], exchange.Action.Beneficiaries);
            AssertSourced(Seed, exchange.Attribution, Confidence.Confirmed, "n-state-vci-2010", "n-hill-gottemoeller");
        }
    }

    [Fact]
    public void NS_10_a_Bilateral_Consultative_Commission()
    {
        var bcc = Assert.IsType<Organization>(Seed.Find(new PartyId("new-start-bcc")));
        Assert.Equal("Bilateral Consultative Commission", bcc.Name);
        Assert.Equal(OrganizationType.Intergovernmental, bcc.Type);
        foreach (var party in new[] { Us, Ru })
        {
            var talks = Assert.Single(Seed.CommitmentsByParty(Treaty)[party], c => c.Action.Kind == ActionKind.HoldTalks);
            Assert.Equal([bcc.Id], talks.Action.Targets);
            AssertSourced(Seed, talks.Attribution, Confidence.Confirmed, "n-asil");
        }
    }

    [Fact]
    public void NS_11_a_term_of_ten_years_with_an_extension_of_up_to_five_by_agreement()
    {
        var term = Agreement.Term!;
        Assert.Equal(10, term.Years);
        Assert.Equal(D("2021-02-05"), term.Expires);
        Assert.Equal(RenewalKind.ByAgreement, term.Renewal);
        Assert.Equal(5, term.RenewalYears);
        Assert.Equal(D("2021-02-05"), Seed.AsOf(D("2020-12")).ExpiryOf(Treaty));
        AssertSourced(Seed, Agreement.Attribution, Confidence.Confirmed, "n-nuclearforces", "n-tacdev");
    }

    [Fact]
    public void NS_12_extended_in_February_2021_to_2026_02_05()
    {
        var extension = Assert.Single(Agreement.Term!.Extensions);
        Assert.Equal(D("2021-02-03"), extension.Date);
        Assert.Equal(D("2026-02-05"), extension.NewExpiry);
        Assert.Equal([Us, Ru], extension.Parties);
        Assert.Equal(D("2026-02-05"), Agreement.Term.CurrentExpiry);
        Assert.Equal(D("2021-02-05"), Seed.AsOf(D("2021-02-02")).ExpiryOf(Treaty));
        Assert.Equal(D("2026-02-05"), Seed.AsOf(D("2021-02-03")).ExpiryOf(Treaty));
        Assert.Equal(EventKind.Extension, Event("new-start-extended-2021").Kind);
        AssertSourced(Seed, extension.Attribution, Confidence.Confirmed, "n-interfax-2021-02-03", "n-sputnik-2021-02-03", "n-usembassy-ge");
    }

    [Fact]
    public void NS_13_inspections_paused_in_March_2020_by_the_pandemic()
    {
        foreach (var id in new[] { "us-allows-inspections", "ru-allows-inspections" })
        {
            var commitment = new CommitmentId(id);
            Assert.Equal(PerformanceStatus.InProgress, Seed.AsOf(D("2020-02")).StatusOf(commitment));
            Assert.Equal(PerformanceStatus.Suspended, Seed.AsOf(D("2020-03")).StatusOf(commitment));
            var pause = Assert.Single(Commitment(id).Performance, p => p.Date == D("2020-03"));
            Assert.Equal(Reference.Parse("event:inspections-paused-2020"), pause.By);
            AssertSourced(Seed, pause.Attribution, Confidence.Confirmed, "n-tass-2020", "n-sputnik-2020");
        }
    }

    [Fact]
    public void NS_14_Russia_halts_inspections_on_2022_08_08()
    {
        var halt = Commitment("ru-allows-inspections").Performance[^1];
        Assert.Equal((PerformanceStatus.Suspended, D("2022-08-08")), (halt.Status, halt.Date));
        var notice = Seed.Find(new EventId(halt.By!.Value.Id))!;
        Assert.Equal([new PartyId("ru-mfa"), Us], notice.Parties);
        Assert.Equal(Ru, Seed.AncestorsOf(new PartyId("ru-mfa"))[0]);
        Assert.DoesNotContain(Commitment("us-allows-inspections").Performance, p => p.Date == D("2022-08-08"));
        AssertSourced(Seed, halt.Attribution, Confidence.Confirmed, "n-sputnik-2022-08-08", "n-ap-2022-08-08");
    }

    [Fact]
    public void NS_15_Russia_suspends_its_participation_announced_on_2023_02_21()
    {
        var announcement = Event("putin-announces-suspension-2023");
        Assert.Equal(D("2023-02-21"), announcement.Date);
        Assert.Contains(Reference.Parse("agreement:new-start"), announcement.Related);
        var suspension = Seed.ParticipationOf(Treaty, Ru)[^1];
        Assert.Equal((ParticipationStepKind.Suspension, D("2023-02-28")), (suspension.Step, suspension.Date));
        Assert.Equal(ParticipationStatus.Bound, Seed.ParticipationStatusOf(Treaty, Ru, D("2023-02-27")));
        Assert.Equal(ParticipationStatus.Suspended, Seed.ParticipationStatusOf(Treaty, Ru, D("2023-02-28")));
        Assert.Equal(ParticipationStatus.Bound, Seed.ParticipationStatusOf(Treaty, Us, D("2023-02-28")));
        Assert.Equal(AgreementStatus.Suspended, Agreement.Status);
        AssertSourced(Seed, suspension.Attribution, Confidence.Confirmed, "n-russianforces", "n-interfax-2023-02-28");
    }

    [Fact]
    public void NS_16_Russia_pledges_to_keep_to_the_central_limits()
    {
        var pledge = Assert.Single(Seed.PledgesBy(Ru));
        Assert.Equal(pledge, Assert.Single(Seed.PledgesBeside(Treaty)));
        Assert.Equal(D("2023-02-21"), pledge.Date);
        Assert.Equal(ActionKind.Limit, pledge.Action.Kind);
        Assert.Equal(Commitment("ru-central-limits").Action.Terms, pledge.Action.Terms);
        AssertSourced(Seed, pledge.Attribution, Confidence.Confirmed, "n-russianforces", "n-sputnik-2023-03-01");
    }

    [Fact]
    public void As_of_2015_the_treaty_is_in_force_Russia_bound_and_inspections_under_way()
    {
        var view = Seed.AsOf(D("2015"));
        Assert.Equal(ParticipationStatus.Bound, view.ParticipationStatusOf(Treaty, Ru));
        Assert.Equal(ParticipationStatus.Bound, view.ParticipationStatusOf(Treaty, Us));
        Assert.Equal([MilestoneKind.Signature, MilestoneKind.EntryIntoForce], view.MilestonesReached(Treaty).Select(m => m.Kind));
        Assert.Equal(D("2021-02-05"), view.ExpiryOf(Treaty));
        Assert.Equal(["us-allows-inspections", "ru-allows-inspections"], view.CommitmentsWith(PerformanceStatus.InProgress).Select(c => c.Id.Value));
        Assert.Equal(PerformanceStatus.Pending, view.StatusOf(new CommitmentId("ru-central-limits")));
        Assert.Empty(view.Overdue);
        Assert.Equal(["new-start-signing-2010", "new-start-entry-into-force-2011"], view.Events.Select(e => e.Id.Value));
    }

    [Fact]
    public void As_of_September_2022_inspections_are_suspended_and_Russia_halted_them()
    {
        var view = Seed.AsOf(D("2022-09"));
        Assert.Equal(["us-allows-inspections", "ru-allows-inspections"], view.CommitmentsWith(PerformanceStatus.Suspended).Select(c => c.Id.Value));
        Assert.Equal(ParticipationStatus.Bound, view.ParticipationStatusOf(Treaty, Ru));
        Assert.Equal(D("2026-02-05"), view.ExpiryOf(Treaty));
        Assert.Equal("ru-inspection-exemption-2022", view.Events[^1].Id.Value);
        Assert.Equal(PerformanceStatus.CarriedOut, view.StatusOf(new CommitmentId("us-central-limits")));
    }

    [Fact]
    public void As_of_March_2023_Russia_s_participation_is_suspended_and_the_US_still_bound()
    {
        var view = Seed.AsOf(D("2023-03"));
        Assert.Equal(ParticipationStatus.Suspended, view.ParticipationStatusOf(Treaty, Ru));
        Assert.Equal(ParticipationStatus.Bound, view.ParticipationStatusOf(Treaty, Us));
        Assert.Equal(PerformanceStatus.Pending, view.StatusOf(new PledgeId("ru-keeps-central-limits")));
        Assert.Equal(D("2026-02-05"), view.ExpiryOf(Treaty));
        Assert.Equal(
            ["putin-announces-suspension-2023", "ru-suspension-law-adopted-2023", "ru-suspension-law-signed-2023"],
            view.Events.Where(e => e.Date.Year == 2023).Select(e => e.Id.Value));
    }
}
