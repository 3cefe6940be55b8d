using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Quantities;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>Reads and writes a <see cref="QuantityUnit"/> as its one word: a measure in lower case (<c>"kilogram"</c>) or a currency's code (<c>"USD"</c>).</summary>
internal sealed class QuantityUnitConverter : JsonConverter<QuantityUnit>
{
    public override QuantityUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the value at the reader's token, for the reader that bypasses the serializer.</summary>
    public static QuantityUnit ReadValue(ref Utf8JsonReader reader)
    {
        var text = JsonValueException.ReadString(ref reader, "a unit as a string (count, kilogram, tonne, percent, kilometre, day, or a currency code such as USD)");
        return QuantityUnit.TryParse(text, out var unit)
            ? unit
            : throw new JsonValueException(ErrorCodes.InvalidValue, char.ToUpperInvariant(QuantityUnit.Explain(text)![0]) + QuantityUnit.Explain(text)![1..] + ".");
    }

    public override void Write(Utf8JsonWriter writer, QuantityUnit value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.IsDefault ? throw new JsonException("A default QuantityUnit cannot be written.") : value.Value);
}
