using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a whole <see cref="NegotiationDocument"/>, so that the context serves a document held in a user's
/// own type. Reading checks the version and every document-level rule; a broken rule becomes a
/// <see cref="JsonException"/> that lists them all (System.Text.Json adds where the document is). For the exact place
/// of each problem, read with <see cref="NegotiationJson"/>.
/// </summary>
internal sealed class NegotiationDocumentConverter : JsonConverter<NegotiationDocument>
{
    public override NegotiationDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        RawDocument raw;
        try
        {
            raw = DocumentFormat.Read(ref reader, options);
        }
        catch (ArgumentException exception)
        {
            // A record's guard: System.Text.Json would let it escape as it is, without saying where the document is.
            throw new JsonException($"A record of the document breaks a rule: {exception.Message} Read the document with NegotiationJson for the exact place.", exception);
        }

        if (raw.FormatVersion != NegotiationDocument.CurrentFormatVersion)
        {
            throw new JsonValueException(ErrorCodes.UnsupportedVersion, DocumentErrors.UnsupportedVersion(raw.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return NegotiationDocument.Create(raw.Id, raw.Title, raw.Content, raw.Description).Match(
            document => document,
            failure => throw new JsonValueException(failure.Errors[0].Code, $"The document breaks {failure.Errors.Count} rule(s):{Environment.NewLine}{failure}"));
    }

    public override void Write(Utf8JsonWriter writer, NegotiationDocument value, JsonSerializerOptions options)
    {
        var steps = new DocumentFormat.Writer(value, options);
        while (steps.WriteNext(writer))
        {
        }
    }
}
