using Negotiation.Domain.Countries;

namespace Negotiation.Domain.Tests.Countries;

public sealed class CountryTableTests
{
    [Fact]
    public void Every_accepted_code_has_one_row_and_every_row_a_distinct_alpha3() =>
        Assert.Multiple(
            () => Assert.Equal(CountryCode.All, CountryTable.All.Select(c => c.Code.Value)),
            () => Assert.Equal(CountryTable.All.Count, CountryTable.All.Select(c => c.Alpha3).Distinct().Count()),
            () => Assert.All(CountryTable.All, c => Assert.Matches("^[A-Z]{3}$", c.Alpha3)));

    [Theory]
    [InlineData("us", "USA", "United States")]
    [InlineData("KP", "PRK", "North Korea")]
    [InlineData("XK", "XKX", "Kosovo")]
    public void A_country_is_found_by_either_code_in_either_case(string alpha2, string alpha3, string commonName)
    {
        var byAlpha2 = CountryTable.FindByAlpha2(alpha2);
        Assert.NotNull(byAlpha2);
        Assert.Equal(alpha3, byAlpha2.Alpha3);
        Assert.Equal(commonName, byAlpha2.CommonName);
        Assert.Same(byAlpha2, CountryTable.FindByAlpha3(alpha3.ToLowerInvariant()));
        Assert.Same(byAlpha2, CountryTable.Get(byAlpha2.Code));
    }

    [Theory]
    [InlineData("Iran, Islamic Republic of", "IR")]
    [InlineData("iran", "IR")]
    [InlineData(" Russian Federation ", "RU")]
    [InlineData("Korea, Democratic People's Republic of", "KP")]
    public void A_country_is_found_by_its_iso_or_common_name(string name, string alpha2) =>
        Assert.Equal(alpha2, CountryTable.FindByName(name)?.Code.Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("EU")]
    [InlineData("Korea, North")]
    [InlineData("Burma")]
    public void What_is_not_in_the_table_is_not_found(string? text) =>
        Assert.Multiple(
            () => Assert.Null(CountryTable.FindByAlpha2(text)),
            () => Assert.Null(CountryTable.FindByAlpha3(text)),
            () => Assert.Null(CountryTable.FindByName(text)));
}
