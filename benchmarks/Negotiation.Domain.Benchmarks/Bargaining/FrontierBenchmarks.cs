using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Bargaining;

namespace Negotiation.Domain.Benchmarks.Bargaining;

/// <summary>
/// The frontier by merging (the library's <see cref="BargainingAnalysis"/>: the frontier and every solution, without
/// the count of rational outcomes, which the enumeration does not make) against a good
/// enumeration (<see cref="Enumeration"/>), on two-party domains of 10³ to 10⁸ outcomes (n issues of 10 options).
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*FrontierBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class FrontierBenchmarks
{
    private BargainingDomain _domain = null!;

    /// <summary>The outcome count's power of ten.</summary>
    [Params(3, 4, 5, 6, 7, 8)]
    public int Exponent { get; set; }

    [GlobalSetup]
    public void Setup() => _domain = BargainingDomains.OfSize(Exponent);

    [Benchmark(Baseline = true, Description = "enumeration (incremental, sorted skyline)")]
    public int Enumerate() => Enumeration.FrontierSize(_domain);

    /// <summary>The analysis without the count of rational outcomes, which the enumeration does not make either.</summary>
    private static readonly BargainingOptions FrontierOnly = new() { CountRationalOutcomes = false };

    [Benchmark(Description = "merge (the analysis, no rational count)")]
    public int Merge() => BargainingAnalysis.Analyse(_domain, FrontierOnly).AsT0.Frontier.Count;
}
