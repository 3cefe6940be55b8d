using CsCheck;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// <see cref="NegotiationJson"/> writes with the writer generated from the records; System.Text.Json's metadata over
/// the same records (<see cref="MetadataOracle"/>) is the independent check. The two must never drift: same bytes for
/// every sample and for random documents that reach every member of every record.
/// </summary>
public class CanonicalWriterTests
{
    public static TheoryData<string> Samples => ["seed", "generated", "smallest", "everything"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_canonical_writer_writes_what_the_metadata_writes(string name)
    {
        var document = SampleDocuments.Get(name);

        Assert.Equal(MetadataOracle.Write(document), DocumentSerializer.WriteToString(document));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(MetadataOracle.Write(document)), Bytes(document));
    }

    [Fact]
    public void The_canonical_writer_writes_what_the_metadata_writes_for_a_large_document()
    {
        var document = DocumentGenerator.Generate(2000);

        Assert.Equal(MetadataOracle.Write(document), DocumentSerializer.WriteToString(document));
    }

    [Fact]
    public void The_canonical_writer_writes_what_the_metadata_writes_for_random_documents()
        => DocumentGen.Document.Sample(
            document => Assert.Equal(MetadataOracle.Write(document), DocumentSerializer.WriteToString(document)),
            iter: 300);

    // Through a stream, which the canonical writer flushes between records.
    private static byte[] Bytes(Domain.Documents.NegotiationDocument document)
    {
        using var stream = new MemoryStream();
        DocumentSerializer.Write(document, stream);
        return stream.ToArray();
    }
}
