using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Benchmarks.Variants;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Benchmarks.Serialization;

/// <summary>
/// The library reading valid input that is not canonical, against the same document's canonical bytes (the baseline):
/// members shuffled in every object with <c>kind</c> never first, explicit nulls for absent members the format allows
/// to be null, no whitespace, tabs. The target is within 1.3× the time and allocation of the canonical form. The
/// variants are written in the setup (<see cref="VariantWriter"/>), which checks that each reads back equal.
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*NonCanonicalInputBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class NonCanonicalInputBenchmarks
{
    private static readonly VariantOptions Shuffled = new(ShuffleMembers: true, ExplicitNulls: false, VariantLayout.Indented);
    private static readonly VariantOptions ShuffledWithNulls = new(ShuffleMembers: true, ExplicitNulls: true, VariantLayout.Indented);
    private static readonly VariantOptions ShuffledMinified = new(ShuffleMembers: true, ExplicitNulls: false, VariantLayout.Minified);
    private static readonly VariantOptions ShuffledTabs = new(ShuffleMembers: true, ExplicitNulls: false, VariantLayout.Tabs);

    private byte[] _canonical = [];
    private byte[] _shuffled = [];
    private byte[] _shuffledWithNulls = [];
    private byte[] _shuffledMinified = [];
    private byte[] _shuffledTabs = [];

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = BenchmarkDocuments.Seed;

    public static IEnumerable<string> Documents => BenchmarkDocuments.Selected;

    [GlobalSetup]
    public void Setup()
    {
        var document = BenchmarkDocuments.Document(Document);
        _canonical = BenchmarkDocuments.Json(Document);
        var variants = new VariantWriter(new FormatSchema(NegotiationJson.Schema));
        _shuffled = Variant(variants, Shuffled, document);
        _shuffledWithNulls = Variant(variants, ShuffledWithNulls, document);
        _shuffledMinified = Variant(variants, ShuffledMinified, document);
        _shuffledTabs = Variant(variants, ShuffledTabs, document);
    }

    [Benchmark(Baseline = true, Description = "library: canonical")]
    public NegotiationDocument Canonical() => Read(_canonical);

    [Benchmark(Description = "library: members shuffled")]
    public NegotiationDocument MembersShuffled() => Read(_shuffled);

    [Benchmark(Description = "library: shuffled + explicit nulls")]
    public NegotiationDocument ShuffledAndNulls() => Read(_shuffledWithNulls);

    [Benchmark(Description = "library: shuffled, minified")]
    public NegotiationDocument ShuffledAndMinified() => Read(_shuffledMinified);

    [Benchmark(Description = "library: shuffled, tab-indented")]
    public NegotiationDocument ShuffledAndTabs() => Read(_shuffledTabs);

    private static NegotiationDocument Read(byte[] json) => NegotiationJson.Read(json, BenchmarkDocuments.Limits).AsT0;

    private byte[] Variant(VariantWriter variants, VariantOptions options, NegotiationDocument document)
    {
        var json = variants.Write(_canonical, options);
        return NegotiationJson.Read(json, BenchmarkDocuments.Limits).Match(read => read == document, _ => false)
            ? json
            : throw new InvalidOperationException($"The {options} variant of {Document} does not read back into the same document.");
    }
}
