using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>An agreement's term: its duration or expiry, renewal, and the history of its extensions.</summary>
public class AgreementTermTests
{
    // New START: ten years from entry into force on 5 February 2011, extendable by agreement for up to five years
    // (Article XIV); extended on 3 February 2021 to 5 February 2026.
    private static readonly AgreementTerm NewStart = new(
        years: 10,
        expires: new PartialDate(2021, 2, 5),
        renewal: RenewalKind.ByAgreement,
        renewalYears: 5,
        extensions: [new TermExtension(new PartialDate(2021, 2, 3), new PartialDate(2026, 2, 5), [new("ru"), new("us")], note: "five years, once")]);

    private static NegotiationBuilder Builder() => new NegotiationBuilder("d", "D").State("ru", "Russia", "RU").State("us", "United States", "US");

    private static Agreement Treaty(AgreementTerm? term) => new(new("new-start"), "New START", [new("ru"), new("us")]) { Term = term };

    [Fact]
    public void A_term_is_written_and_read_back_equal()
    {
        var document = Builder().Add(Treaty(NewStart)).Build().AsT0;
        var json = NegotiationJson.Write(document);

        Assert.Contains("\"term\": {\n        \"years\": 10,\n        \"expires\": \"2021-02-05\",\n        \"renewal\": \"by_agreement\",\n        \"renewalYears\": 5,", json, StringComparison.Ordinal);
        Assert.Contains("\"newExpiry\": \"2026-02-05\"", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.Read(json).AsT0);
    }

    [Fact]
    public void An_agreement_without_a_term_writes_none()
        => Assert.DoesNotContain("\"term\"", NegotiationJson.Write(Builder().Add(Treaty(null)).Build().AsT0), StringComparison.Ordinal);

    [Fact]
    public void The_current_expiry_is_the_last_extensions_else_the_fixed_one_else_none()
    {
        Assert.Equal(new PartialDate(2026, 2, 5), NewStart.CurrentExpiry);
        Assert.Equal(new PartialDate(2021, 2, 5), (NewStart with { Extensions = default }).CurrentExpiry);
        Assert.Null(new AgreementTerm(years: 5).CurrentExpiry);
    }

    [Fact]
    public void An_extension_that_moves_the_expiry_earlier_breaks_a_document_rule_at_its_new_expiry()
    {
        var earlier = NewStart with { Extensions = [new TermExtension(new PartialDate(2021, 2, 3), new PartialDate(2021, 1))] };

        var error = Assert.Single(Builder().Add(Treaty(earlier)).Build().AsT1.Errors);
        Assert.Equal((ErrorCodes.EarlierExpiry, "$.agreements[0].term.extensions[0].newExpiry"), (error.Code, error.Path));
    }

    [Fact]
    public void An_extension_is_compared_with_the_previous_extension_not_only_with_the_fixed_expiry()
    {
        var term = new AgreementTerm(extensions: [new(new PartialDate(2021), new PartialDate(2026)), new(new PartialDate(2022), new PartialDate(2024))]);

        var error = Assert.Single(Builder().Add(Treaty(term)).Build().AsT1.Errors);
        Assert.Equal((ErrorCodes.EarlierExpiry, "$.agreements[0].term.extensions[1].newExpiry"), (error.Code, error.Path));
    }

    [Fact]
    public void Extensions_out_of_date_order_break_a_document_rule_at_the_later_ones_date()
    {
        var term = new AgreementTerm(extensions: [new(new PartialDate(2021, 6), new PartialDate(2026)), new(new PartialDate(2021, 2), new PartialDate(2027))]);

        var error = Assert.Single(Builder().Add(Treaty(term)).Build().AsT1.Errors);
        Assert.Equal((ErrorCodes.DateOrder, "$.agreements[0].term.extensions[1].date"), (error.Code, error.Path));
    }

    [Fact]
    public void Dates_of_different_precision_are_out_of_order_only_when_certainly_so()
    {
        // 2026 may be 2026-02-05 or later: an extension "to 2026" of an expiry of 5 February 2026 is not earlier.
        var term = new AgreementTerm(expires: new PartialDate(2026, 2, 5), extensions: [new(new PartialDate(2026), new PartialDate(2026))]);

        Assert.True(Builder().Add(Treaty(term)).Build().IsT0);
    }

    [Fact]
    public void A_term_checks_its_members()
    {
        Assert.Equal("Years", Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementTerm(years: 0)).ParamName);
        Assert.Equal("Months", Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementTerm(months: -1)).ParamName);
        Assert.Equal("RenewalYears", Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementTerm(renewalYears: 0)).ParamName);
        Assert.Equal("Renewal", Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementTerm(renewal: (RenewalKind)9)).ParamName);
        Assert.Equal("Expires", Assert.Throws<ArgumentException>(() => new AgreementTerm(expires: default(PartialDate))).ParamName);
        Assert.Equal("Extensions", Assert.Throws<ArgumentNullException>(() => new AgreementTerm(extensions: [null!])).ParamName);
        Assert.Equal("NewExpiry", Assert.Throws<ArgumentException>(() => new TermExtension(new PartialDate(2021), default)).ParamName);
        Assert.Equal("Parties", Assert.Throws<ArgumentException>(() => new TermExtension(new PartialDate(2021), new PartialDate(2022), [new("us"), new("us")])).ParamName);
    }
}
