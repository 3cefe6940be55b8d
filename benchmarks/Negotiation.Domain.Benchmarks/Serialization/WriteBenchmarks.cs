#if COMPARE_BEFORE
extern alias before;

#endif
using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Benchmarks.Baseline;
using Negotiation.Domain.Benchmarks.Dtos;
using Negotiation.Domain.Benchmarks.Floors;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
#if COMPARE_BEFORE
using BeforeDocument = before::Negotiation.Domain.Documents.NegotiationDocument;
using BeforeJson = before::Negotiation.Domain.Serialization.NegotiationJson;
using BeforeOptions = before::Negotiation.Domain.Serialization.NegotiationJsonOptions;
#endif

namespace Negotiation.Domain.Benchmarks.Serialization;

/// <summary>
/// Writing a document: the library (to a reused buffer, to streams, to a string); Newtonsoft.Json from the model's
/// records (the baseline); System.Text.Json through reflection from plain classes; and the floor, a
/// <see cref="System.Text.Json.Utf8JsonWriter"/> replaying the document's tokens flattened ahead of time. Buffers and
/// streams are reused, as a server would, so "Allocated" is what the writer itself costs; the stream that keeps nothing
/// shows that writing to a stream does not hold the text (compare its Allocated with the JSON size). Built with
/// <c>-p:CompareWithBefore=true</c>, also the library as it was at an earlier commit ("before"), to a reused buffer and
/// to a stream that keeps nothing.
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*WriteBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class WriteBenchmarks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly MemoryStream _memory = new();
    private readonly CountingStream _counting = new();
    private NegotiationDocument _document = null!;
    private DocumentDto _dto = null!;
    private WriteFloor _floor = null!;
#if COMPARE_BEFORE
    private BeforeDocument _before = null!;
#endif

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = BenchmarkDocuments.Seed;

    public static IEnumerable<string> Documents => BenchmarkDocuments.Selected;

    [GlobalSetup]
    public void Setup()
    {
        // Every library writes records its own reader made from the same text, so they lie in memory as a read
        // document's do. (Writing the generator's records instead made the library walk 300 MB laid out in another
        // order than the "before" library's, which alone cost it 1.4x at 100 000 sanctions.)
        var json = BenchmarkDocuments.Json(Document);
        _document = NegotiationJson.ReadOrThrow(json, BenchmarkDocuments.Limits);
        _dto = DtoJson.Read(json);
        _floor = new WriteFloor(TokenStream.Flatten(json));

        // The rows must write the same document: the floor and System.Text.Json write the library's bytes (also
        // tested); Newtonsoft.Json's text must read back equal.
        FloorToBuffer();
        Same(_buffer.WrittenSpan, json, "the floor");
        SystemTextJsonDtosToBuffer();
        Same(_buffer.WrittenSpan, json, "System.Text.Json");
        FloorToCountingStream();
        Same(_counting.Written, json.Length, "the floor to a stream");
#if COMPARE_BEFORE
        _before = BeforeJson.ReadOrThrow(json, new BeforeOptions { MaxBytes = BenchmarkDocuments.Limits.MaxBytes });
        BeforeToBuffer();
        Same(_buffer.WrittenSpan, json, "the before library");
        BeforeToCountingStream();
        Same(_counting.Written, json.Length, "the before library to a stream");
#endif

        NewtonsoftToMemory();
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(_memory.ToArray())));
        var parts = NewtonsoftSettings.Serializer.Deserialize<DocumentParts>(reader)!;
        if (parts.ToContent() != _document.Content)
        {
            throw new InvalidOperationException("Newtonsoft.Json does not round-trip the document: the comparison would be unfair.");
        }
    }

    [Benchmark(Baseline = true, Description = "Newtonsoft.Json → reused MemoryStream")]
    public long NewtonsoftToMemory()
    {
        _memory.SetLength(0);
        using (var text = new StreamWriter(_memory, Utf8, 16 * 1024, leaveOpen: true))
        {
            NewtonsoftSettings.Serializer.Serialize(text, DocumentParts.From(_document));
        }

        return _memory.Length;
    }

    [Benchmark(Description = "library → reused IBufferWriter")]
    public int LibraryToBuffer()
    {
        _buffer.ResetWrittenCount();
        NegotiationJson.Write(_document, _buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "library → reused MemoryStream")]
    public long LibraryToMemory()
    {
        _memory.SetLength(0);
        NegotiationJson.Write(_document, _memory);
        return _memory.Length;
    }

    [Benchmark(Description = "library → stream keeping nothing")]
    public long LibraryToCountingStream()
    {
        _counting.Reset();
        NegotiationJson.Write(_document, _counting);
        return _counting.Written;
    }

    [Benchmark(Description = "library → string")]
    public string LibraryToString() => NegotiationJson.Write(_document);

#if COMPARE_BEFORE
    [Benchmark(Description = "before: library → reused IBufferWriter")]
    public int BeforeToBuffer()
    {
        _buffer.ResetWrittenCount();
        BeforeJson.Write(_before, _buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "before: library → stream keeping nothing")]
    public long BeforeToCountingStream()
    {
        _counting.Reset();
        BeforeJson.Write(_before, _counting);
        return _counting.Written;
    }

#endif
    [Benchmark(Description = "STJ reflection, plain classes → reused IBufferWriter")]
    public int SystemTextJsonDtosToBuffer()
    {
        _buffer.ResetWrittenCount();
        DtoJson.Write(_dto, _buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "floor: Utf8JsonWriter replay → reused IBufferWriter")]
    public int FloorToBuffer()
    {
        _buffer.ResetWrittenCount();
        _floor.WriteTo(_buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "floor: Utf8JsonWriter replay → stream keeping nothing")]
    public long FloorToCountingStream()
    {
        _counting.Reset();
        _floor.WriteTo(_counting);
        return _counting.Written;
    }

    private static void Same(ReadOnlySpan<byte> written, ReadOnlySpan<byte> expected, string row)
    {
        if (!written.SequenceEqual(expected))
        {
            throw new InvalidOperationException($"{row} does not write the library's bytes: the comparison would be unfair.");
        }
    }

    private static void Same(long written, long expected, string row)
    {
        if (written != expected)
        {
            throw new InvalidOperationException($"{row} writes {written} bytes, the library {expected}: the comparison would be unfair.");
        }
    }
}
