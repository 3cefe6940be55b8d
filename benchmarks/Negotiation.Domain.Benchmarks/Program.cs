using BenchmarkDotNet.Running;
using Negotiation.Domain.Benchmarks.Measurement;
#if COMPARE_BEFORE
using Negotiation.Domain.Benchmarks.Serialization;
#endif

namespace Negotiation.Domain.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*' --job short</c>.
/// Two commands of its own: <c>smoke</c> runs every benchmark once per document, checking that each row does the same
/// work (in seconds, not minutes); <c>peak-memory</c> measures the peak memory of reading and writing the largest
/// document (see <see cref="PeakMemory"/>); <c>first-touch</c> measures what the machine charges for fresh memory (see
/// <see cref="FirstTouch"/>); <c>ftm-memory [size]</c> measures the peak resident memory of the FollowTheMoney import
/// (see <c>FollowTheMoney/FtmPeakMemory.cs</c>). Built with <c>-p:CompareWithBefore=true</c>, the read and write benchmarks also measure
/// the library as it was at an earlier commit (see <c>Serialization/BeforeLibrary.cs</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["smoke", ..])
        {
            return Smoke.Run(args[1..]);
        }

        if (args is ["peak-memory", ..])
        {
            return PeakMemory.Run(args[1..]);
        }

        if (args is ["ftm-memory", ..])
        {
            return FollowTheMoney.FtmPeakMemory.RunAsync(args[1..]).GetAwaiter().GetResult();
        }

        if (args is ["first-touch", ..])
        {
            return FirstTouch.Run(args[1..]);
        }

#if COMPARE_BEFORE
        // BenchmarkDotNet builds this project again for each run: the environment carries the switch to those builds,
        // or they would build it without the "before" rows.
        Environment.SetEnvironmentVariable(BeforeLibrary.BuildSwitch, "true");
        Console.WriteLine($"Comparing with {BeforeLibrary.Describe()}");
#endif
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
