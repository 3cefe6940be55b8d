using System.Diagnostics;
using System.Globalization;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Benchmarks.FollowTheMoney;

/// <summary>
/// <c>ftm-memory [size]</c>: the peak resident memory of the streaming import of the generated FtM file (the size as
/// for <see cref="FtmFileGenerator.SizeFromEnvironment"/>, 1 GB by default), in a process of its own, index included.
/// It reads every record, keeps none, and prints the peak working set and the process's start, the records and notes
/// counted and the MB/s. The target is a peak below 250 MB.
/// </summary>
public static class FtmPeakMemory
{
    public static async Task<int> RunAsync(string[] args)
    {
        var size = args.Length > 0 ? FtmFileGenerator.ParseSize(args[0]) : FtmFileGenerator.SizeFromEnvironment();
        var path = FtmFileGenerator.Ensure(size);
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var startWorkingSet = process.WorkingSet64;
        var exceptions = 0L;
        AppDomain.CurrentDomain.FirstChanceException += (_, _) => Interlocked.Increment(ref exceptions);
        var clock = Stopwatch.StartNew();
        long records = 0, notes = 0;
        await foreach (var record in FtmImport.ReadFileAsync(path, FtmFormat.Entities, new ImportOptions()).ConfigureAwait(false))
        {
            if (record is ImportedNote)
            {
                notes++;
            }
            else
            {
                records++;
            }
        }

        clock.Stop();
        process.Refresh();
        var megabytes = new FileInfo(path).Length / 1024d / 1024d;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"file {megabytes:N1} MB, {records:N0} records, {notes:N0} notes, {clock.Elapsed.TotalSeconds:N1} s, {megabytes / clock.Elapsed.TotalSeconds:N1} MB/s, {exceptions} first-chance exceptions"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {process.PeakWorkingSet64 / 1024d / 1024d:N1} MB (at start {startWorkingSet / 1024d / 1024d:N1} MB); target below 250 MB"));
        var peak = process.PeakWorkingSet64;

        // For scale on this machine, now: the token pass over the same file (the benchmarks' floor).
        var tokenClock = Stopwatch.StartNew();
        var tokens = FtmImportBenchmarks.Tokens(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"token pass: {tokens:N0} tokens, {tokenClock.Elapsed.TotalSeconds:N1} s, {megabytes / tokenClock.Elapsed.TotalSeconds:N1} MB/s"));
        return peak < 250L * 1024 * 1024 ? 0 : 1;
    }
}
