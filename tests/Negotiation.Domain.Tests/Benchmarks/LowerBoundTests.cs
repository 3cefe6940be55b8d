using System.Buffers;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Benchmarks.LowerBound;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;
using Negotiation.Domain.Tests.Seeds;
using Negotiation.Domain.Tests.Serialization;

namespace Negotiation.Domain.Tests.Benchmarks;

/// <summary>
/// The benchmarks compare the library with a hand-written <c>Utf8JsonWriter</c> / <c>Utf8JsonReader</c> loop as the
/// lower bound. The comparison is only honest if the loop does the same work: these tests hold it to the library's
/// exact bytes, and to reading them back into an equal document.
/// </summary>
public class LowerBoundTests
{
    public static TheoryData<string> Documents => ["seed-file", "seed", "everything", "generated-100", "generated-1000"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_hand_written_writer_writes_exactly_the_library_bytes(string name)
    {
        var document = Get(name);
        var library = new ArrayBufferWriter<byte>();
        NegotiationJson.Write(document, library);

        var buffer = new ArrayBufferWriter<byte>();
        HandWrittenWriter.Write(document, buffer);
        using var stream = new MemoryStream();
        HandWrittenWriter.Write(document, stream);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(library.WrittenSpan), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.True(library.WrittenSpan.SequenceEqual(stream.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_hand_written_reader_reads_the_library_bytes_into_an_equal_document(string name)
    {
        var document = Get(name);
        var bytes = new ArrayBufferWriter<byte>();
        NegotiationJson.Write(document, bytes);

        var parts = HandWrittenReader.Read(bytes.WrittenSpan);

        Assert.Equal(NegotiationDocument.CurrentFormatVersion, parts.FormatVersion);
        Assert.Equal(document.Content, parts.ToContent());
        Assert.Equal(document, parts.ToDocument().AsT0);
    }

    [Fact]
    public void The_hand_written_reader_refuses_an_unknown_member()
    {
        var json = NegotiationJson.Write(SeedScenario.Build()).Replace("\"title\":", "\"titel\":", StringComparison.Ordinal);

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => HandWrittenReader.Read(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    private static NegotiationDocument Get(string name) => name switch
    {
        "seed-file" => NegotiationJson.ReadOrThrow(SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023)),
        "generated-100" => DocumentGenerator.Generate(100),
        "generated-1000" => DocumentGenerator.Generate(1000),
        _ => SampleDocuments.Get(name),
    };
}
