using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// A whole number is read by its value, whatever its spelling, as JSON Schema's <c>integer</c> takes it (<c>13.0</c>
/// and <c>1.3e1</c> are 13), and written in one canonical form (<c>13</c>): documents that differ only in how a number
/// is spelled read as equal documents with the same bytes.
/// </summary>
public class NumberTests
{
    [Theory]
    [InlineData("13", 13)]
    [InlineData("13.0", 13)]
    [InlineData("13.000", 13)]
    [InlineData("1.3e1", 13)]
    [InlineData("1.3E+1", 13)]
    [InlineData("130e-1", 13)]
    [InlineData("0.13e2", 13)]
    [InlineData("-0", 0)]
    [InlineData("-0.0e5", 0)]
    [InlineData("0e-999999999999999999999", 0)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("2147483647.000", int.MaxValue)]
    [InlineData("2.147483647e9", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("-2.147483648e9", int.MinValue)]
    [InlineData("1e9", 1_000_000_000)]
    [InlineData("10000000000e-1", 1_000_000_000)]
    public void A_whole_number_in_any_spelling_is_read_as_its_value(string text, int expected)
    {
        Assert.True(FormatValues.TryGetWholeNumber(Encoding.ASCII.GetBytes(text), out var value), text);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("13.5")]
    [InlineData("1.35e1")]
    [InlineData("13.000000000000000000000000000001")] // a decimal or a double would round this to 13
    [InlineData("1e-400")] // and a double would round this to 0
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("2.147483648e9")]
    [InlineData("1e10")]
    [InlineData("1e400")]
    [InlineData("1e999999999999999999999")]
    [InlineData("12345678901")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".5")]
    public void A_fraction_or_a_number_past_an_int_is_not_a_whole_number(string text)
        => Assert.False(FormatValues.TryGetWholeNumber(Encoding.ASCII.GetBytes(text), out _), text);

    [Fact]
    public void Every_spelling_of_an_int_is_read_as_it_and_a_fraction_added_to_it_is_not()
    {
        // A spelling: the digits of the value with the point moved left by `shift` places and an exponent that moves it
        // back, and `zeros` zeros after the last digit; a fraction: a non-zero digit after those zeros.
        Gen.Select(Gen.Int, Gen.Int[-12, 12], Gen.Int[0, 4], Gen.Int[1, 9]).Sample((value, shift, zeros, fraction) =>
        {
            var whole = Spell(value, shift, zeros, extra: null);
            Assert.True(FormatValues.TryGetWholeNumber(Encoding.ASCII.GetBytes(whole), out var read), whole);
            Assert.Equal(value, read);

            var notWhole = Spell(value, shift, zeros, extra: fraction);
            Assert.False(FormatValues.TryGetWholeNumber(Encoding.ASCII.GetBytes(notWhole), out _), notWhole);
        }, iter: 2000);
    }

    [Theory]
    [InlineData("13.0")]
    [InlineData("1.3e1")]
    [InlineData("130E-1")]
    public void A_group_size_spelled_with_a_point_or_an_exponent_reads_as_the_whole_number_and_writes_in_the_canonical_form(string spelling)
    {
        var seed = NegotiationJson.ReadOrThrow(JsonEdit.Seed);
        var json = JsonEdit.Set("$.parties[16].size", JsonNode.Parse(spelling));

        var read = NegotiationJson.ReadOrThrow(json);

        Assert.Equal(13, ((Group)read.Parties[16]).Size);
        Assert.Equal(seed, read);
        Assert.Equal(JsonEdit.Seed, NegotiationJson.Write(read));
        Assert.Equal(read, MetadataOracle.TryRead(Encoding.UTF8.GetBytes(json))); // the independent reader agrees
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1e0")]
    [InlineData("10e-1")]
    public void The_format_version_spelled_with_a_point_or_an_exponent_is_version_1(string spelling)
    {
        var json = JsonEdit.Set("$.formatVersion", JsonNode.Parse(spelling));
        Assert.Equal(NegotiationJson.ReadOrThrow(JsonEdit.Seed), NegotiationJson.ReadOrThrow(json));
        Assert.NotNull(MetadataOracle.TryRead(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void A_group_size_with_a_fraction_is_refused_naming_the_number_and_the_range()
    {
        var error = NegotiationJson.Read(JsonEdit.Set("$.parties[16].size", JsonNode.Parse("13.5"))).AsT1;

        Assert.Equal((ErrorCodes.WrongType, "$.parties[16].size"), (error.Code, error.Path));
        Assert.Equal("Expected a whole number from -2147483648 to 2147483647, found '13.5'.", error.Message);
    }

    private static string Spell(int value, int shift, int zeros, int? extra)
    {
        var digits = BigInteger.Abs(value).ToString(CultureInfo.InvariantCulture);
        var sign = value < 0 ? "-" : string.Empty;

        // digits × 10^-shift × 10^shift: the point goes `shift` places left (zeros pad the front), or right (zeros pad the back).
        string mantissa;
        if (shift >= 0)
        {
            var padded = digits.PadLeft(shift + 1, '0');
            mantissa = padded[..^shift] + "." + padded[^shift..] + new string('0', zeros);
        }
        else
        {
            mantissa = digits + new string('0', -shift) + "." + new string('0', zeros);
        }

        mantissa = mantissa.EndsWith('.') ? mantissa + "0" : mantissa;
        return $"{sign}{mantissa}{(extra is { } d ? d.ToString(CultureInfo.InvariantCulture) : string.Empty)}e{shift.ToString(CultureInfo.InvariantCulture)}";
    }
}
