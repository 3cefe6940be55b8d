using CsCheck;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// <see cref="NegotiationJson"/> writes with a hand-written loop (<c>CanonicalWriter</c>) for speed; the format is
/// defined by the context's metadata. The two must never drift: same bytes for every sample and for random documents
/// that reach every member of every record.
/// </summary>
public class CanonicalWriterTests
{
    private static readonly DocumentSerializer ThroughMetadata = new(NegotiationJsonContext.Default);

    public static TheoryData<string> Samples => ["seed", "generated", "smallest", "everything"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_canonical_writer_writes_what_the_metadata_writes(string name)
    {
        var document = SampleDocuments.Get(name);

        Assert.Equal(ThroughMetadata.WriteToString(document), DocumentSerializer.Default.WriteToString(document));
        Assert.Equal(Bytes(ThroughMetadata, document), Bytes(DocumentSerializer.Default, document));
    }

    [Fact]
    public void The_canonical_writer_writes_what_the_metadata_writes_for_a_large_document()
    {
        var document = DocumentGenerator.Generate(2000);

        Assert.Equal(ThroughMetadata.WriteToString(document), DocumentSerializer.Default.WriteToString(document));
    }

    [Fact]
    public void The_canonical_writer_writes_what_the_metadata_writes_for_random_documents()
        => DocumentGen.Document.Sample(
            document => Assert.Equal(ThroughMetadata.WriteToString(document), DocumentSerializer.Default.WriteToString(document)),
            iter: 300);

    // Through a stream, which the canonical writer flushes between records.
    private static byte[] Bytes(DocumentSerializer serializer, Domain.Documents.NegotiationDocument document)
    {
        using var stream = new MemoryStream();
        serializer.Write(document, stream);
        return stream.ToArray();
    }
}
