using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Performance;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Schedules;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// Histories instead of overwriting (format version 2, item 9): a sanction's dated changes, a commitment's and a
/// pledge's performance, what stood on a day (<see cref="NegotiationDocument.AsOf"/>) and what falls due by a day
/// (<see cref="NegotiationDocument.DueBy"/>), each asked before, during and after each kind of change.
/// </summary>
public class HistoryTests
{
    private static readonly SanctionId Oil = new("oil");
    private static readonly SanctionId Threat = new("threat");
    private static readonly AgreementId Exchange = new("exchange");
    private static readonly CommitmentId UsWaives = new("us-waives");
    private static readonly CommitmentId IranReleases = new("ir-releases");
    private static readonly PledgeId NoNewListings = new("no-new-listings");

    /// <summary>
    /// One sanction through every kind of change, in date order; one proposed and then imposed; a deal whose waiver
    /// and release are dated, the release due a week after the waiver is carried out; a pledge later broken.
    /// </summary>
    private static NegotiationDocument Document() => new NegotiationBuilder("history", "History")
        .State("us", "United States", "US")
        .State("ir", "Iran", "IR")
        .Issue("detainees", "Detained nationals", IssueCategory.DetainedNationals)
        .Add(new Sanction(Oil, new("us"), [new("ir")], [SanctionMeasure.FinancialRestriction], listingDate: new PartialDate(2018, 11, 5)))
        .SanctionChange("oil", SanctionChangeKind.Imposed, new PartialDate(2018, 11, 5))
        .SanctionChange("oil", SanctionChangeKind.Suspended, new PartialDate(2019, 3))
        .SanctionChange("oil", SanctionChangeKind.Reimposed, new PartialDate(2019, 6))
        .SanctionChange("oil", SanctionChangeKind.Waived, new PartialDate(2023, 9, 11), Exchange)
        .SanctionChange("oil", SanctionChangeKind.Reimposed, new PartialDate(2023, 10))
        .SanctionChange("oil", SanctionChangeKind.Lifted, new PartialDate(2024, 5, 20))
        .SanctionChange("oil", SanctionChangeKind.Reimposed, new PartialDate(2025))
        .SanctionChange("oil", SanctionChangeKind.Expired, new PartialDate(2026, 2, 5))
        .Add(new Sanction(Threat, new("us"), [new("ir")], [SanctionMeasure.AssetFreeze]))
        .SanctionChange("threat", SanctionChangeKind.Proposed, new PartialDate(2022))
        .SanctionChange("threat", SanctionChangeKind.Imposed, new PartialDate(2022, 6))
        .Add(new Agreement(Exchange, "Prisoner exchange", [new("us"), new("ir")], [
            new Commitment(UsWaives, new("us"), new PolicyAction(ActionKind.WaiveSanction, sanctions: [Oil])) { Deadline = new Timing(new PartialDate(2023, 9, 30)) },
            new Commitment(IranReleases, new("ir"), new PolicyAction(ActionKind.Release, "Release five detainees.")) { Deadline = new Timing(after: UsWaives, offset: new Duration(7, DurationUnit.Day)) },
        ], AgreementStatus.InForce, date: new PartialDate(2023, 8, 10))
        {
            Term = new AgreementTerm(expires: new PartialDate(2024), extensions: [new TermExtension(new PartialDate(2023, 12, 15), new PartialDate(2025))]),
            Clauses = [new AgreementClause(ClauseKind.Withdrawal, invocations: [new ClauseInvocation(new("us"), new PartialDate(2024, 5, 1))])],
        })
        .Milestone("exchange", "announced", "Arrangement announced", MilestoneKind.Signature, new PartialDate(2023, 8, 10))
        .Milestone("exchange", "exchange-day", "The exchange", MilestoneKind.Implementation, new PartialDate(2023, 9, 18))
        .Participation("exchange", "us", ParticipationStepKind.Signature, new PartialDate(2023, 8, 10))
        .Participation("exchange", "us", ParticipationStepKind.Withdrawal, new PartialDate(2024, 5, 1))
        .Performance(UsWaives, PerformanceStatus.CarriedOut, new PartialDate(2023, 9, 11))
        .Performance(IranReleases, PerformanceStatus.InProgress, new PartialDate(2023, 8, 10), note: "Moved to house arrest.")
        .Performance(IranReleases, PerformanceStatus.CarriedOut, new PartialDate(2023, 9, 18))
        .Pledge("no-new-listings", "us", new PolicyAction(ActionKind.Refrain, "No new listings."), new PartialDate(2023, 9))
        .Performance(NoNewListings, PerformanceStatus.Breached, new PartialDate(2024, 2))
        .Add(new Event(new EventId("exchange-day"), EventKind.Agreement, "The exchange", new PartialDate(2023, 9, 18)))
        .Build().Match(d => d, f => throw new InvalidOperationException(f.ToString()));

