using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="CountryCode"/> as two upper-case letters (<c>"US"</c>). Lower case is refused when
/// reading, although the type itself accepts it, so that what the reader accepts is exactly what the schema's pattern
/// allows.
/// </summary>
internal sealed class CountryCodeConverter : JsonConverter<CountryCode>
{
    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the value at the reader's token, for the reader that bypasses the serializer.</summary>
    public static CountryCode ReadValue(ref Utf8JsonReader reader)
    {
        var text = JsonValueException.ReadString(ref reader, "a country code as a string");
        var problem = CountryCode.Explain(text);
        if (problem is not null)
        {
            throw new JsonValueException(ErrorCodes.InvalidCountry, Capitalize(problem) + ".");
        }

        if (text[0] is >= 'a' and <= 'z' || text[1] is >= 'a' and <= 'z')
        {
            throw new JsonValueException(ErrorCodes.InvalidCountry, $"{QuotedInput.Quote(text)} is not a country code: write it in upper case, as {QuotedInput.Quote(text.ToUpperInvariant())}.");
        }

        return new CountryCode(text);
    }

    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    private static string Capitalize(string sentence) => sentence[0] == '\'' ? sentence : char.ToUpperInvariant(sentence[0]) + sentence[1..];
}
