using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes an enum as its snake_case name (<c>illegal_drugs</c>, <c>lift_sanction</c>, <c>in_force</c>), the
/// spelling of PLOVER and FollowTheMoney. Reading is exact: System.Text.Json's own string-enum converter also accepts
/// other casings, numbers in strings and comma-separated lists ("human_rights, military" reads as one value), which a
/// strict format must refuse.
/// </summary>
/// <typeparam name="TEnum">The enum type; registered closed, once per enum, so no reflection is needed.</typeparam>
internal sealed class SnakeCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly JsonEncodedText[] Names = [.. Enum.GetNames<TEnum>().Select(name => JsonEncodedText.Encode(JsonNamingPolicy.SnakeCaseLower.ConvertName(name)))];
    private static readonly string Choices = string.Join(", ", Names.Select(name => name.Value));

    /// <summary>The JSON names, in the order of the values.</summary>
    public static IEnumerable<string> JsonNames => Names.Select(name => name.Value);

    /// <summary>The JSON name of a value, for the writer that bypasses the serializer.</summary>
    /// <exception cref="JsonException">The value is not defined.</exception>
    public static JsonEncodedText NameOf(TEnum value)
    {
        for (var i = 0; i < Values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(Values[i], value))
            {
                return Names[i];
            }
        }

        throw new JsonException($"{value} is not a defined value of {typeof(TEnum).Name}.");
    }

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the value at the reader's token, for the reader that bypasses the serializer.</summary>
    public static TEnum ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValueException.WrongType(reader.TokenType, $"one of {Choices} as a string");
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (reader.ValueTextEquals(Names[i].EncodedUtf8Bytes))
            {
                return Values[i];
            }
        }

        throw new JsonValueException(ErrorCodes.InvalidValue, $"{QuotedInput.Quote(Format.FormatValues.GetString(ref reader))} is not one of {Choices}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));
}