    [Theory]
    [InlineData("2018-11-04", null)] // before the listing: an imposition first means nothing stood before it
    [InlineData("2018-11-05", SanctionStatus.Active)]
    [InlineData("2019-02-28", SanctionStatus.Active)]
    [InlineData("2019-03-01", SanctionStatus.Suspended)] // "2019-03" counts from its first day
    [InlineData("2019-05-31", SanctionStatus.Suspended)]
    [InlineData("2019-06", SanctionStatus.Active)]
    [InlineData("2023-09-10", SanctionStatus.Active)]
    [InlineData("2023-09-11", SanctionStatus.Waived)]
    [InlineData("2023-09-30", SanctionStatus.Waived)]
    [InlineData("2023-10-01", SanctionStatus.Active)]
    [InlineData("2024-05-19", SanctionStatus.Active)]
    [InlineData("2024-05-20", SanctionStatus.Lifted)]
    [InlineData("2024-12-31", SanctionStatus.Lifted)]
    [InlineData("2025-01-01", SanctionStatus.Active)]
    [InlineData("2026-02-04", SanctionStatus.Active)]
    [InlineData("2026-02-05", SanctionStatus.Expired)]
    [InlineData("2030", SanctionStatus.Expired)]
    public void A_sanction_stood_on_each_day_where_its_last_change_by_then_put_it(string day, SanctionStatus? expected)
    {
        var document = Document();

        Assert.Equal(expected, document.Find(Oil)!.StatusOn(PartialDate.Parse(day)));
        Assert.Equal(expected, document.AsOf(PartialDate.Parse(day)).StatusOf(Oil));
    }

    [Fact]
    public void The_current_status_and_dates_follow_from_the_history_and_are_not_stored()
    {
        var oil = Document().Find(Oil)!;

        Assert.Equal((SanctionStatus.Expired, new PartialDate(2018, 11, 5), new PartialDate(2026, 2, 5)), (oil.Status, oil.StartDate, oil.EndDate));
        Assert.False(oil.IsActive);
        Assert.Equal([SanctionStatus.Active], oil.NextStatuses);
        Assert.Equal(Exchange, oil.History[3].By);
    }

    [Fact]
    public void A_partial_day_asked_for_is_read_as_its_last_day()
    {
        var document = Document();

        // As of "2019-03" is as of 2019-03-31: the suspension of March counts. As of "2023" is as of 2023-12-31.
        Assert.Equal(SanctionStatus.Suspended, document.AsOf(new PartialDate(2019, 3)).StatusOf(Oil));
        Assert.Equal(SanctionStatus.Active, document.AsOf(new PartialDate(2023)).StatusOf(Oil));
        Assert.Equal(new DateOnly(2023, 12, 31), document.AsOf(new PartialDate(2023)).Day);
    }

    [Fact]
    public void A_sanction_first_proposed_is_nothing_before_its_proposal_then_proposed_then_in_force()
    {
        var snapshots = new[] { "2021", "2022-05", "2022-06" }.Select(d => Document().AsOf(PartialDate.Parse(d)).StatusOf(Threat));

        Assert.Equal([null, SanctionStatus.Proposed, SanctionStatus.Active], snapshots);
    }

    [Fact]
    public void An_undated_change_counts_from_right_after_the_change_before_it()
    {
        var sanction = new Sanction(Oil, new("us"), [new("ir")], [SanctionMeasure.FinancialRestriction], [
            new SanctionChange(SanctionChangeKind.Imposed, new PartialDate(2020)),
            new SanctionChange(SanctionChangeKind.Waived),
            new SanctionChange(SanctionChangeKind.Lifted, new PartialDate(2023)),
        ]);

        Assert.Null(sanction.StatusOn(new PartialDate(2019)));
        Assert.Equal(SanctionStatus.Waived, sanction.StatusOn(new PartialDate(2020, 1, 1)));
        Assert.Equal(SanctionStatus.Lifted, sanction.StatusOn(new PartialDate(2023)));
        Assert.Equal(SanctionStatus.Active, (sanction with { History = [] }).StatusOn(new PartialDate(1900))); // no history: in force
    }

    [Theory]
    [InlineData("2023-08-09", PerformanceStatus.Pending, PerformanceStatus.Pending)]
    [InlineData("2023-08-10", PerformanceStatus.Pending, PerformanceStatus.InProgress)]
    [InlineData("2023-09-11", PerformanceStatus.CarriedOut, PerformanceStatus.InProgress)]
    [InlineData("2023-09-18", PerformanceStatus.CarriedOut, PerformanceStatus.CarriedOut)]
    public void A_commitments_performance_stood_on_each_day_where_its_last_change_put_it(string day, PerformanceStatus waiver, PerformanceStatus release)
    {
        var snapshot = Document().AsOf(PartialDate.Parse(day));

        Assert.Equal((waiver, release), (snapshot.StatusOf(UsWaives), snapshot.StatusOf(IranReleases)));
        Assert.Equal(waiver, Document().Find(UsWaives)!.StatusOn(PartialDate.Parse(day)));
    }

