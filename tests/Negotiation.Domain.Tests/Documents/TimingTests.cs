using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Schedules;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Validation;
using OneOf;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>A commitment's start, deadline and duration: one anchor each, durations of whole units, and the document rules.</summary>
public class TimingTests
{
    private static readonly PolicyAction Act = new(ActionKind.Other, "does something");

    private static OneOf<NegotiationDocument, ValidationFailure> Build(params Agreement[] agreements)
    {
        var builder = new NegotiationBuilder("d", "D").State("a", "A", "US").State("b", "B", "CN");
        foreach (var agreement in agreements)
        {
            builder.Add(agreement);
        }

        return builder.Build();
    }

    private static Agreement Deal(string id, params Commitment[] commitments)
        => new(new(id), id, [new("a"), new("b")], [.. commitments]) { Milestones = [new(new($"{id}-ceasefire"), "Ceasefire", MilestoneKind.CeasefireStart)] };

    [Fact]
    public void A_timing_has_exactly_one_anchor()
    {
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => new Timing()).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => new Timing(offset: new Duration(3, DurationUnit.Day))).ParamName);
        Assert.Equal("Milestone", Assert.Throws<ArgumentException>(() => new Timing(new PartialDate(2024), new MilestoneId("m"))).ParamName);
        Assert.Equal("After", Assert.Throws<ArgumentException>(() => new Timing(milestone: new MilestoneId("m"), after: new CommitmentId("c"))).ParamName);
        Assert.Equal(new MilestoneId("m"), new Timing(milestone: new MilestoneId("m")).Milestone);
    }

    [Fact]
    public void A_with_can_neither_drop_the_anchor_nor_add_a_second()
    {
        var timing = new Timing(new PartialDate(2024, 3));

        Assert.Equal("Date", Assert.Throws<ArgumentException>(() => timing with { Date = null }).ParamName);
        Assert.Equal("After", Assert.Throws<ArgumentException>(() => timing with { After = new CommitmentId("c") }).ParamName);
        Assert.Equal(new PartialDate(2025), (timing with { Date = new PartialDate(2025) }).Date);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-14)]
    public void A_duration_is_at_least_one_unit(int amount)
        => Assert.Equal("Amount", Assert.Throws<ArgumentOutOfRangeException>(() => new Duration(amount, DurationUnit.Day)).ParamName);

    [Fact]
    public void A_duration_has_a_defined_unit()
        => Assert.Equal("Unit", Assert.Throws<ArgumentOutOfRangeException>(() => new Duration(1, (DurationUnit)99)).ParamName);

    [Fact]
    public void Timings_are_written_as_objects_and_read_back_equal()
    {
        var document = Build(Deal("x",
            new Commitment(new("withdraw"), new("a"), Act) { Deadline = new Timing(milestone: new MilestoneId("x-ceasefire"), offset: new Duration(14, DurationUnit.Day)) },
            new Commitment(new("release"), new("b"), Act) { Start = new Timing(after: new CommitmentId("withdraw")), Deadline = new Timing(new PartialDate(2024, 11)), Duration = new Duration(7, DurationUnit.Year) })).AsT0;

        var json = NegotiationJson.Write(document);

        Assert.Contains("\"deadline\": {\n            \"milestone\": \"x-ceasefire\",\n            \"offset\": {\n              \"amount\": 14,\n              \"unit\": \"day\"\n            }\n          }", json, StringComparison.Ordinal);
        Assert.Contains("\"start\": {\n            \"after\": \"withdraw\"\n          },", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.Read(json).AsT0);
    }

    [Fact]
    public void A_commitment_is_timed_only_from_a_milestone_of_its_own_agreement()
    {
        var built = Build(
            Deal("x", new Commitment(new("withdraw"), new("a"), Act) { Deadline = new Timing(milestone: new MilestoneId("y-ceasefire")) }),
            Deal("y"));

        var error = Assert.Single(built.AsT1.Errors);
        Assert.Equal((ErrorCodes.MilestoneOfAnotherAgreement, "$.agreements[0].commitments[0].deadline.milestone"), (error.Code, error.Path));
    }

    [Fact]
    public void A_milestone_the_document_lacks_is_dangling()
    {
        var built = Build(Deal("x", new Commitment(new("withdraw"), new("a"), Act) { Start = new Timing(milestone: new MilestoneId("signature")) }));

        var error = Assert.Single(built.AsT1.Errors);
        Assert.Equal((ErrorCodes.DanglingReference, "$.agreements[0].commitments[0].start.milestone"), (error.Code, error.Path));
    }

    [Fact]
    public void A_commitment_is_not_timed_from_its_own_completion_but_may_be_from_another_agreements_commitment()
    {
        var self = Build(Deal("x", new Commitment(new("withdraw"), new("a"), Act) { Deadline = new Timing(after: new CommitmentId("withdraw")) }));
        var other = Build(
            Deal("x", new Commitment(new("withdraw"), new("a"), Act)),
            Deal("y", new Commitment(new("release"), new("b"), Act) { Deadline = new Timing(after: new CommitmentId("withdraw"), offset: new Duration(5, DurationUnit.Day)) }));

        var error = Assert.Single(self.AsT1.Errors);
        Assert.Equal((ErrorCodes.SelfReference, "$.agreements[0].commitments[0].deadline.after"), (error.Code, error.Path));
        Assert.True(other.IsT0);
    }
}
