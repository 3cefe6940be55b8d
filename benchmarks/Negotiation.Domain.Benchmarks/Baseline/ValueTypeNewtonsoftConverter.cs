using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.References;
using Newtonsoft.Json;

namespace Negotiation.Domain.Benchmarks.Baseline;

/// <summary><see cref="PartialDate"/>, <see cref="CountryCode"/> and <see cref="Reference"/> as their strings.</summary>
internal sealed class ValueTypeNewtonsoftConverter : JsonConverter
{
    public override bool CanConvert(Type objectType)
    {
        var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
        return type == typeof(PartialDate) || type == typeof(CountryCode) || type == typeof(Reference);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => writer.WriteValue(value!.ToString());

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var text = (string)reader.Value!;
        var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
        if (type == typeof(PartialDate))
        {
            return PartialDate.Parse(text);
        }

        return type == typeof(CountryCode) ? new CountryCode(text) : Reference.Parse(text);
    }
}