    [Fact]
    public void A_deadline_after_another_commitments_completion_resolves_once_its_performance_dates_the_completion()
    {
        var document = Document();

        Assert.Equal(new PartialDate(2023, 9, 11), document.Find(UsWaives)!.CompletedOn);
        Assert.Equal(new DateOnly(2023, 9, 18), document.DueDate(IranReleases)); // 7 days after the waiver was carried out
        Assert.Empty(document.WithUnresolvedDeadline());

        var unrecorded = document.ToBuilder().Build().AsT0; // same content
        var noCompletion = NegotiationDocument.Create(document.Id, document.Title, document.Content with
        {
            Agreements = [document.Find(Exchange)! with { Commitments = [.. document.Find(Exchange)!.Commitments.Select(c => c with { Performance = [] })] }],
        }).AsT0;
        Assert.Null(noCompletion.DueDate(IranReleases));
        Assert.Equal([IranReleases], noCompletion.WithUnresolvedDeadline().Select(c => c.Id));
        Assert.Equal(document, unrecorded);
    }

    [Theory]
    [InlineData("2023-09-10", new string[0], new string[0])]
    [InlineData("2023-09-17", new string[0], new string[0])]
    [InlineData("2023-09-18", new[] { "ir-releases" }, new string[0])] // due a week after the waiver of 2023-09-11
    [InlineData("2023-09-29", new[] { "ir-releases" }, new string[0])]
    [InlineData("2023-09", new[] { "us-waives", "ir-releases" }, new string[0])]
    public void DueBy_lists_what_falls_due_by_a_day_and_the_snapshot_what_of_it_is_still_not_carried_out(string day, string[] due, string[] overdue)
    {
        var document = Document();

        Assert.Equal(due, document.DueBy(PartialDate.Parse(day)).Select(c => c.Id.Value));
        Assert.Equal(overdue, document.AsOf(PartialDate.Parse(day)).Overdue.Select(c => c.Id.Value));
    }

    [Fact]
    public void A_commitment_due_and_not_carried_out_by_then_is_overdue()
    {
        var document = Document();
        var late = NegotiationDocument.Create(document.Id, document.Title, document.Content with
        {
            Agreements = [document.Find(Exchange)! with { Commitments = [.. document.Find(Exchange)!.Commitments.Select(c => c.Id == UsWaives ? c with { Performance = [new PerformanceChange(PerformanceStatus.CarriedOut, new PartialDate(2023, 10, 3))] } : c)] }],
        }).AsT0;

        Assert.Equal([UsWaives], late.AsOf(new PartialDate(2023, 10, 1)).Overdue.Select(c => c.Id));
        Assert.DoesNotContain(late.AsOf(new PartialDate(2023, 10, 3)).Overdue, c => c.Id == UsWaives);
    }

    [Fact]
    public void A_snapshot_gathers_what_stood_on_the_day_before_during_and_after_the_deal()
    {
        var document = Document();
        var before = document.AsOf(new PartialDate(2023, 8, 1));
        var during = document.AsOf(new PartialDate(2023, 9, 15));
        var after = document.AsOf(new PartialDate(2024, 6));

        Assert.Equal(
            [ParticipationStatus.Unrecorded, ParticipationStatus.Signed, ParticipationStatus.Withdrawn],
            new[] { before, during, after }.Select(s => s.ParticipationStatusOf(Exchange, new PartyId("us"))));
        Assert.Equal(
            [0, 1, 2],
            new[] { before, during, after }.Select(s => s.MilestonesReached(Exchange).Count));
        Assert.Equal(
            [new PartialDate(2024), new PartialDate(2024), new PartialDate(2025)],
            new[] { before, during, after }.Select(s => s.ExpiryOf(Exchange)));
        Assert.Equal([0, 0, 1], new[] { before, during, after }.Select(s => s.InvocationsOf(Exchange).Count));
        Assert.Equal([0, 0, 1], new[] { before, during, after }.Select(s => s.Events.Count));
        Assert.Equal([Oil], during.SanctionsWith(SanctionStatus.Waived).Select(s => s.Id));
        Assert.Equal([Oil], after.SanctionsWith(SanctionStatus.Lifted).Select(s => s.Id));
        Assert.Equal([UsWaives], during.CommitmentsWith(PerformanceStatus.CarriedOut).Select(c => c.Id));
        Assert.Equal(
            [PerformanceStatus.Pending, PerformanceStatus.Pending, PerformanceStatus.Breached],
            new[] { before, during, after }.Select(s => s.StatusOf(NoNewListings)));
        Assert.Same(document, during.Document);
        Assert.Equal(new PartialDate(2023, 9, 15), during.Date);
    }

