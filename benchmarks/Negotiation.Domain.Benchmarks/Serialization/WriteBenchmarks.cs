using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Benchmarks.Baseline;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Benchmarks.LowerBound;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Benchmarks.Serialization;

/// <summary>
/// Writing a document: the library (to a reused buffer, to streams, to a string), System.Text.Json through reflection,
/// Newtonsoft.Json (the baseline) and the hand-written lower bound. Buffers and streams are reused, as a server would,
/// so "Allocated" is what the writer itself costs; the stream that keeps nothing shows that writing to a stream does
/// not hold the text (compare its Allocated with the JSON size).
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*WriteBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class WriteBenchmarks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly JsonWriterOptions CanonicalWriter = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly MemoryStream _memory = new();
    private readonly CountingStream _counting = new();
    private NegotiationDocument _document = null!;

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = BenchmarkDocuments.Seed;

    public static IEnumerable<string> Documents => BenchmarkDocuments.Selected;

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkDocuments.Document(Document);

        // The rows must write the same document: the hand-written bytes are tested equal; Newtonsoft's must read back equal.
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

    [Benchmark(Description = "STJ reflection → reused IBufferWriter")]
    public int ReflectionToBuffer()
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, CanonicalWriter))
        {
            JsonSerializer.Serialize(writer, _document, ReflectionOptions.Options);
        }

        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "hand-written → reused IBufferWriter")]
    public int HandWrittenToBuffer()
    {
        _buffer.ResetWrittenCount();
        HandWrittenWriter.Write(_document, _buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "hand-written → stream keeping nothing")]
    public long HandWrittenToCountingStream()
    {
        _counting.Reset();
        HandWrittenWriter.Write(_document, _counting);
        return _counting.Written;
    }
}
