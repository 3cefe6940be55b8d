using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Negotiation.Domain.Benchmarks.FollowTheMoney;

/// <summary>Allocations, the size of the file each row reads, and its MB/s.</summary>
public sealed class FtmBenchmarkConfig : ManualConfig
{
    public FtmBenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new FtmThroughputColumn(megabytesPerSecond: false));
        AddColumn(new FtmThroughputColumn(megabytesPerSecond: true));
    }
}