    [Fact]
    public void A_snapshot_asked_about_a_record_the_document_does_not_hold_names_the_parameter()
    {
        var snapshot = Document().AsOf(new PartialDate(2023));

        Assert.Equal("sanction", Assert.Throws<ArgumentException>(() => snapshot.StatusOf(new SanctionId("nope"))).ParamName);
        Assert.Equal("commitment", Assert.Throws<ArgumentException>(() => snapshot.StatusOf(new CommitmentId("nope"))).ParamName);
        Assert.Equal("pledge", Assert.Throws<ArgumentException>(() => snapshot.StatusOf(new PledgeId("nope"))).ParamName);
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => snapshot.ExpiryOf(new AgreementId("nope"))).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => Document().AsOf(default)).ParamName);
    }

    [Fact]
    public void Histories_round_trip_and_are_written_in_date_order_as_given()
    {
        var document = Document();

        var json = NegotiationJson.Write(document);

        Assert.Equal(document, NegotiationJson.Read(json).AsT0);
        Assert.Contains("\"history\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"performance\": [", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_builder_refuses_a_change_for_a_record_not_added_yet()
    {
        var builder = new NegotiationBuilder("d", "D");

        Assert.Equal("sanction", Assert.Throws<ArgumentException>(() => builder.SanctionChange("oil", SanctionChangeKind.Lifted)).ParamName);
        Assert.Equal("commitment", Assert.Throws<ArgumentException>(() => builder.Performance(UsWaives, PerformanceStatus.CarriedOut)).ParamName);
        Assert.Equal("pledge", Assert.Throws<ArgumentException>(() => builder.Performance(NoNewListings, PerformanceStatus.Breached)).ParamName);
    }

    [Fact]
    public void What_if_takes_a_condition_on_a_commitment_of_another_agreement_as_met_when_its_performance_says_carried_out()
    {
        var document = Document();
        var follow = new Agreement(new AgreementId("follow-up"), "Follow-up", [new("us"), new("ir")], [
            new Commitment(new CommitmentId("us-talks"), new("us"), new PolicyAction(ActionKind.HoldTalks, "Talks."), conditionalOn: [IranReleases]),
        ], AgreementStatus.Agreed, date: new PartialDate(2024));
        var breached = document.Find(Exchange)! with { Commitments = [.. document.Find(Exchange)!.Commitments.Select(c => c.Id == IranReleases ? c with { Performance = [.. c.Performance, new PerformanceChange(PerformanceStatus.Reversed, new PartialDate(2023, 12))] } : c)] };

        var kept = NegotiationDocument.Create(document.Id, document.Title, document.Content with { Agreements = [document.Find(Exchange)!, follow] }).AsT0;
        var reversed = NegotiationDocument.Create(document.Id, document.Title, document.Content with { Agreements = [breached, follow] }).AsT0;

        Assert.True(WhatIf.Apply(kept, follow.Id).IsT0);
        var problem = Assert.Single(WhatIf.Apply(reversed, follow.Id).AsT1.Problems);
        Assert.Equal((Errors.ErrorCodes.ConditionUnmet, "$.agreements[1].commitments[0].conditionalOn[0]"), (problem.Code, problem.Path));
        Assert.Contains("Reversed, not carried out", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_if_marks_each_commitment_carried_out_on_the_day_and_waives_rather_than_lifts()
    {
        var document = Document();
        var pending = NegotiationDocument.Create(document.Id, document.Title, document.Content with
        {
            Sanctions = [document.Find(Oil)! with { History = [.. document.Find(Oil)!.History.Take(3)] }, document.Find(Threat)!],
            Agreements = [document.Find(Exchange)! with { Commitments = [.. document.Find(Exchange)!.Commitments.Select(c => c with { Performance = [] })] }],
        }).AsT0;

        var after = WhatIf.Apply(pending, Exchange, new PartialDate(2023, 9, 11)).AsT0;

        Assert.Equal(SanctionStatus.Waived, after.Find(Oil)!.Status);
        Assert.Equal(new SanctionChange(SanctionChangeKind.Waived, new PartialDate(2023, 9, 11), Exchange), after.Find(Oil)!.History[^1]);
        Assert.All(after.Find(Exchange)!.Commitments, c => Assert.Equal(new PerformanceChange(PerformanceStatus.CarriedOut, new PartialDate(2023, 9, 11), Exchange), Assert.Single(c.Performance)));
        Assert.Equal(new DateOnly(2023, 9, 18), after.DueDate(IranReleases));
    }
}
