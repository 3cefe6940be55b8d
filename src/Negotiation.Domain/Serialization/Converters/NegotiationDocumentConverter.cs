using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization.Format;

using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>
/// Lets System.Text.Json read and write a whole document inside a user's own JSON, through the same generated reader and
/// writer as <see cref="NegotiationJson"/>. A problem comes out as a <see cref="JsonException"/> whose message carries
/// the code and the path within the document.
/// </summary>
internal sealed class NegotiationDocumentConverter : JsonConverter<NegotiationDocument>
{
    public override NegotiationDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var raw = FormatConverter<RawDocument>.ReadRecord(ref reader, options, RawDocumentFormat.Read);
        return NegotiationDocument.FromRoot(raw, ValidationFailure.DefaultMaxErrors).Match(
            document => document,
            failure => throw new JsonValueException(failure.Errors[0].Code, $"The document breaks {failure.Errors.Count + failure.OmittedErrorCount} rule(s):{Environment.NewLine}{failure}"));
    }

    public override void Write(Utf8JsonWriter writer, NegotiationDocument value, JsonSerializerOptions options)
        => RawDocumentFormat.Write(writer, value.Root);
}
