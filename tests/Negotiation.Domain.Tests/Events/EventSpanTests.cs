using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Events;

/// <summary>Issue 13, item 14: an event may span dates (a two-day summit), its end not before its start.</summary>
public class EventSpanTests
{
    private static readonly Event Summit = new(
        new EventId("summit"), EventKind.Meeting, "Two-day summit", new PartialDate(2023, 11, 15), endDate: new PartialDate(2023, 11, 16));

    [Fact]
    public void An_event_over_two_days_is_written_with_its_end_and_reads_back_equal()
    {
        var document = new NegotiationBuilder("d", "D").Add(Summit).Build().AsT0;

        var json = NegotiationJson.Write(document);

        Assert.Contains("\"date\": \"2023-11-15\",\n      \"endDate\": \"2023-11-16\"", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(json));
        Assert.Equal(new PartialDate(2023, 11, 16), NegotiationJson.ReadOrThrow(json).Events[0].EndDate);
    }

    [Fact]
    public void An_event_of_one_date_has_no_end_and_writes_none()
    {
        var single = Summit with { EndDate = null };
        var json = NegotiationJson.Write(new NegotiationBuilder("d", "D").Add(single).Build().AsT0);

        Assert.Null(single.EndDate);
        Assert.DoesNotContain("endDate", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_dates_that_overlap_are_in_order_and_the_same_day_is_too()
    {
        // A summit known to the month may end on a known day of that month, and a one-day span is a span.
        Assert.Equal(new PartialDate(2023, 11, 2), (Summit with { Date = new PartialDate(2023, 11) } with { EndDate = new PartialDate(2023, 11, 2) }).EndDate);
        Assert.Equal(Summit.Date, (Summit with { EndDate = Summit.Date }).EndDate);
    }

    [Fact]
    public void An_end_before_the_start_is_refused_in_code_naming_the_member_set()
    {
        var early = Assert.Throws<ArgumentException>(() => new Event(new EventId("e"), EventKind.Meeting, "E", new PartialDate(2023, 11, 15), endDate: new PartialDate(2023, 11, 14)));
        Assert.Equal(("EndDate", "endDate (2023-11-14) is before date (2023-11-15). (Parameter 'EndDate')"), (early.ParamName, early.Message));

        // A with checks each member against the others' current values, in the order assigned.
        Assert.Equal("Date", Assert.Throws<ArgumentException>(() => Summit with { Date = new PartialDate(2023, 12) }).ParamName);
        Assert.Equal("EndDate", Assert.Throws<ArgumentException>(() => Summit with { EndDate = new PartialDate(2022) }).ParamName);
        var later = Summit with { EndDate = new PartialDate(2024, 1, 2), Date = new PartialDate(2024, 1, 1) };
        Assert.Equal((new PartialDate(2024, 1, 1), new PartialDate(2024, 1, 2)), (later.Date, later.EndDate));
    }

    [Fact]
    public void An_end_before_the_start_is_refused_when_read_as_date_order_at_the_end()
    {
        var json = NegotiationJson.Write(new NegotiationBuilder("d", "D").Add(Summit).Build().AsT0)
            .Replace("\"endDate\": \"2023-11-16\"", "\"endDate\": \"2023-11-14\"", StringComparison.Ordinal);

        var error = NegotiationJson.Read(json).AsT1;

        Assert.Equal((ErrorCodes.DateOrder, "$.events[0].endDate"), (error.Code, error.Path));
        Assert.Equal("endDate (2023-11-14) is before date (2023-11-15).", error.Message);
    }
}
