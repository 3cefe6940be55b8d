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
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.References;
using Negotiation.Domain.Schedules;
using static Negotiation.Domain.Tests.Seeds.SeedCase;

namespace Negotiation.Domain.Tests.Seeds;

/// <summary>
/// The facts of seeds/minsk-ii-2015.json (issue 14), each asserted through the public API; the ids MN-1 ... MN-19 are
/// those of the fact table in seeds/README.md.
/// </summary>
public class MinskIiSeedTests
{
    private static readonly NegotiationDocument Seed = Read(SeedFiles.MinskIi2015);
    private static readonly AgreementId Package = new("minsk-ii");
    private static readonly AgreementId Declaration = new("normandy-declaration-2015");
    private static readonly PartyId Ua = new("ua");
    private static readonly PartyId Ru = new("ru");
    private static readonly PartyId Osce = new("osce");
    private static readonly PartyId Dpr = new("dpr");
    private static readonly PartyId Lpr = new("lpr");
    private static readonly string[] Sides = ["ua", "dpr", "lpr"];

    private static Agreement Agreement => Seed.Find(Package)!;

    private static Commitment Commitment(string id) => Seed.Find(new CommitmentId(id)) ?? throw new InvalidOperationException($"no commitment {id}");

    private static Milestone Milestone(string id) => Seed.Find(new MilestoneId(id)) ?? throw new InvalidOperationException($"no milestone {id}");

    [Fact]
    public void The_seed_is_valid_and_canonical()
    {
        var document = AssertValidAndCanonical(SeedFiles.MinskIi2015);
        Assert.Equal("minsk-ii-2015", document.Id.Value);
        Assert.Equal([Package, Declaration], document.Agreements.Select(a => a.Id));
    }

    [Fact]
    public void MN_1_the_Package_of_Measures_of_2015_02_12()
    {
        Assert.Equal(D("2015-02-12"), Agreement.Date);
        Assert.Equal("Minsk", Agreement.Venue);
        Assert.Equal(D("2015-02-12"), Milestone("minsk-ii-signature").Date);
        Assert.Equal(MilestoneKind.Signature, Milestone("minsk-ii-signature").Kind);
        Assert.Equal("BY", Seed.Find(new EventId("minsk-ii-signed-2015"))!.Country!.Value.Value);
        AssertSourced(Seed, Agreement.Attribution, Confidence.Confirmed, "m-azvision", "m-kyivpost-tcg", "m-france-hollande");
    }

    [Fact]
    public void MN_2_signed_by_the_Trilateral_Contact_Group_of_Ukraine_Russia_and_the_OSCE()
    {
        var tcg = Assert.IsType<Coalition>(Seed.Find(new PartyId("tcg")));
        Assert.Equal([Ua, Ru, Osce], tcg.Members);
        foreach (var member in tcg.Members)
        {
            Assert.Contains(member, Agreement.Parties);
            var step = Assert.Single(Seed.ParticipationOf(Package, member));
            Assert.Equal((ParticipationStepKind.Signature, D("2015-02-12")), (step.Step, step.Date));
            Assert.Equal(ParticipationStatus.Signed, Seed.ParticipationStatusOf(Package, member, D("2015-02-12")));
            AssertSourced(Seed, step.Attribution, Confidence.Confirmed, "m-azvision", "m-france-hollande");
        }

        var signing = Seed.Find(new EventId("minsk-ii-signed-2015"))!;
        Assert.Equal(["heidi-tagliavini", "leonid-kuchma", "mikhail-zurabov"], signing.Parties.Take(3).Select(p => p.Value));
        Assert.Equal(Ru, Assert.IsType<Person>(Seed.Find(new PartyId("mikhail-zurabov"))).Positions[0].Body);
        Assert.Equal(Osce, Assert.IsType<Person>(Seed.Find(new PartyId("heidi-tagliavini"))).Positions[0].Body);
    }

    [Fact]
    public void MN_3_and_by_the_separatist_leaders()
    {
        foreach (var entity in new[] { Dpr, Lpr })
        {
            Assert.Contains(entity, Agreement.Parties);
            Assert.Equal(OrganizationType.Other, Assert.IsType<Organization>(Seed.Find(entity)).Type);
            var step = Assert.Single(Seed.ParticipationOf(Package, entity));
            Assert.Equal((ParticipationStepKind.Signature, D("2015-02-12")), (step.Step, step.Date));
        }

        var signing = Seed.Find(new EventId("minsk-ii-signed-2015"))!;
        Assert.Equal(["alexander-zakharchenko", "igor-plotnitsky"], signing.Parties.Skip(3).Select(p => p.Value));
        AssertSourced(Seed, signing.Attribution, Confidence.Confirmed, "m-azvision");
    }

