using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Schedules;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>Which commitments fall due by a date: deadlines resolved from dates and milestones, partial dates counted to their last day.</summary>
public class DueByTests
{
    private static readonly PolicyAction Act = new(ActionKind.Other, "does something");

    private static Commitment Due(string id, Timing deadline) => new(new(id), new("a"), Act) { Deadline = deadline };

    // A ceasefire on 2024-01-10, an entry into force not yet dated; deadlines by day, by month, after each milestone,
    // after another commitment, and none.
    private static readonly NegotiationDocument Deal = new NegotiationBuilder("d", "D")
        .State("a", "A", "US")
        .State("b", "B", "CN")
        .Add(new Agreement(new("x"), "X", [new("a"), new("b")],
        [
            Due("by-day", new Timing(new PartialDate(2024, 1, 20))),
            Due("by-month", new Timing(new PartialDate(2024, 2))),
            Due("after-ceasefire", new Timing(milestone: new MilestoneId("ceasefire"), offset: new Duration(14, DurationUnit.Day))),
            Due("on-ceasefire", new Timing(milestone: new MilestoneId("ceasefire"))),
            Due("after-entry", new Timing(milestone: new MilestoneId("entry-into-force"), offset: new Duration(7, DurationUnit.Year))),
            Due("after-withdrawal", new Timing(after: new CommitmentId("by-day"), offset: new Duration(5, DurationUnit.Day))),
            Due("month-after-month", new Timing(new PartialDate(2024, 1), offset: new Duration(1, DurationUnit.Month))),
            new Commitment(new("untimed"), new("a"), Act),
        ])
        {
            Milestones =
            [
                new(new("ceasefire"), "Ceasefire", MilestoneKind.CeasefireStart, new PartialDate(2024, 1, 10)),
                new(new("entry-into-force"), "Entry into force", MilestoneKind.EntryIntoForce),
            ],
        })
        .Build().AsT0;

    private static string[] DueBy(PartialDate date) => [.. Deal.DueBy(date).Select(c => c.Id.Value)];

    [Fact]
    public void Before_every_deadline_nothing_is_due()
        => Assert.Empty(DueBy(new PartialDate(2024, 1, 9)));

    [Fact]
    public void A_milestone_with_no_offset_is_due_on_its_date()
        => Assert.Equal(["on-ceasefire"], DueBy(new PartialDate(2024, 1, 10)));

    [Fact]
    public void A_deadline_is_due_on_its_day_and_not_the_day_before()
    {
        Assert.Equal(["on-ceasefire"], DueBy(new PartialDate(2024, 1, 19)));
        Assert.Equal(["by-day", "on-ceasefire"], DueBy(new PartialDate(2024, 1, 20)));
    }

    [Fact]
    public void An_offset_counts_from_the_milestones_date()
    {
        Assert.Equal(["by-day", "on-ceasefire"], DueBy(new PartialDate(2024, 1, 23)));
        Assert.Equal(["by-day", "after-ceasefire", "on-ceasefire"], DueBy(new PartialDate(2024, 1, 24)));
    }

    [Fact]
    public void A_deadline_of_a_month_is_due_on_its_last_day()
    {
        Assert.Equal(["by-day", "after-ceasefire", "on-ceasefire"], DueBy(new PartialDate(2024, 2, 28)));
        Assert.Equal(["by-day", "by-month", "after-ceasefire", "on-ceasefire", "month-after-month"], DueBy(new PartialDate(2024, 2, 29)));
        Assert.Equal(new DateOnly(2024, 2, 29), Deal.DueDate(new CommitmentId("by-month")));
    }

    [Fact]
    public void By_a_month_means_by_its_last_day()
        => Assert.Equal(["by-day", "after-ceasefire", "on-ceasefire"], DueBy(new PartialDate(2024, 1)));

    [Fact]
    public void An_offset_after_a_partial_date_counts_from_its_last_day()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Deal.DueDate(new CommitmentId("month-after-month"))); // 2024-01-31 and a month
        Assert.Equal(["by-day", "by-month", "after-ceasefire", "on-ceasefire", "month-after-month"], DueBy(new PartialDate(2024)));
    }

    [Fact]
    public void Deadlines_that_cannot_be_resolved_are_never_due_and_listed_apart()
    {
        Assert.DoesNotContain("after-entry", DueBy(new PartialDate(9999)));
        Assert.DoesNotContain("after-withdrawal", DueBy(new PartialDate(9999)));
        Assert.Null(Deal.DueDate(new CommitmentId("after-entry")));
        Assert.Null(Deal.DueDate(new CommitmentId("after-withdrawal")));
        Assert.Null(Deal.DueDate(new CommitmentId("untimed")));
        Assert.Equal(["after-entry", "after-withdrawal"], Deal.WithUnresolvedDeadline().Select(c => c.Id.Value));
    }

    [Fact]
    public void An_offset_past_the_last_date_is_due_only_then()
    {
        var far = new NegotiationBuilder("d", "D").State("a", "A", "US").State("b", "B", "CN")
            .Add(new Agreement(new("x"), "X", [new("a"), new("b")], [Due("far", new Timing(new PartialDate(9000), offset: new Duration(2000, DurationUnit.Year)))]))
            .Build().AsT0;

        Assert.Equal(DateOnly.MaxValue, far.DueDate(new CommitmentId("far")));
        Assert.Empty(far.DueBy(new PartialDate(9999, 12, 30)));
    }

    [Fact]
    public void Misuse_names_the_parameter()
    {
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => Deal.DueBy(default)).ParamName);
        Assert.Equal("commitment", Assert.Throws<ArgumentException>(() => Deal.DueDate(new CommitmentId("nothing"))).ParamName);
    }
}
