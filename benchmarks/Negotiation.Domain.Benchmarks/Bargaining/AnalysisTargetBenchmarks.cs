using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Bargaining;

namespace Negotiation.Domain.Benchmarks.Bargaining;

/// <summary>
/// The whole bargaining analysis on the issue's domains: 12 issues × 8 options, independent or opposed values, two or
/// three parties; 30 × 10 independent for two; and a near-zero-sum domain (zero-sum plus noise of 10⁻⁹, which the
/// up-front check does not catch) that reaches the cap of 1 000 000 points and stops.
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*AnalysisTargetBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn] // the issue's targets are medians
public class AnalysisTargetBenchmarks
{
    private BargainingDomain _independent2 = null!;
    private BargainingDomain _opposed2 = null!;
    private BargainingDomain _independent3 = null!;
    private BargainingDomain _opposed3 = null!;
    private BargainingDomain _large = null!;
    private BargainingDomain _nearZeroSum = null!;

    [GlobalSetup]
    public void Setup()
    {
        _independent2 = BargainingDomains.Make(12, 8, 2, BargainingDomains.Kind.Independent);
        _opposed2 = BargainingDomains.Make(12, 8, 2, BargainingDomains.Kind.Opposed);
        _independent3 = BargainingDomains.Make(12, 8, 3, BargainingDomains.Kind.Independent);
        _opposed3 = BargainingDomains.Make(12, 8, 3, BargainingDomains.Kind.Opposed);
        _large = BargainingDomains.Make(30, 10, 2, BargainingDomains.Kind.Independent);

        // Zero-sum with equal weights, then one value in two nudged by 10⁻⁹: not zero-sum, but nearly every outcome optimal.
        var zeroSum = BargainingDomains.Make(12, 8, 2, BargainingDomains.Kind.Opposed);
        var random = new Random(9);
        _nearZeroSum = zeroSum with
        {
            Preferences =
            [
                zeroSum.Preferences[0] with { Issues = [.. zeroSum.Preferences[0].Issues.Select(i => i with { Weight = 1m })] },
                zeroSum.Preferences[1] with
                {
                    Issues = [.. zeroSum.Preferences[1].Issues.Select(i => i with
                    {
                        Weight = 1m,
                        Values = [.. i.Values.Select(v => Math.Clamp(v + (random.Next(2) == 0 ? 0.000000001m : 0m), 0m, 1m))],
                    })],
                },
            ],
        };
    }

    [Benchmark(Description = "12 × 8, independent, 2 parties")]
    public int Independent2() => BargainingAnalysis.Analyse(_independent2).AsT0.Frontier.Count;

    [Benchmark(Description = "12 × 8, opposed, 2 parties")]
    public int Opposed2() => BargainingAnalysis.Analyse(_opposed2).AsT0.Frontier.Count;

    [Benchmark(Description = "12 × 8, independent, 3 parties")]
    public int Independent3() => BargainingAnalysis.Analyse(_independent3).AsT0.Frontier.Count;

    [Benchmark(Description = "12 × 8, opposed, 3 parties")]
    public int Opposed3() => BargainingAnalysis.Analyse(_opposed3).Match(r => r.Frontier.Count, f => -1);

    [Benchmark(Description = "30 × 10, independent, 2 parties")]
    public int Large() => BargainingAnalysis.Analyse(_large).AsT0.Frontier.Count;

    [Benchmark(Description = "near zero-sum 12 × 8, to the cap")]
    public int NearZeroSum() => BargainingAnalysis.Analyse(_nearZeroSum).Match(r => r.Frontier.Count, f => f.FrontierSize ?? 0);
}
