using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Benchmarks.Baseline;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Benchmarks.LowerBound;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Benchmarks.Serialization;

/// <summary>
/// Reading a document from its UTF-8 bytes: the library (strict, with every document-level rule checked),
/// System.Text.Json through reflection (the same converters, so the same validation), Newtonsoft.Json without any
/// validation (the baseline), the hand-written lower bound with and without the document-level rules, and those rules
/// alone on content already read, so their share of the read is visible.
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*ReadBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ReadBenchmarks
{
    private byte[] _json = [];
    private NegotiationDocument _document = null!;
    private NegotiationContent _content = null!;

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = BenchmarkDocuments.Seed;

    public static IEnumerable<string> Documents => BenchmarkDocuments.Selected;

    [GlobalSetup]
    public void Setup()
    {
        _json = BenchmarkDocuments.Json(Document);
        _document = BenchmarkDocuments.Document(Document);
        _content = _document.Content;
        if (NewtonsoftFromBytes().ToContent() != _content || HandWrittenAndValidate() != _document || Library() != _document || Reflection() != _document)
        {
            throw new InvalidOperationException("A reader does not read the document back equal: the comparison would be unfair.");
        }
    }

    [Benchmark(Baseline = true, Description = "Newtonsoft.Json (no validation)")]
    public DocumentParts NewtonsoftFromBytes()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(_json, writable: false)));
        return NewtonsoftSettings.Serializer.Deserialize<DocumentParts>(reader)!;
    }

    [Benchmark(Description = "library (validated)")]
    public NegotiationDocument Library() => NegotiationJson.Read(_json, BenchmarkDocuments.Limits).AsT0;

    [Benchmark(Description = "library from a stream (validated)")]
    public NegotiationDocument LibraryFromStream() => NegotiationJson.Read(new MemoryStream(_json, writable: false), BenchmarkDocuments.Limits).AsT0;

    [Benchmark(Description = "STJ reflection (validated)")]
    public NegotiationDocument Reflection() => JsonSerializer.Deserialize<NegotiationDocument>(_json, ReflectionOptions.Options)!;

    [Benchmark(Description = "hand-written (no validation)")]
    public DocumentParts HandWritten() => HandWrittenReader.Read(_json);

    [Benchmark(Description = "hand-written + validation")]
    public NegotiationDocument HandWrittenAndValidate() => HandWrittenReader.Read(_json).ToDocument().AsT0;

    [Benchmark(Description = "validation alone")]
    public NegotiationDocument ValidationAlone() => NegotiationDocument.Create(_document.Id, _document.Title, _content, _document.Description).AsT0;
}
