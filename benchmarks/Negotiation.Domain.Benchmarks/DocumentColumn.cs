using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Negotiation.Domain.Benchmarks.Generation;

namespace Negotiation.Domain.Benchmarks;

/// <summary>A column computed from the benchmark's <c>Document</c> parameter: its JSON size, or a result divided by its sanctions.</summary>
public sealed class DocumentColumn(DocumentColumn.Kind kind) : IColumn
{
    public enum Kind
    {
        JsonSize,
        TimePerSanction,
        AllocatedPerSanction,
    }

    public string Id => $"{nameof(DocumentColumn)}.{kind}";

    public string ColumnName => kind switch
    {
        Kind.JsonSize => "JSON size",
        Kind.TimePerSanction => "Time/sanction",
        _ => "Alloc/sanction",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind switch
    {
        Kind.JsonSize => "Size of the document's canonical JSON",
        Kind.TimePerSanction => "Mean divided by the document's number of sanctions",
        _ => "Allocated divided by the document's number of sanctions",
    };

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Document"] is not string document)
        {
            return "-";
        }

        if (kind == Kind.JsonSize)
        {
            return Bytes(BenchmarkDocuments.Json(document).Length);
        }

        var report = summary[benchmarkCase];
        var sanctions = BenchmarkDocuments.Sanctions(document);
        if (kind == Kind.TimePerSanction)
        {
            return report?.ResultStatistics is { } statistics
                ? (statistics.Mean / sanctions).ToString("N1", CultureInfo.InvariantCulture) + " ns"
                : "-";
        }

        return report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } allocated
            ? (allocated / (double)sanctions).ToString("N0", CultureInfo.InvariantCulture) + " B"
            : "-";
    }

    private static string Bytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("N2", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / 1024d).ToString("N1", CultureInfo.InvariantCulture) + " KB",
    };
}
