using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.References;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>Reads and writes a <see cref="Reference"/> as <c>"kind:id"</c> (<c>"sanction:us-entity-list-ifs"</c>).</summary>
internal sealed class ReferenceConverter : JsonConverter<Reference>
{
    public override Reference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the value at the reader's token, for the reader that bypasses the serializer.</summary>
    public static Reference ReadValue(ref Utf8JsonReader reader)
    {
        var text = JsonValueException.ReadString(ref reader, "a reference as a string (kind:id)");
        if (Reference.TryParse(text, out var reference))
        {
            return reference;
        }

        // The slug's own explanation ("an id cannot be empty") does not say that it is about a reference.
        var problem = Reference.Explain(text)!;
        throw new JsonValueException(ErrorCodes.InvalidReference, (problem.StartsWith('\'') ? problem : $"{QuotedInput.Quote(text)} is not a reference: {problem}") + ".");
    }

    public override void Write(Utf8JsonWriter writer, Reference value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("A default Reference cannot be written.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
