using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Benchmarks.FollowTheMoney;

/// <summary>
/// The FollowTheMoney import against the core document reader, in one run, and a plain <see cref="Utf8JsonReader"/>
/// token pass over the FtM file (the floor: no import can read faster). The FtM file is
/// <see cref="FtmFileGenerator.SizeFromEnvironment"/> (1 GB by default). The core document has the same size up to
/// <c>NEGOTIATION_BENCH_FTM_CORE_BYTES</c> (256 MB by default): the core reader parses a whole document into memory
/// before it validates it, so a 1 GB document would measure the machine's memory rather than the reader, while the
/// import streams. What the issue compares is therefore a rate, not a time: the <c>MB/s</c> column divides each row's
/// own file size by its mean time, and the import's MB/s must be at least the core reader's. The ratio of the import's
/// MB/s to the token pass's is the share of the floor the import reaches.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*FtmImportBenchmarks*' --job short</c>;
/// a small try: <c>NEGOTIATION_BENCH_FTM_BYTES=16MB</c> and <c>--job dry</c>. Peak memory is measured apart, in a process of
/// its own: <c>-- ftm-memory [size]</c> (see <see cref="FtmPeakMemory"/>).
/// </remarks>
[Config(typeof(FtmBenchmarkConfig))]
public class FtmImportBenchmarks
{
    internal static string FtmPath { get; private set; } = "";

    internal static string CorePath { get; private set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        FtmPath = FtmFileGenerator.Ensure(FtmFileGenerator.SizeFromEnvironment());
        CorePath = CoreDocumentFile(Math.Min(new FileInfo(FtmPath).Length, CoreCap()));
        if (CorePath != CoreDocumentPath(FtmPath))
        {
            throw new InvalidOperationException($"the core document is {CorePath}, not {CoreDocumentPath(FtmPath)} as the columns assume");
        }
    }

    [Benchmark(Baseline = true, Description = "core reader (validated document)")]
    public NegotiationDocument CoreReader()
    {
        using var input = new FileStream(CorePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return NegotiationJson.Read(input, BenchmarkDocuments.Limits).AsT0;
    }

    [Benchmark(Description = "FtM streaming import (two passes)")]
    public async Task<long> FtmImport()
    {
        long records = 0;
        await foreach (var record in global::Negotiation.Domain.Interop.FollowTheMoney.FtmImport.ReadFileAsync(FtmPath, FtmFormat.Entities, new ImportOptions { SkipBadLines = false }).ConfigureAwait(false))
        {
            records += record is ImportedNote ? 0 : 1;
        }

        return records;
    }

    [Benchmark(Description = "Utf8JsonReader token pass over the FtM file")]
    public long TokenPass() => Tokens(FtmPath);

    /// <summary>Every token of a JSON-lines file, read with a <see cref="Utf8JsonReader"/> over a reused buffer.</summary>
    internal static long Tokens(string path)
    {
        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        var state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true });
        long tokens = 0;
        var kept = 0;
        while (true)
        {
            var read = input.Read(buffer, kept, buffer.Length - kept);
            var final = read == 0;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, kept + read), final, state);
            while (reader.Read())
            {
                tokens++;
            }

            state = reader.CurrentState;
            kept = kept + read - (int)reader.BytesConsumed;
            if (final)
            {
                return tokens;
            }

            Buffer.BlockCopy(buffer, (int)reader.BytesConsumed, buffer, 0, kept);
            if (kept == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    /// <summary>The core document compared with the FtM file at <paramref name="ftmPath"/>: its size, up to the cap.</summary>
    internal static string CoreDocumentPath(string ftmPath) =>
        Path.Combine(Path.GetTempPath(), "negotiation-bench-ftm", $"core-{Math.Min(new FileInfo(ftmPath).Length, CoreCap())}.json");

    private static long CoreCap()
    {
        var text = Environment.GetEnvironmentVariable("NEGOTIATION_BENCH_FTM_CORE_BYTES");
        return string.IsNullOrWhiteSpace(text) ? 256L << 20 : FtmFileGenerator.ParseSize(text);
    }

    /// <summary>A generated core document of about <paramref name="bytes"/> bytes, written once into the temp folder.</summary>
    private static string CoreDocumentFile(long bytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "negotiation-bench-ftm");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"core-{bytes}.json");
        if (!File.Exists(path))
        {
            // Bytes per sanction from a small document; the generator needs at least 10 sanctions.
            var sample = NegotiationJson.Write(DocumentGenerator.Generate(1000)).Length / 1000.0;
            var sanctions = Math.Max(10, (int)(bytes / sample));
            using var output = File.Create(path + ".partial");
            NegotiationJson.Write(DocumentGenerator.Generate(sanctions), output);
            output.Close();
            File.Move(path + ".partial", path, overwrite: true);
        }

        return path;
    }
}
