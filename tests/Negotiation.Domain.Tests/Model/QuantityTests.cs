using System.Text;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Model;

/// <summary>
/// Issue 13, item 2: an action may carry typed terms, each a quantity: what is limited, a comparator, an amount (a
/// decimal, not negative, in one canonical form) and a unit (a measure, or a currency of ISO 4217), with an optional place.
/// </summary>
public class QuantityTests
{
    private static readonly Quantity Warheads = new("deployed strategic warheads", Comparator.AtMost, 1550, QuantityUnit.Count);

    /// <summary>A document whose one demand asks for an action with <paramref name="terms"/>.</summary>
    private static NegotiationDocument WithTerms(params Quantity[] terms) => new NegotiationBuilder("d", "D")
        .State("us", "United States", "US")
        .State("ru", "Russia", "RU")
        .Issue("arms", "Strategic arms", Issues.IssueCategory.Nuclear)
        .Demand("cap", "us", "ru", "arms", new PolicyAction(ActionKind.Other, "Keep within the treaty's limits.", terms: [.. terms]))
        .Build().AsT0;

    [Fact]
    public void Terms_are_written_inside_the_action_and_read_back_equal()
    {
        var document = WithTerms(Warheads, new Quantity("uranium enriched to 60 %", Comparator.About, 440.9m, QuantityUnit.Kilogram, "Fordow"), new Quantity("funds released", Comparator.UpTo, 6_000_000_000m, QuantityUnit.Currency("USD")));

        var json = NegotiationJson.Write(document);

        string[] expected =
        [
            "\"terms\": [",
            "  {",
            "    \"item\": \"deployed strategic warheads\",",
            "    \"comparator\": \"at_most\",",
            "    \"amount\": 1550,",
            "    \"unit\": \"count\"",
            "  },",
            "  {",
            "    \"item\": \"uranium enriched to 60 %\",",
            "    \"comparator\": \"about\",",
            "    \"amount\": 440.9,",
            "    \"unit\": \"kilogram\",",
            "    \"place\": \"Fordow\"",
            "  },",
            "  {",
            "    \"item\": \"funds released\",",
            "    \"comparator\": \"up_to\",",
            "    \"amount\": 6000000000,",
            "    \"unit\": \"USD\"",
            "  }",
            "]",
        ];
        Assert.Contains(string.Join("\n", expected.Select(line => "        " + line)), json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(json));
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.0", "1")]
    [InlineData("1.00", "1")]
    [InlineData("10e-1", "1")]
    [InlineData("0.1e1", "1")]
    [InlineData("3.670", "3.67")]
    [InlineData("367e-2", "3.67")]
    [InlineData("1.5E3", "1500")]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("-0.000", "0")]
    [InlineData("0e-400", "0")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335e28", "79228162514264337593543950335")]
    [InlineData("792281625142643375935439503350e-1", "79228162514264337593543950335")]
    [InlineData("1.2345678901234567890123456789", "1.2345678901234567890123456789")]
    [InlineData("6000000000.000000000000000000000000000000000000", "6000000000")]
    public void Every_spelling_of_an_amount_is_read_as_its_value_and_written_in_one_form(string spelled, string canonical)
    {
        var json = NegotiationJson.Write(WithTerms(Warheads)).Replace("\"amount\": 1550", $"\"amount\": {spelled}", StringComparison.Ordinal);

        var read = NegotiationJson.ReadOrThrow(json);

        Assert.Contains($"\"amount\": {canonical},", NegotiationJson.Write(read), StringComparison.Ordinal);
        Assert.Equal(WithTerms(Warheads with { Amount = decimal.Parse(canonical, System.Globalization.CultureInfo.InvariantCulture) }), read);
    }

    [Theory]
    [InlineData("1e-29")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1.23456789012345678901234567891")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e29")]
    [InlineData("1e400")]
    [InlineData("1e-400")]
    [InlineData("1e1000000000000000000000")]
    public void An_amount_no_decimal_holds_exactly_is_refused_never_rounded(string spelled)
    {
        var json = NegotiationJson.Write(WithTerms(Warheads)).Replace("\"amount\": 1550", $"\"amount\": {spelled}", StringComparison.Ordinal);

        var error = NegotiationJson.Read(json).AsT1;

        Assert.Equal((ErrorCodes.WrongType, "$.demands[0].action.terms[0].amount"), (error.Code, error.Path));
        Assert.StartsWith("Expected a decimal number of at most 28 decimal places", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_amounts_of_any_scale_make_equal_records_with_equal_hash_codes_and_bytes()
    {
        var scales = new[] { 1.5m, 1.50m, 1.500000m, 15m / 10m };
        var quantities = scales.Select(amount => Warheads with { Amount = amount }).ToList();

        Assert.All(quantities, q => Assert.Equal(quantities[0], q));
        Assert.All(quantities, q => Assert.Equal(quantities[0].GetHashCode(), q.GetHashCode()));
        Assert.All(quantities, q => Assert.Equal("1.5", q.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Single(quantities.Select(q => NegotiationJson.Write(WithTerms(q))).Distinct());
        Assert.Equal(0, (Warheads with { Amount = -0.0m }).Amount.Scale);
    }

    [Fact]
    public void The_reader_of_decimals_agrees_with_the_runtime_on_every_number_a_decimal_holds()
    {
        // The exact reader, held to the runtime's decimals: random digits at random scales, spelled plain, as a whole
        // number times a power of ten, and with zeros added at either end.
        var random = new Random(13);
        for (var i = 0; i < 2000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(0, 1 << 20), random.Next(2) == 0, (byte)random.Next(0, 29));
            var plain = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sign = value < 0 ? "-" : string.Empty;
            var digits = plain.TrimStart('-').Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
            digits = digits.Length == 0 ? "0" : digits;
            var zeros = new string('0', random.Next(0, 40));
            foreach (var spelled in new[] { plain, $"{sign}{digits}e-{value.Scale}", $"{sign}{digits}{zeros}E-{value.Scale + zeros.Length}", $"{sign}0.{zeros}{digits}e{zeros.Length + digits.Length - value.Scale}" })
            {
                Assert.True(FormatValues.TryGetDecimal(Encoding.UTF8.GetBytes(spelled), out var read), spelled);
                Assert.Equal(value, read);
            }
        }
    }

    [Fact]
    public void A_negative_amount_is_refused_in_code_and_when_read()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Warheads with { Amount = -1 });
        Assert.Equal("Amount", error.ParamName);
        Assert.StartsWith("amount must not be negative.", error.Message, StringComparison.Ordinal);

        var json = NegotiationJson.Write(WithTerms(Warheads)).Replace("\"amount\": 1550", "\"amount\": -0.5", StringComparison.Ordinal);
        var read = NegotiationJson.Read(json).AsT1;
        Assert.Equal((ErrorCodes.InvalidValue, "$.demands[0].action.terms[0].amount"), (read.Code, read.Path));
    }

    [Fact]
    public void A_quantity_needs_what_it_measures_a_comparator_and_a_unit()
    {
        Assert.Equal("Item", Assert.Throws<ArgumentException>(() => Warheads with { Item = " " }).ParamName);
        Assert.Equal("Comparator", Assert.Throws<ArgumentOutOfRangeException>(() => Warheads with { Comparator = (Comparator)6 }).ParamName);
        Assert.Equal("Unit", Assert.Throws<ArgumentException>(() => Warheads with { Unit = default }).ParamName);
        Assert.Equal("Place", Assert.Throws<ArgumentException>(() => Warheads with { Place = "a\nb" }).ParamName);
        Assert.Equal("Terms", Assert.Throws<ArgumentNullException>(() => new PolicyAction(ActionKind.Other, "d", terms: [null!])).ParamName);
    }

    [Theory]
    [InlineData(Comparator.AtMost, "at_most")]
    [InlineData(Comparator.AtLeast, "at_least")]
    [InlineData(Comparator.Exactly, "exactly")]
    [InlineData(Comparator.UpTo, "up_to")]
    [InlineData(Comparator.About, "about")]
    public void Comparators_are_written_by_their_names(Comparator comparator, string name)
        => Assert.Contains($"\"comparator\": \"{name}\"", NegotiationJson.Write(WithTerms(Warheads with { Comparator = comparator })), StringComparison.Ordinal);
}
