using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.Ofac;

namespace Negotiation.Domain.Benchmarks.Interop;

/// <summary>
/// The OFAC SDN import over generated files of <see cref="Rows"/> entries (sdn.csv, with add.csv and alt.csv), made at
/// setup in a temporary folder in OFAC's shape: Latin-1, CRLF, <c>-0- </c> nulls, quoted text, multi-program rows,
/// remarks with aliases and nationalities, a trailing 0x1A. Every row is one operation (<c>OperationsPerInvoke</c>),
/// so the Mean column is the time per entry (rows per second = 1 s / Mean; the target is at least 50 000, a Mean of
/// at most 20 us) and Allocated the allocation per entry. The baseline is a pass that only counts the lines of the
/// same three files, the floor of any import of them.
/// </summary>
[MemoryDiagnoser]
public class OfacImportBenchmarks
{
    /// <summary>The entries of the generated sdn.csv.</summary>
    public const int Rows = 100_000;

    private static readonly PartialDate Published = new(2025, 1, 15);

    private string _folder = "";
    private string _sdn = "";
    private string _add = "";
    private string _alt = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"negotiation-ofac-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(_folder);
        (_sdn, _add, _alt) = (Path.Combine(_folder, "sdn.csv"), Path.Combine(_folder, "add.csv"), Path.Combine(_folder, "alt.csv"));
        Generate(Rows, _sdn, _add, _alt);

        // The import must read every entry, or the rows per second would flatter it.
        var parties = ImportAsync().GetAwaiter().GetResult();
        if (parties != Rows + 3)
        {
            throw new InvalidOperationException($"the import gave {parties} parties, not {Rows} entries and 3 authorities");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows, Description = "floor: count the lines of the 3 files")]
    public long CountLines()
    {
        var buffer = new byte[64 * 1024];
        long lines = 0;
        foreach (var path in new[] { _sdn, _add, _alt })
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
        }

        return lines;
    }

    [Benchmark(OperationsPerInvoke = Rows, Description = "import: stream the records")]
    public Task<int> Import() => ImportAsync();

    [Benchmark(OperationsPerInvoke = Rows, Description = "import and gather a validated document")]
    public async Task<int> ImportAndGather()
    {
        var result = await ImportGathering.GatherAsync(
            OfacSdnImport.ReadFilesAsync(_sdn, _add, _alt, null, Published), new NegotiationId("ofac-sdn"), "OFAC SDN").ConfigureAwait(false);
        return result.Match(static r => r.Document.Parties.Count, static f => throw new InvalidOperationException(f.ToString()));
    }

    private async Task<int> ImportAsync()
    {
        var parties = 0;
        await foreach (var record in OfacSdnImport.ReadFilesAsync(_sdn, _add, _alt, null, Published).ConfigureAwait(false))
        {
            if (record is ImportedParty)
            {
                parties++;
            }
        }

        return parties;
    }

    /// <summary>Writes the three files: two entities to one individual, one to three with two programs, an address each, an alias every other.</summary>
    internal static void Generate(int rows, string sdnPath, string addPath, string altPath)
    {
        string[] programs = ["SDGT", "IRAN-EO13846", "RUSSIA-EO14024", "SDNTK", "DPRK3", "CYBER2"];
        string[] countries = ["Iran", "Russia", "Korea, North", "Burma", "United Arab Emirates", "Türkiye", "Région: Example"];
        using var sdn = new StreamWriter(sdnPath, false, Encoding.Latin1) { NewLine = "\r\n" };
        using var add = new StreamWriter(addPath, false, Encoding.Latin1) { NewLine = "\r\n" };
        using var alt = new StreamWriter(altPath, false, Encoding.Latin1) { NewLine = "\r\n" };
        for (var i = 1; i <= rows; i++)
        {
            var ent = i.ToString(CultureInfo.InvariantCulture);
            var person = i % 3 == 0;
            var program = i % 3 == 1 ? $"{programs[i % programs.Length]}] [{programs[(i + 1) % programs.Length]}" : programs[i % programs.Length];
            var country = countries[i % countries.Length];
            var name = person ? $"EXAMPLÉ{i}, Person Númber" : $"EXAMPLE TRADING {i} LLC";
            var remarks = person
                ? $"DOB 01 Jan 1970; nationality {country}; Gender Male; a.k.a. 'EXAMPLE {i}'."
                : $"Website www.example{i}.invalid; a.k.a. 'EXTRA {i}'; Linked To: EXAMPLE TRADING {i + 1} LLC.";
            sdn.WriteLine($"{ent},\"{name}\",{(person ? "\"individual\"" : "-0- ")},\"{program}\",{(person ? "\"Director\"" : "-0- ")},-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"{remarks}\"");
            add.WriteLine($"{ent},{i + 500_000},\"{i} Example Street\",\"Example City\",\"{country}\",-0- ");
            if (i % 2 == 0)
            {
                alt.WriteLine($"{ent},{i + 900_000},\"aka\",\"ALTERNATE {i}\",-0- ");
            }
        }

        sdn.Flush();
        add.Flush();
        alt.Flush();
        foreach (var stream in new[] { sdn.BaseStream, add.BaseStream, alt.BaseStream })
        {
            stream.WriteByte(0x1A);
        }
    }
}
