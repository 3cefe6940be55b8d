using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Negotiation.Domain.Benchmarks.FollowTheMoney;

/// <summary>The size of the file a row of <see cref="FtmImportBenchmarks"/> reads, or that size divided by its mean time.</summary>
public sealed class FtmThroughputColumn(bool megabytesPerSecond) : IColumn
{
    public string Id => $"{nameof(FtmThroughputColumn)}.{megabytesPerSecond}";

    public string ColumnName => megabytesPerSecond ? "MB/s" : "File size";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => megabytesPerSecond ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => megabytesPerSecond ? "File size (MiB) divided by the mean time (s)" : "Size of the file the row reads";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        // The columns are computed in the host process: the files are found again by the generator's names.
        var ftm = FtmFileGenerator.Ensure(FtmFileGenerator.SizeFromEnvironment());
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        // The core document by the very name the benchmark reads (not the newest core file: another size may be newer).
        var path = method == nameof(FtmImportBenchmarks.CoreReader) ? FtmImportBenchmarks.CoreDocumentPath(ftm) : ftm;
        if (!File.Exists(path))
        {
            return "-";
        }

        var megabytes = new FileInfo(path).Length / 1024d / 1024d;
        if (!megabytesPerSecond)
        {
            return megabytes.ToString("N1", CultureInfo.InvariantCulture) + " MB";
        }

        return summary[benchmarkCase]?.ResultStatistics is { } statistics
            ? (megabytes / (statistics.Mean / 1e9)).ToString("N1", CultureInfo.InvariantCulture)
            : "-";
    }
}
