using Negotiation.Domain.Quantities;

namespace Negotiation.Domain.Tests.Model;

/// <summary>A unit is a measure or a currency of ISO 4217 List One, written as one word; money is typed by its kind and code.</summary>
public class QuantityUnitTests
{
    [Theory]
    [InlineData("count", UnitKind.Count)]
    [InlineData("kilogram", UnitKind.Kilogram)]
    [InlineData("tonne", UnitKind.Tonne)]
    [InlineData("percent", UnitKind.Percent)]
    [InlineData("kilometre", UnitKind.Kilometre)]
    [InlineData("day", UnitKind.Day)]
    public void Measures_are_their_lower_case_names(string name, UnitKind kind)
    {
        var unit = QuantityUnit.Parse(name);
        Assert.Equal((kind, name, (string?)null), (unit.Kind, unit.Value, unit.CurrencyCode));
        Assert.Equal(unit, QuantityUnit.Of(kind));
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("CNY")]
    [InlineData("IRR")]
    [InlineData("XDR")] // the IMF's special drawing right
    [InlineData("ZWG")] // Zimbabwe Gold, in List One since June 2024
    [InlineData("XCG")] // the Caribbean guilder, since March 2025
    public void Currencies_are_their_iso_4217_codes(string code)
    {
        var unit = QuantityUnit.Currency(code);
        Assert.Equal((UnitKind.Currency, code, code), (unit.Kind, unit.Value, unit.CurrencyCode));
        Assert.Equal(unit, QuantityUnit.Parse(code));
        Assert.Null(QuantityUnit.Explain(code));
    }

    [Theory]
    [InlineData("usd", "'usd' is not a unit: write a currency's code in upper case, as 'USD'")]
    [InlineData("Kilogram", "'Kilogram' is not a unit: write it in lower case, as 'kilogram'")]
    [InlineData("HRK", "'HRK' is not a currency of ISO 4217 List One (as of 2024-06-25, with XCG): expected a code such as USD, EUR or CNY")]
    [InlineData("XXX", "'XXX' is not a currency of ISO 4217 List One (as of 2024-06-25, with XCG): expected a code such as USD, EUR or CNY")]
    [InlineData("warheads", "'warheads' is not a unit: expected one of count, kilogram, tonne, percent, kilometre, day, or a currency's ISO 4217 code such as USD")]
    [InlineData("kilograms", "'kilograms' is not a unit: expected one of count, kilogram, tonne, percent, kilometre, day, or a currency's ISO 4217 code such as USD")]
    [InlineData("", "'' is not a unit: expected one of count, kilogram, tonne, percent, kilometre, day, or a currency's ISO 4217 code such as USD")]
    public void Other_words_are_refused_saying_why(string text, string why)
    {
        Assert.Equal(why, QuantityUnit.Explain(text));
        Assert.False(QuantityUnit.TryParse(text, out var unit));
        Assert.True(unit.IsDefault);
        Assert.Equal(why, Assert.Throws<FormatException>(() => QuantityUnit.Parse(text)).Message);
    }

    [Fact]
    public void The_currencies_are_list_one_of_2024_with_the_caribbean_guilder_and_none_withdrawn()
    {
        Assert.Equal(178, QuantityUnit.Currencies.Count);
        Assert.Equal(QuantityUnit.Currencies.Order(StringComparer.Ordinal), QuantityUnit.Currencies);
        Assert.All(QuantityUnit.Currencies, code => Assert.Matches("^[A-Z]{3}$", code));
        Assert.DoesNotContain("XTS", QuantityUnit.Currencies);
        Assert.DoesNotContain("ZWL", QuantityUnit.Currencies);
        Assert.Empty(QuantityUnit.Measures.Intersect(QuantityUnit.Currencies));
    }

    [Fact]
    public void Misuse_in_code_names_the_parameter()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => QuantityUnit.Currency("ABC")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => QuantityUnit.Currency(null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => QuantityUnit.Of(UnitKind.Currency)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => QuantityUnit.Parse(null!)).ParamName);
        Assert.Equal(string.Empty, default(QuantityUnit).Value);
    }
}
