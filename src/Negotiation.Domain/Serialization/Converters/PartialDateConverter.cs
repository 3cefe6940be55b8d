using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Dates;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>Reads and writes a <see cref="PartialDate"/> as its ISO-8601 prefix (<c>"2020"</c>, <c>"2020-05"</c>, <c>"2023-11-15"</c>).</summary>
internal sealed class PartialDateConverter : JsonConverter<PartialDate>
{
    // "YYYY-MM-DD" is the longest form; anything longer is refused without being decoded in full.
    private const int LongestForm = 10;

    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the value at the reader's token, for the reader that bypasses the serializer.</summary>
    public static PartialDate ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValueException.WrongType(reader.TokenType, "a date as a string (YYYY, YYYY-MM or YYYY-MM-DD)");
        }

        Span<char> buffer = stackalloc char[LongestForm];
        // Only plain ASCII is copied here: copying bytes that are not UTF-8 throws, and the slow path says what is wrong.
        if (!reader.ValueIsEscaped && reader.ValueSpan.Length <= LongestForm && System.Text.Ascii.IsValid(reader.ValueSpan))
        {
            var length = reader.CopyString(buffer);
            if (PartialDate.TryParse(buffer[..length], null, out var date))
            {
                return date;
            }
        }

        var text = Format.FormatValues.GetString(ref reader);
        return PartialDate.TryParse(text, out var unescaped)
            ? unescaped
            : throw new JsonValueException(ErrorCodes.InvalidDate, PartialDate.Explain(text) + ".");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[LongestForm];
        if (value.IsDefault || !value.TryFormat(buffer, out var written, default, null))
        {
            throw new JsonException("A default PartialDate cannot be written.");
        }

        writer.WriteStringValue(buffer[..written]);
    }
}
