using System.Diagnostics;
using System.Globalization;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Benchmarks.Measurement;

/// <summary>
/// Peak memory of reading and writing one document, measured in a process of its own so nothing else is on the heap.
/// <c>peak-memory prepare N file</c> writes the generated document's JSON to a file; <c>peak-memory read file</c>
/// reads it back with <see cref="NegotiationJson.Read(Stream, NegotiationJsonOptions?)"/> and reports, against the
/// JSON's size: the bytes allocated while reading (an upper bound on how much the heap can grow), the heap the
/// document keeps, and the growth of the process's peak working set. <c>peak-memory write N</c> writes the document
/// to a stream that keeps nothing and reports what the write allocated against the output's size.
/// </summary>
public static class PeakMemory
{
    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["prepare", var n, var file]:
                {
                    using var output = File.Create(file);
                    NegotiationJson.Write(DocumentGenerator.Generate(int.Parse(n, CultureInfo.InvariantCulture)), output);
                    return 0;
                }

            case ["read", var file]:
                return Read(file);
            case ["write", var n]:
                return Write(int.Parse(n, CultureInfo.InvariantCulture));
            default:
                Console.Error.WriteLine("usage: peak-memory prepare N file | peak-memory read file | peak-memory write N");
                return 2;
        }
    }

    private static int Read(string file)
    {
        var size = new FileInfo(file).Length;

        // Warm the reader up on a small document, so the measure is of the big one, not of loading code.
        NegotiationJson.ReadOrThrow(NegotiationJson.Write(DocumentGenerator.Generate(10)));
        using var process = Process.GetCurrentProcess();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        NegotiationDocument document;
        using (var input = File.OpenRead(file))
        {
            document = NegotiationJson.Read(input, BenchmarkDocuments.Limits).AsT0;
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var peakGrowth = process.PeakWorkingSet64 - workingSetBefore;
        var kept = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(document);

        Console.WriteLine($"document: {document.Sanctions.Count} sanctions, JSON {Mb(size)}");
        Console.WriteLine($"allocated while reading: {Mb(allocated)} ({allocated / (double)size:N2}x the JSON)");
        Console.WriteLine($"heap kept by the document: {Mb(kept)} ({kept / (double)size:N2}x the JSON)");
        Console.WriteLine($"peak working set growth: {Mb(peakGrowth)} ({peakGrowth / (double)size:N2}x the JSON)");
        return 0;
    }

    private static int Write(int sanctions)
    {
        var document = DocumentGenerator.Generate(sanctions);
        var output = new Serialization.CountingStream();
        NegotiationJson.Write(DocumentGenerator.Generate(10), output); // warm up
        output.Reset();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        NegotiationJson.Write(document, output);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine($"document: {sanctions} sanctions, JSON {Mb(output.Written)}");
        Console.WriteLine($"allocated while writing to a stream: {Mb(allocated)} ({allocated / (double)output.Written:P2} of the output)");
        return 0;
    }

    private static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("N2", CultureInfo.InvariantCulture) + " MB";
}
