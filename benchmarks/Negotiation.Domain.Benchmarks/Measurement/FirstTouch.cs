using System.Diagnostics;
using System.Globalization;

namespace Negotiation.Domain.Benchmarks.Measurement;

/// <summary>
/// What the machine charges for memory a process has not touched yet, against memory it has. Reading a document builds
/// a graph of new objects a few times the JSON's size; when the garbage collector has to take fresh pages for it, the
/// first write to each page is a fault that the kernel (and, in a virtual machine, the host) serves. <c>first-touch
/// [MB]</c> allocates that many megabytes, writes one byte per 4 KB page, writes them again, and does so four times,
/// printing the milliseconds of each pass. The first pass on fresh memory against the second on the same pages is that
/// cost, measured instead of assumed, and it is what grows the time per sanction of the largest documents.
/// </summary>
public static class FirstTouch
{
    private const int Page = 4096;

    public static int Run(string[] args)
    {
        var megabytes = args is [var mb] ? int.Parse(mb, CultureInfo.InvariantCulture) : 37;
        for (var round = 1; round <= 4; round++)
        {
            var memory = GC.AllocateUninitializedArray<byte>(megabytes * 1024 * 1024);
            var first = TouchEveryPage(memory, 1);
            var again = TouchEveryPage(memory, 2);
            Console.WriteLine($"round {round}: {megabytes} MB, first touch {first:F1} ms ({first / megabytes:F2} ms/MB), touched again {again:F1} ms");
            GC.KeepAlive(memory);
            memory = null;
            GC.Collect();
        }

        return 0;
    }

    private static double TouchEveryPage(byte[] memory, byte value)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < memory.Length; i += Page)
        {
            memory[i] = value;
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}
