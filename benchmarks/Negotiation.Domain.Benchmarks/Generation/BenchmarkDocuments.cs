using System.Buffers;
using System.Collections.Concurrent;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Benchmarks.Generation;

/// <summary>
/// The documents of performance.md by name: <c>seed</c> (the committed 2023 US–China case, read from the copy embedded
/// in this assembly) and the generated ones by their number of sanctions (<c>100</c> ... <c>100000</c>).
/// </summary>
public static class BenchmarkDocuments
{
    public const string Seed = "seed";

    /// <summary>The variable that narrows a run to some of the documents: <c>NEGOTIATION_BENCH_DOCUMENTS=10000,100000</c>.</summary>
    public const string SelectionVariable = "NEGOTIATION_BENCH_DOCUMENTS";

    private static readonly string[] AllNames = [Seed, "100", "1000", "10000", "100000"];

    /// <summary>
    /// The documents a run measures: all of them, or those <see cref="SelectionVariable"/> names, so a run that looks
    /// into one size does not wait for the others.
    /// </summary>
    public static IEnumerable<string> Selected
    {
        get
        {
            var selection = Environment.GetEnvironmentVariable(SelectionVariable);
            if (string.IsNullOrWhiteSpace(selection))
            {
                return AllNames;
            }

            var names = selection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = names.Except(AllNames).ToList();
            return unknown.Count == 0
                ? names
                : throw new InvalidOperationException($"{SelectionVariable} names unknown documents: {string.Join(", ", unknown)}; the documents are {string.Join(", ", AllNames)}.");
        }
    }

    /// <summary>Large enough for the 100 000-sanction document, which is over the default 16 MiB.</summary>
    public static NegotiationJsonOptions Limits { get; } = new() { MaxBytes = 1024 * 1024 * 1024 };

    private static readonly ConcurrentDictionary<string, (NegotiationDocument Document, byte[] Json)> Cache = new();

    public static NegotiationDocument Document(string name) => Get(name).Document;

    /// <summary>The document's canonical JSON, as the library writes it.</summary>
    public static byte[] Json(string name) => Get(name).Json;

    /// <summary>How many sanctions the document has (the unit of the per-sanction columns).</summary>
    public static int Sanctions(string name) => Document(name).Sanctions.Count;

    private static (NegotiationDocument Document, byte[] Json) Get(string name) => Cache.GetOrAdd(name, Load);

    private static (NegotiationDocument Document, byte[] Json) Load(string name)
    {
        NegotiationDocument document;
        if (name == Seed)
        {
            using var stream = typeof(BenchmarkDocuments).Assembly.GetManifestResourceStream("seeds/us-china-fentanyl-2023.json")
                ?? throw new InvalidOperationException("The seed is not embedded.");
            document = NegotiationJson.ReadOrThrow(stream);
        }
        else
        {
            document = DocumentGenerator.Generate(int.Parse(name, System.Globalization.CultureInfo.InvariantCulture));
        }

        var json = new ArrayBufferWriter<byte>();
        NegotiationJson.Write(document, json);
        return (document, json.WrittenSpan.ToArray());
    }
}
