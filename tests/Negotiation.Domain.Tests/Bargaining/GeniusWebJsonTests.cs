using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Bargaining.Formats;
using Negotiation.Domain.Identifiers;
using static Negotiation.Domain.Tests.Bargaining.ImportFixtures;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>Reading GeniusWeb profiles: the fixture, ranges and their utilities, and profiles that must agree.</summary>
public class GeniusWebJsonTests
{
    [Fact]
    public void The_fixture_imports_to_the_domain_written_out_by_hand()
    {
        var domain = Import().AsT0;

        Assert.Equal(Expected(geniusWeb: true), domain);
    }

    [Fact]
    public void The_analysis_of_the_imported_fixture_equals_that_of_the_domain_built_in_code()
    {
        var imported = BargainingAnalysis.Analyse(Import().AsT0, cancellationToken: TestContext.Current.CancellationToken).AsT0;
        var built = BargainingAnalysis.Analyse(Expected(geniusWeb: true), cancellationToken: TestContext.Current.CancellationToken).AsT0;
        var reference = new BruteForce(Expected(geniusWeb: true));

        Assert.Equal(built.Frontier, imported.Frontier);
        Assert.Equal(built.Solutions, imported.Solutions);
        Assert.Equal(built.Zone, imported.Zone);
        Assert.Equal(reference.Reservations.Select(r => (double)r), imported.Reservations); // the reservation bids' utilities
        Assert.Equal(reference.Frontier.Count, imported.Frontier.Count);
    }

    [Fact]
    public void A_number_range_is_one_option_per_step_labelled_as_a_decimal_with_interpolated_utilities_rounded_to_eight_places()
    {
        var text = WebJson.Replace("\"range\":{\"low\":0,\"high\":2,\"step\":1}", "\"range\":{\"low\":0.5,\"high\":1.75,\"step\":0.25}", StringComparison.Ordinal)
            .Replace("\"lowValue\":0,\"lowUtility\":0,\"highValue\":2,\"highUtility\":1", "\"lowValue\":0.5,\"lowUtility\":0,\"highValue\":1.75,\"highUtility\":1", StringComparison.Ordinal)
            .Replace("\"Meetings\":1}", "\"Meetings\":1.00}", StringComparison.Ordinal);

        var domain = GeniusWebJson.Import([(Us, Stream(text))]).AsT0;

        Assert.Equal(["0.5", "0.75", "1", "1.25", "1.5", "1.75"], domain.Issues[1].Options.Select(o => o.Label));
        Assert.Equal([0m, 0.2m, 0.4m, 0.6m, 0.8m, 1m], domain.Preferences[0].Issues[1].Values);
        Assert.Equal(["keep", "1"], domain.Preferences[0].ReservationOutcome); // 1.00 is the option labelled 1

        var thirds = WebJson.Replace("\"high\":2,", "\"high\":3,", StringComparison.Ordinal).Replace("\"highValue\":2,", "\"highValue\":3,", StringComparison.Ordinal);
        Assert.Equal([0m, 0.33333333m, 0.66666667m, 1m], GeniusWebJson.Import([(Us, Stream(thirds))]).AsT0.Preferences[0].Issues[1].Values);
    }

    [Fact]
    public void Numbers_are_read_exactly_as_decimals()
    {
        var text = WebJson.Replace("\"keep\":1,\"lift\":0", "\"keep\":0.1000000000000000000000000001,\"lift\":1e-3", StringComparison.Ordinal);

        var domain = GeniusWebJson.Import([(Us, Stream(text))]).AsT0;

        Assert.Equal([0.1000000000000000000000000001m, 0.001m], domain.Preferences[0].Issues[0].Values);
    }

    [Fact]
    public void A_null_or_absent_reservation_bid_is_none_and_a_byte_order_mark_is_allowed()
    {
        var withNull = WebJson.Replace("\"reservationBid\":{\"issuevalues\":{\"Sanction\":\"keep\",\"Meetings\":1}}", "\"reservationBid\":null", StringComparison.Ordinal);
        var without = WebJson.Replace(",\"reservationBid\":{\"issuevalues\":{\"Sanction\":\"keep\",\"Meetings\":1}}", string.Empty, StringComparison.Ordinal);

        Assert.True(GeniusWebJson.Import([(Us, Stream(withNull))]).AsT0.Preferences[0].ReservationOutcome.IsEmpty);
        Assert.True(GeniusWebJson.Import([(Us, Stream([.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(without)]))]).AsT0.Preferences[0].ReservationOutcome.IsEmpty);
    }

    [Fact]
    public void Misuse_is_an_argument_exception_naming_the_parameter()
    {
        var valid = Expected(geniusWeb: true);

        Assert.Equal("profiles", Assert.Throws<ArgumentException>(() => GeniusWebJson.Import([])).ParamName);
        Assert.Equal("profiles", Assert.Throws<ArgumentNullException>(() => GeniusWebJson.Import(null!)).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentException>(() => GeniusWebJson.Export(valid, new PartyId("mx"), new MemoryStream())).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => GeniusWebJson.Export(valid, Us, null!)).ParamName);
        Assert.Equal("domain", Assert.Throws<ArgumentNullException>(() => GeniusWebJson.Export(null!, Us, new MemoryStream())).ParamName);
    }

    [Fact]
    public void The_export_is_a_linear_additive_utility_space_with_its_domain_inside()
    {
        var output = new MemoryStream();

        GeniusWebJson.Export(Expected(geniusWeb: true), Cn, output);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToArray());
        var space = json.RootElement.GetProperty("LinearAdditiveUtilitySpace");

        Assert.Equal("cn", space.GetProperty("name").GetString());
        Assert.Equal(["keep listing", "suspend listing", "lift listing"], space.GetProperty("domain").GetProperty("issuesValues").GetProperty("sanction-on-the-institute").GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(0.6m, space.GetProperty("issueUtilities").GetProperty("crackdown-scope").GetProperty("DiscreteValueSetUtilities").GetProperty("valueUtilities").GetProperty("named exporters").GetDecimal());
        Assert.Equal(0.45m, space.GetProperty("issueWeights").GetProperty("sanction-on-the-institute").GetDecimal());
        Assert.Equal("1", space.GetProperty("reservationBid").GetProperty("issuevalues").GetProperty("working-group-meetings-a-year").GetString());
    }

    internal const string WebJson = """{"LinearAdditiveUtilitySpace":{"name":"us","domain":{"name":"d","issuesValues":{"Sanction":{"values":["keep","lift"]},"Meetings":{"range":{"low":0,"high":2,"step":1}}}},"issueUtilities":{"Sanction":{"DiscreteValueSetUtilities":{"valueUtilities":{"keep":1,"lift":0}}},"Meetings":{"NumberValueSetUtilities":{"lowValue":0,"lowUtility":0,"highValue":2,"highUtility":1}}},"issueWeights":{"Sanction":0.6,"Meetings":0.4},"reservationBid":{"issuevalues":{"Sanction":"keep","Meetings":1}}}}""";

    private static OneOf.OneOf<BargainingDomain, BargainingImportError> Import()
        => GeniusWebJson.Import([(Us, Open(WebUs)), (Cn, Open(WebCn))]);
}
