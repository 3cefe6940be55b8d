using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Negotiation.Domain.Benchmarks;

/// <summary>
/// What every serialization benchmark reports beyond the defaults: allocations, the size of the document's JSON, and
/// time and allocation per sanction, so growth across N is read straight from the table.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new DocumentColumn(DocumentColumn.Kind.JsonSize));
        AddColumn(new DocumentColumn(DocumentColumn.Kind.TimePerSanction));
        AddColumn(new DocumentColumn(DocumentColumn.Kind.AllocatedPerSanction));
    }
}
