using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Benchmarks.Analysis;

/// <summary>
/// The analysis on the generated documents of performance.md. The baseline is validating the same document, itself
/// linear: a Ratio that stays flat from N = 100 to N = 100 000 shows an analysis grows linearly too.
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*AnalysisBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private static readonly PartialDate Later = new(2030);
    private NegotiationDocument _document = null!;
    private AgreementId _agreement;

    [Params(100, 1_000, 10_000, 100_000)]
    public int Sanctions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = DocumentGenerator.Generate(Sanctions);
        _agreement = _document.Agreements[^1].Id;
    }

    [Benchmark(Baseline = true, Description = "validate (linear floor)")]
    public object Validate() => NegotiationDocument.Create(_document.Id, _document.Title, _document.Content);

    [Benchmark(Description = "linkage graph")]
    public LinkageGraph Linkage() => LinkageGraph.Of(_document);

    [Benchmark(Description = "ledger of one agreement")]
    public TradeOffLedger Ledger() => TradeOffLedger.Of(_document, _agreement);

    [Benchmark(Description = "stakeholder map of one agreement")]
    public StakeholderMap Stakeholders() => StakeholderMap.Of(_document, _agreement);

    [Benchmark(Description = "what-if of one agreement")]
    public object Apply() => WhatIf.Apply(_document, _agreement, Later, assumeConcluded: true);

    [Benchmark(Description = "DOT diagram")]
    public string Dot() => DotDiagram.Write(_document);

    [Benchmark(Description = "Mermaid diagram")]
    public string Mermaid() => MermaidDiagram.Write(_document);
}
