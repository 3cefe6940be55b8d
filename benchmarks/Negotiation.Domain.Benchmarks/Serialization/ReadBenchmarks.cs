#if COMPARE_BEFORE
extern alias before;

#endif
using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Benchmarks.Baseline;
using Negotiation.Domain.Benchmarks.Dtos;
using Negotiation.Domain.Benchmarks.Floors;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
#if COMPARE_BEFORE
using BeforeJson = before::Negotiation.Domain.Serialization.NegotiationJson;
using BeforeOptions = before::Negotiation.Domain.Serialization.NegotiationJsonOptions;
#endif

namespace Negotiation.Domain.Benchmarks.Serialization;

/// <summary>
/// Reading a document from its UTF-8 bytes: the library (strict, with every document-level rule checked) from bytes
/// and from a stream; Newtonsoft.Json into the model's records without the document-level rules (the baseline);
/// System.Text.Json through reflection into plain classes (no validation at all); the floor, a
/// <see cref="System.Text.Json.Utf8JsonReader"/> pass that touches every token and builds nothing; and the
/// document-level rules alone on content already read, so their share of the read is visible. Built with
/// <c>-p:CompareWithBefore=true</c>, also the library as it was at an earlier commit ("before"), from bytes.
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*ReadBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ReadBenchmarks
{
#if COMPARE_BEFORE
    private static readonly BeforeOptions BeforeLimits = new() { MaxBytes = BenchmarkDocuments.Limits.MaxBytes };
#endif
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

        // Every row reads the whole document: the readers that build something must build it all.
        if (NewtonsoftFromBytes().ToContent() != _content || Library() != _document || LibraryFromStream() != _document)
        {
            throw new InvalidOperationException("A reader does not read the document back equal: the comparison would be unfair.");
        }

        var dto = SystemTextJsonDtos();
        if (dto.Id != _document.Id.ToString() || (dto.Parties?.Count ?? 0) != _document.Parties.Count || (dto.Sanctions?.Count ?? 0) != _document.Sanctions.Count)
        {
            throw new InvalidOperationException("System.Text.Json does not read the whole document into the plain classes.");
        }

#if COMPARE_BEFORE
        // The earlier library reads the same document: it writes it back to the same bytes.
        if (BeforeJson.Write(BeforeJson.ReadOrThrow(_json, BeforeLimits)) != System.Text.Encoding.UTF8.GetString(_json))
        {
            throw new InvalidOperationException("The before library does not read the document back to the same text.");
        }
#endif
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

#if COMPARE_BEFORE
    // Typed object: the project BenchmarkDotNet generates does not see the before library's types.
    [Benchmark(Description = "before: library (validated)")]
    public object BeforeLibrary() => BeforeJson.Read(_json, BeforeLimits).AsT0;

#endif
    [Benchmark(Description = "STJ reflection, plain classes (no validation)")]
    public DocumentDto SystemTextJsonDtos() => DtoJson.Read(_json);

    [Benchmark(Description = "floor: Utf8JsonReader pass")]
    public TokenTally Floor() => ReadFloor.Read(_json);

    [Benchmark(Description = "validation alone")]
    public NegotiationDocument ValidationAlone() => NegotiationDocument.Create(_document.Id, _document.Title, _content, _document.Description).AsT0;
}