    [Fact]
    public void MN_4_brokered_by_France_and_Germany_in_the_Normandy_format()
    {
        var mediators = Seed.RolesIn(Package, RoleKind.Mediator);
        Assert.Equal(["fr", "de"], mediators.Select(r => r.Party.Value));
        Assert.All(mediators, r => Assert.DoesNotContain(r.Party, Agreement.Parties));
        Assert.All(mediators, r => AssertSourced(Seed, r.Attribution, Confidence.Confirmed, "m-france-hollande"));
        var summit = Seed.Find(new EventId("normandy-summit-2015"))!;
        Assert.Equal(EventKind.Meeting, summit.Kind);
        Assert.Equal(["vladimir-putin", "petro-poroshenko", "francois-hollande", "angela-merkel"], summit.Parties.Select(p => p.Value));
        Assert.Equal([Package], Seed.AgreementsWithRole(new PartyId("de"), RoleKind.Mediator).Select(a => a.Id));
    }

    [Fact]
    public void MN_5_with_a_declaration_by_the_four_leaders()
    {
        var declaration = Seed.Find(Declaration)!;
        Assert.Equal([Ru, Ua, new PartyId("fr"), new PartyId("de")], declaration.Parties);
        Assert.Equal(D("2015-02-12"), declaration.Date);
        var link = Assert.Single(declaration.Links);
        Assert.Equal((InstrumentLinkKind.DeclarationOn, Package), (link.Kind, link.Agreement));
        Assert.Equal([Package, Declaration], Seed.InstrumentsOf(Package).Select(a => a.Id));
        AssertSourced(Seed, declaration.Attribution, Confidence.Confirmed, "m-france-hollande", "m-eadaily-decl");
    }

    [Fact]
    public void MN_6_endorsed_by_Security_Council_resolution_2202_on_2015_02_17()
    {
        var endorser = Assert.Single(Seed.RolesIn(Package, RoleKind.Endorser));
        Assert.Equal(new PartyId("unsc"), endorser.Party);
        Assert.Equal(new PartyId("un"), Seed.AncestorsOf(endorser.Party)[0]);
        Assert.Equal(D("2015-02-17"), Milestone("minsk-ii-endorsement").Date);
        Assert.DoesNotContain(Milestone("minsk-ii-endorsement"), Seed.AsOf(D("2015-02-16")).MilestonesReached(Package));
        Assert.Contains(Milestone("minsk-ii-endorsement"), Seed.AsOf(D("2015-02-17")).MilestonesReached(Package));
        AssertSourced(Seed, endorser.Attribution, Confidence.Confirmed, "m-un-sc12700", "m-uaposition-2202");
    }

    [Fact]
    public void MN_7_a_ceasefire_from_2015_02_15()
    {
        var start = Milestone("minsk-ii-ceasefire-start");
        Assert.Equal((MilestoneKind.CeasefireStart, D("2015-02-15")), (start.Kind, start.Date));
        foreach (var side in Sides)
        {
            var ceasefire = Commitment($"{side}-ceasefire");
            Assert.Equal(ActionKind.Ceasefire, ceasefire.Action.Kind);
            Assert.Equal(start.Id, ceasefire.Start!.Milestone);
            Assert.Null(ceasefire.Start.Offset);
            AssertSourced(Seed, ceasefire.Attribution, Confidence.Confirmed, "m-kyivpost-tcg", "m-moscowtimes");
        }
    }

    [Theory]
    [InlineData("width of the security zone for artillery systems of calibre 100 mm and more", 50)] // MN-8
    [InlineData("width of the security zone for multiple rocket launchers", 70)] // MN-9
    [InlineData("width of the security zone for MLRS Tornado-S, Uragan, Smerch and tactical missile systems Tochka-U", 140)] // MN-10
    public void MN_8_to_10_heavy_weapons_are_withdrawn_to_make_security_zones(string item, int kilometres)
    {
        foreach (var side in Sides)
        {
            var withdrawal = Commitment($"{side}-withdraws-heavy-weapons");
            Assert.Equal(ActionKind.WithdrawForces, withdrawal.Action.Kind);
            var zone = Assert.Single(withdrawal.Action.Terms, t => t.Item == item);
            Assert.Equal((Comparator.AtLeast, (decimal)kilometres, QuantityUnit.Kilometre), (zone.Comparator, zone.Amount, zone.Unit));
            Assert.StartsWith("from the", zone.Place, StringComparison.Ordinal);
            AssertSourced(Seed, withdrawal.Attribution, Confidence.Confirmed, "m-moscowtimes", "m-kyivpost-text");
        }

        Assert.Contains("Minsk Memorandum", Assert.Single(Commitment("dpr-withdraws-heavy-weapons").Action.Terms, t => t.Item == item).Place, StringComparison.Ordinal);
    }

