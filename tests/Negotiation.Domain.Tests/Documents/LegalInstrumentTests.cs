using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.LegalInstruments;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Sources;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// Issue 13, item 17: the acts a sanction rests on are typed records (kind, number, title, date, address) beside the
/// free-text legal basis, which stays. The instruments below are real: resolution 2231 (20 July 2015) endorsed the
/// Iran deal; Executive Order 13846 (6 August 2018) reimposed US sanctions on Iran; Council Regulation (EU) 2019/796
/// and Decision (CFSP) 2019/797 (17 May 2019) set up the EU's sanctions against cyber-attacks.
/// </summary>
public class LegalInstrumentTests
{
    private static readonly LegalInstrument Order13846 = new(
        LegalInstrumentKind.ExecutiveOrder, "Reimposing Certain Sanctions With Respect to Iran", "13846", new PartialDate(2018, 8, 6),
        new Uri("https://www.federalregister.gov/documents/2018/08/07/2018-17068/reimposing-certain-sanctions-with-respect-to-iran"));

    private static readonly LegalInstrument Regulation796 = new(
        LegalInstrumentKind.Regulation, "Council Regulation (EU) 2019/796 concerning restrictive measures against cyber-attacks threatening the Union or its Member States", "2019/796", new PartialDate(2019, 5, 17));

    private static readonly LegalInstrument Decision797 = new(LegalInstrumentKind.Decision, "Council Decision (CFSP) 2019/797", "2019/797", new PartialDate(2019, 5, 17));

    private static Sanction CyberSanction(params LegalInstrument[] instruments) => new Sanction(
        new SanctionId("eu-cyber"), new PartyId("eu-council"), [new PartyId("hackers")], [SanctionMeasure.AssetFreeze, SanctionMeasure.TravelBan],
        legalBasis: "Council Regulation (EU) 2019/796 and Decision (CFSP) 2019/797") with { LegalInstruments = [.. instruments] };

    private static NegotiationDocument Document(Sanction sanction) => new NegotiationBuilder("cyber", "Cyber sanctions")
        .Organization("eu", "European Union", Parties.OrganizationType.Intergovernmental)
        .Body("eu-council", "Council of the European Union", Parties.GovernmentBodyType.Council, "eu")
        .Add(new Parties.Group(new PartyId("hackers"), "A group of hackers", Parties.GroupType.Criminal))
        .Add(sanction)
        .Build()
        .Match(document => document, failure => throw new InvalidOperationException(failure.ToString()));

    [Fact]
    public void A_sanction_lists_its_instruments_beside_its_legal_basis_which_stays()
    {
        var sanction = CyberSanction(Regulation796, Decision797);

        Assert.Equal(["2019/796", "2019/797"], sanction.LegalInstruments.Select(i => i.Number));
        Assert.Equal("Council Regulation (EU) 2019/796 and Decision (CFSP) 2019/797", sanction.LegalBasis);
        Assert.Empty(new Sanction(new SanctionId("s"), new PartyId("a"), [new PartyId("b")], [SanctionMeasure.Other]).LegalInstruments);
    }

    [Fact]
    public void Instruments_are_written_with_their_kind_in_snake_case_and_read_back_equal()
    {
        var document = Document(CyberSanction(Regulation796, Decision797, Order13846, new LegalInstrument(LegalInstrumentKind.UnSecurityCouncilResolution, "Resolution 2231 (2015)", "2231", new PartialDate(2015, 7, 20))));

        var json = NegotiationJson.Write(document);

        Assert.Contains("\"kind\": \"un_security_council_resolution\",\n          \"title\": \"Resolution 2231 (2015)\",\n          \"number\": \"2231\",\n          \"date\": \"2015-07-20\"", json, StringComparison.Ordinal);
        Assert.Contains("\"legalBasis\": \"Council Regulation (EU) 2019/796 and Decision (CFSP) 2019/797\",\n      \"legalInstruments\": [", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(json));
    }

    [Fact]
    public void Adding_instruments_changes_neither_the_status_nor_the_dates_of_a_sanction()
    {
        var before = new Sanction(
            new SanctionId("us-iran"), new PartyId("us"), [new PartyId("ir")], [SanctionMeasure.FinancialRestriction],
            [new SanctionChange(SanctionChangeKind.Imposed, new PartialDate(2018, 8, 7))]);

        var after = before with { LegalInstruments = [Order13846] };

        Assert.Equal((before.Status, before.StartDate, before.EndDate, before.ListingDate), (after.Status, after.StartDate, after.EndDate, after.ListingDate));
        Assert.Equal(SanctionStatus.Lifted, after.Lift(new PartialDate(2020)).AsT0.Status);
        Assert.Equal([Order13846], after.Lift(new PartialDate(2020)).AsT0.LegalInstruments);
    }

    [Fact]
    public void An_instrument_s_address_follows_the_rule_of_a_source_s_address_with_the_same_message()
    {
        foreach (var address in new[] { "javascript:alert(1)", "HTTPS://example.org/a", "https://trusted.example@other.example/", "https://example.org/a b" })
        {
            var uri = new Uri(address, UriKind.RelativeOrAbsolute);
            var instrument = Assert.Throws<ArgumentException>(() => Order13846 with { Url = uri });
            var source = Assert.Throws<ArgumentException>(() => new Source(new SourceId("s"), "P", SourceType.News, url: uri));
            Assert.Equal(("Url", source.Message), (instrument.ParamName, instrument.Message));
        }
    }

    [Theory]
    [InlineData("https://example.org/a#x", "https://example.org/a#y")]
    [InlineData("https://example.org/a", "https://Example.org/a")]
    [InlineData("https://example.org/a", "https://example.org:443/a")]
    public void Instruments_whose_addresses_uri_calls_equal_but_that_write_them_differently_are_different(string first, string second)
    {
        Assert.Equal(new Uri(first), new Uri(second)); // the trap
        var a = Order13846 with { Url = new Uri(first) };
        var b = Order13846 with { Url = new Uri(second) };

        Assert.NotEqual(a, b);
        Assert.Equal(a, Order13846 with { Url = new Uri(first) });
        Assert.Equal(a.GetHashCode(), (Order13846 with { Url = new Uri(first) }).GetHashCode());
    }

    [Fact]
    public void An_instrument_needs_a_title_and_a_defined_kind()
    {
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new LegalInstrument(LegalInstrumentKind.Statute, null!)).ParamName, ignoreCase: true);
        Assert.Equal("Title", Assert.Throws<ArgumentException>(() => new LegalInstrument(LegalInstrumentKind.Statute, "  ")).ParamName);
        Assert.Equal("Kind", Assert.Throws<ArgumentOutOfRangeException>(() => new LegalInstrument((LegalInstrumentKind)99, "An act")).ParamName);
        Assert.Equal("LegalInstruments", Assert.Throws<ArgumentNullException>(() => CyberSanction([null!])).ParamName);
    }
}
