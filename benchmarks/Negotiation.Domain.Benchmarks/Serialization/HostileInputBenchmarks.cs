using System.Text;
using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Benchmarks.Serialization;

/// <summary>
/// Reading input built to cost the most for its size (issue 12): 2 million dangling references in about 14 MB (one
/// sanction whose targets name no party; 100 errors listed, the rest counted), and one bad value at the very end of
/// a 14 MB document, each beside the valid document of the same shape and size (the baseline). Time should be linear in
/// the input and under a second for 16 MB; allocation within k·n + c (k = 32, c = 256 KB, the bound a test checks).
/// Run: <c>dotnet run -c Release --project benchmarks/Negotiation.Domain.Benchmarks -- --filter '*HostileInputBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class HostileInputBenchmarks
{
    private byte[] _valid = [];
    private byte[] _badValueAtEnd = [];
    private byte[] _dangling = [];
    private byte[] _tenthDangling = [];

    [GlobalSetup]
    public void Setup()
    {
        _valid = Targets(250_000, declared: true, status: "active");
        _badValueAtEnd = Targets(250_000, declared: true, status: "no-such-status");
        _dangling = Targets(2_000_000, declared: false, status: "active");
        _tenthDangling = Targets(200_000, declared: false, status: "active");
        Expect(_valid, null, 0);
        Expect(_badValueAtEnd, "invalid-value", 0);
        Expect(_dangling, "dangling-reference", 1_999_900);
        Expect(_tenthDangling, "dangling-reference", 199_900);
        Console.WriteLine($"// sizes: valid {_valid.Length} B, bad value at end {_badValueAtEnd.Length} B, dangling {_dangling.Length} B, a tenth {_tenthDangling.Length} B");
    }

    [Benchmark(Baseline = true, Description = "valid: 250 000 parties, a sanction on each")]
    public object Valid() => Read(_valid);

    [Benchmark(Description = "the same, its last value bad")]
    public object BadValueAtEnd() => Read(_badValueAtEnd);

    [Benchmark(Description = "2 000 000 dangling references")]
    public object DanglingReferences() => Read(_dangling);

    [Benchmark(Description = "200 000 dangling references (a tenth: time and allocation should be a tenth)")]
    public object TenthDanglingReferences() => Read(_tenthDangling);

    private static object Read(byte[] json) => NegotiationJson.Read(json).Value;

    private static void Expect(byte[] json, string? code, int omitted)
    {
        var read = NegotiationJson.Read(json);
        if (code is null ? !read.IsT0 : !read.IsT1 || read.AsT1.Code != code || read.AsT1.OmittedErrorCount != omitted)
        {
            throw new InvalidOperationException($"The input does not read as expected ({code ?? "valid"}, {omitted} omitted): {(read.IsT1 ? read.AsT1.ToString()[..200] : "valid")}");
        }
    }

    /// <summary>
    /// One sanction on <paramref name="count"/> targets with ids of up to four base-36 letters and digits: declared as
    /// parties, or not (each then a dangling reference). The status is the document's last value.
    /// </summary>
    private static byte[] Targets(int count, bool declared, string status)
    {
        var ids = Enumerable.Range(0, count).Select(Base36).ToList();
        var json = new StringBuilder("""{"formatVersion":1,"id":"hostile","title":"Hostile input","parties":[{"kind":"state","id":"the-authority","name":"Authority","country":"US"}""");
        if (declared)
        {
            foreach (var id in ids)
            {
                json.Append(",{\"kind\":\"state\",\"id\":\"").Append(id).Append("\",\"name\":\"N\",\"country\":\"US\"}");
            }
        }

        json.Append("""],"sanctions":[{"id":"s","authority":"the-authority","measures":["export_control"],"targets":[""");
        json.AppendJoin(',', ids.Select(id => $"\"{id}\""));
        json.Append("],\"status\":\"").Append(status).Append("\"}]}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private static string Base36(int value)
    {
        var digits = new StringBuilder();
        do
        {
            var d = value % 36;
            digits.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
            value /= 36;
        }
        while (value > 0);

        return digits.ToString();
    }
}