    [Fact]
    public void MN_11_the_withdrawal_starts_no_later_than_the_second_day_after_the_ceasefire()
    {
        foreach (var side in Sides)
        {
            var start = Commitment($"{side}-withdraws-heavy-weapons").Start!;
            Assert.Equal(new MilestoneId("minsk-ii-ceasefire-start"), start.Milestone);
            Assert.Equal(new Duration(2, DurationUnit.Day), start.Offset);
        }
    }

    [Fact]
    public void MN_12_and_is_completed_within_14_days()
    {
        foreach (var side in Sides)
        {
            Assert.Equal(new Duration(14, DurationUnit.Day), Commitment($"{side}-withdraws-heavy-weapons").Duration);
        }
    }

    [Fact]
    public void MN_13_OSCE_monitoring_and_verification()
    {
        Assert.Equal(Osce, Assert.Single(Seed.RolesIn(Package, RoleKind.Monitor)).Party);
        Assert.Equal(Osce, Assert.Single(Seed.RolesIn(Package, RoleKind.Verifier)).Party);
        var verified = Agreement.Commitments.Where(c => c.VerifiedBy == Osce).Select(c => c.Id.Value);
        Assert.Equal(
            ["ua-ceasefire", "dpr-ceasefire", "lpr-ceasefire", "ua-withdraws-heavy-weapons", "dpr-withdraws-heavy-weapons", "lpr-withdraws-heavy-weapons"],
            verified);
        Assert.Equal(Osce, Seed.AncestorsOf(new PartyId("osce-smm"))[0]);
        AssertSourced(Seed, Seed.RolesIn(Package, RoleKind.Verifier)[0].Attribution, Confidence.Confirmed, "m-moscowtimes", "m-kyivpost-text");
    }

    [Fact]
    public void MN_14_prisoners_are_exchanged_all_for_all()
    {
        foreach (var side in Sides)
        {
            var exchange = Commitment($"{side}-exchanges-prisoners");
            Assert.Equal(ActionKind.ExchangePrisoners, exchange.Action.Kind);
            Assert.Equal(["all hostages and unlawfully detained persons"], exchange.Action.Items);
            Assert.Contains(new PartyId(side), Agreement.Parties);
        }
    }

    [Fact]
    public void MN_15_within_five_days_of_the_withdrawal_which_is_only_reported()
    {
        var withdrawn = Milestone("minsk-ii-withdrawal-complete");
        Assert.Null(withdrawn.Date);
        foreach (var side in Sides)
        {
            var exchange = Commitment($"{side}-exchanges-prisoners");
            Assert.Equal(withdrawn.Id, exchange.Deadline!.Milestone);
            Assert.Equal(new Duration(5, DurationUnit.Day), exchange.Deadline.Offset);
            Assert.Null(Seed.DueDate(exchange.Id));
            Assert.Contains(exchange, Seed.WithUnresolvedDeadline());
            AssertSourced(Seed, exchange.Attribution, Confidence.Reported, "m-atn-poroshenko", "m-uaposition-results", "m-luginfo");
        }
    }

    [Fact]
    public void MN_16_constitutional_reform_with_decentralisation_by_the_end_of_2015()
    {
        var reform = Commitment("ua-constitutional-reform");
        Assert.Equal(ActionKind.ConstitutionalReform, reform.Action.Kind);
        Assert.Contains("decentralisation", reform.Action.Items);
        Assert.Equal(Ua, reform.By);
        Assert.Equal(new DateOnly(2015, 12, 31), Seed.DueDate(reform.Id));
        Assert.Equal([reform], Seed.DueBy(D("2015-12-31")));
        Assert.Empty(Seed.DueBy(D("2015-12-30")));
        AssertSourced(Seed, reform.Attribution, Confidence.Confirmed, "m-interfaxua-border", "m-eadaily-2016");
    }

