using System.Buffers;
using System.Text.Json;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using OneOf;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The library's one reader and writer, under the name the theories take. There used to be a second (reflection over
/// the metadata); the generated format replaced both, and the independent check is now <see cref="MetadataOracle"/>.
/// </summary>
internal static class Serializers
{
    public const string SourceGenerated = "generated";

    public static TheoryData<string> Both => [SourceGenerated];

    public static LibrarySerializer Get(string name) => name == SourceGenerated
        ? LibrarySerializer.Instance
        : throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown serializer.");
}

/// <summary>The library's reading and writing, through <see cref="DocumentSerializer"/>.</summary>
internal sealed class LibrarySerializer
{
    public static LibrarySerializer Instance { get; } = new();

    public string WriteToString(NegotiationDocument document) => DocumentSerializer.WriteToString(document);

    public void Write(NegotiationDocument document, IBufferWriter<byte> output) => DocumentSerializer.Write(document, output);

    public void Write(NegotiationDocument document, Stream output) => DocumentSerializer.Write(document, output);

    public Task WriteAsync(NegotiationDocument document, Stream output, CancellationToken cancellationToken) => DocumentSerializer.WriteAsync(document, output, cancellationToken);

    public OneOf<NegotiationDocument, JsonReadError> Read(string json, NegotiationJsonOptions? options) => DocumentSerializer.Read(json, options);

    public OneOf<NegotiationDocument, JsonReadError> Read(ReadOnlySpan<byte> json, NegotiationJsonOptions? options) => DocumentSerializer.Read(json, options);

    public OneOf<NegotiationDocument, JsonReadError> Read(Stream json, NegotiationJsonOptions? options) => DocumentSerializer.Read(json, options);

    public ValueTask<OneOf<NegotiationDocument, JsonReadError>> ReadAsync(Stream json, NegotiationJsonOptions? options, CancellationToken cancellationToken) => DocumentSerializer.ReadAsync(json, options, cancellationToken);

    public JsonSerializerOptions Options => NegotiationJson.SerializerOptions;
}