    [Fact]
    public void MN_17_Ukraine_s_control_of_the_border_restored_from_the_day_after_local_elections()
    {
        var border = Commitment("ua-restores-border-control");
        Assert.Equal(ActionKind.RestoreBorderControl, border.Action.Kind);
        Assert.Equal(new MilestoneId("minsk-ii-local-elections"), border.Start!.Milestone);
        Assert.Equal(new Duration(1, DurationUnit.Day), border.Start.Offset);
        Assert.Null(Milestone("minsk-ii-local-elections").Date);
        Assert.Equal([new CommitmentId("ua-constitutional-reform")], border.ConditionalOn);
        Assert.Equal(new CommitmentId("ua-constitutional-reform"), border.Deadline!.After);
        Assert.Contains(border, Seed.WithUnresolvedDeadline());
        AssertSourced(Seed, border.Attribution, Confidence.Confirmed, "m-interfaxua-border", "m-eadaily-2016");
    }

    [Fact]
    public void MN_18_Russia_recognised_the_separatist_entities_on_2022_02_21()
    {
        foreach (var entity in new[] { Dpr, Lpr })
        {
            var recognition = Assert.Single(Seed.RecognitionOf(entity));
            Assert.Equal((Ru, RecognitionType.State, RecognitionPosition.Recognizes, D("2022-02-21")), (recognition.By, recognition.Type, recognition.Position, recognition.Date));
            Assert.Equal([(Ru, RecognitionType.State)], Seed.RecognizersOf(entity));
            AssertSourced(Seed, recognition.Attribution, Confidence.Confirmed, "m-armenpress", "m-intellinews");
        }
    }

    [Fact]
    public void MN_19_which_ended_the_Package_in_fact()
    {
        var end = Milestone("minsk-ii-end");
        Assert.Equal((MilestoneKind.Termination, D("2022-02-21")), (end.Kind, end.Date));
        Assert.Equal(AgreementStatus.Terminated, Agreement.Status);
        var statement = Seed.Find(new EventId("putin-minsk-no-more-2022"))!;
        Assert.Equal(D("2022-02-22"), statement.Date);
        AssertSourced(Seed, statement.Attribution, Confidence.Reported, "m-pravda-minsk");
        Assert.Contains(Reference.Parse("recognition:ru-recognizes-dpr-2022"), Seed.Find(new EventId("ru-recognizes-dpr-lpr-2022"))!.Related);
    }

    [Fact]
    public void As_of_20_February_2015_the_Package_is_signed_the_ceasefire_started_and_the_Package_endorsed()
    {
        var view = Seed.AsOf(D("2015-02-20"));
        Assert.Equal(
            ["minsk-ii-signature", "minsk-ii-ceasefire-start", "minsk-ii-endorsement"],
            view.MilestonesReached(Package).Select(m => m.Id.Value));
        Assert.All(Agreement.Parties, p => Assert.Equal(ParticipationStatus.Signed, view.ParticipationStatusOf(Package, p)));
        Assert.Empty(view.Overdue);
        Assert.Equal(4, view.Events.Count);
        Assert.Equal("unsc-resolution-2202", view.Events[^1].Id.Value);
    }

    [Fact]
    public void As_of_2016_the_constitutional_reform_is_overdue()
    {
        var view = Seed.AsOf(D("2016"));
        Assert.Equal(["ua-constitutional-reform"], view.Overdue.Select(c => c.Id.Value));
        Assert.Equal(PerformanceStatus.Pending, view.StatusOf(new CommitmentId("ua-constitutional-reform")));
        Assert.DoesNotContain(view.MilestonesReached(Package), m => m.Kind == MilestoneKind.Termination);
        Assert.Equal(4, view.Events.Count);
    }

    [Fact]
    public void As_of_March_2022_Russia_has_recognised_the_entities_and_the_Package_has_ended()
    {
        var view = Seed.AsOf(D("2022-03"));
        Assert.Equal(MilestoneKind.Termination, view.MilestonesReached(Package)[^1].Kind);
        Assert.Equal(["ru-recognizes-dpr-lpr-2022", "putin-minsk-no-more-2022"], view.Events.Skip(4).Select(e => e.Id.Value));
        Assert.Equal(
            ["ru-recognizes-dpr-2022", "ru-recognizes-lpr-2022"],
            Seed.Recognitions.Where(r => r.Date is { } date && date.Start <= view.Day).Select(r => r.Id.Value));
        Assert.Equal(["ua-constitutional-reform"], view.Overdue.Select(c => c.Id.Value));
    }
}
