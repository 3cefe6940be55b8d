using System.Reflection;
using System.Text.RegularExpressions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.Listings;
using Negotiation.Domain.Interop.Ofac;
using Negotiation.Domain.Interop.Plover;
using Negotiation.Domain.Interop.ScreeningList;
using Negotiation.Domain.Interop.Tests.Csv;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Interop.Tests.Docs;

/// <summary>
/// The README's Interop section: its code snippet runs on the fixtures and prints what it should, and its table of
/// codes lists exactly the constants of each format's codes class.
/// </summary>
public sealed partial class ReadmeInteropTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negotiation-readme-interop-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Readme() => File.ReadAllText(Path.Combine(TestFiles.ProjectFolder(), "..", "..", "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public async Task The_readme_snippet_runs_on_the_fixtures()
    {
        // The snippet's files, where it expects them: the fixtures, and the seed under seeds/.
        foreach (var (folder, name) in new[] { ("ScreeningList", "consolidated.csv"), ("Ofac", "sdn.csv"), ("Ofac", "add.csv"), ("Ofac", "alt.csv"), ("Ofac", "sdn_comments.csv"), ("FollowTheMoney", "entities.ftm.json") })
        {
            File.Copy(TestFiles.Fixture(folder, name), Path.Combine(_folder, name));
        }

        Directory.CreateDirectory(Path.Combine(_folder, "seeds"));
        File.WriteAllText(Path.Combine(_folder, "seeds", "us-china-fentanyl-2023.json"), NegotiationJson.Write(TestFiles.Seed("us-china-fentanyl-2023")));
        var console = new StringWriter { NewLine = "\n" };
        var sanctionIds = new List<string>();
        string F(string name) => Path.Combine(_folder, name);
#pragma warning disable xUnit1051 // the README's calls, as a reader would write them
        // --- README snippet (Console → console; the FtM loop's line → a list; file names → the folder; the files closed here, before the folder goes) ---
        var published = new PartialDate(2025, 1, 15);
        var csl = (await ImportGathering.GatherAsync(ScreeningListImport.ReadFileAsync(F("consolidated.csv"), published),
            new NegotiationId("us-csl"), "US Consolidated Screening List")).AsT0;
        var sdn = (await ImportGathering.GatherAsync(OfacSdnImport.ReadFilesAsync(F("sdn.csv"), F("add.csv"), F("alt.csv"), F("sdn_comments.csv"), published),
            new NegotiationId("ofac-sdn"), "OFAC SDN list")).AsT0;
        foreach (var note in csl.Notes)
        {
            console.WriteLine(note);  // everything dropped or changed: code, line, source id, property
        }

        // A bad line becomes a skipped-line note instead of an ImportException.
        await foreach (var record in FtmImport.ReadFileAsync(F("entities.ftm.json"), FtmFormat.Entities, new ImportOptions { SkipBadLines = true }))
        {
            if (record is ImportedSanction s)
            {
                sanctionIds.Add(s.Sanction.Id.Value);
            }
        }

        var seed = NegotiationJson.ReadOrThrow(File.ReadAllText(F("seeds/us-china-fentanyl-2023.json")));
        foreach (var match in ListingCrossReference.Find(seed, [csl.Document, sdn.Document]))
        {
            foreach (var listed in match.Sanctions)
            {
                console.WriteLine($"{match.PartyName}: {listed.Program} by {string.Join(" → ", listed.AuthorityChain)} since {listed.Since} ({match.Rule})");
            }
        }

        using (var plover = File.Create(F("us-china.plover.jsonl")))
        {
            PloverExport.Write(seed, plover);  // its Records and Notes
        }

        using (var ftm = File.Create(F("us-china.ftm.json")))
        {
            FtmExport.Write(seed, ftm);        // returns its notes
        }
        // --- end of snippet ---
#pragma warning restore xUnit1051

        var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(33, lines.Length); // 32 notes of the screening list, then the one listing
        Assert.Equal("Institute of Forensic Science of China: Entity List by Bureau of Industry and Security → US Department of Commerce → United States since 2020-06-05 (Name)", lines[^1]);
        Assert.NotEmpty(sanctionIds);
        Assert.Equal(16, File.ReadAllLines(Path.Combine(_folder, "us-china.plover.jsonl")).Length);
        Assert.True(new FileInfo(Path.Combine(_folder, "us-china.ftm.json")).Length > 0);
    }

    [Fact]
    public void The_readme_snippet_is_the_one_tested_here()
    {
        var readme = Readme();
        foreach (var line in new[]
        {
            "    Console.WriteLine(note);  // everything dropped or changed: code, line, source id, property",
            "await foreach (var record in FtmImport.ReadFileAsync(\"entities.ftm.json\", FtmFormat.Entities, new ImportOptions { SkipBadLines = true }))",
            "Console.WriteLine($\"{match.PartyName}: {listed.Program} by {string.Join(\" → \", listed.AuthorityChain)} since {listed.Since} ({match.Rule})\");",
            "var sdn = (await ImportGathering.GatherAsync(OfacSdnImport.ReadFilesAsync(\"sdn.csv\", \"add.csv\", \"alt.csv\", \"sdn_comments.csv\", published),",
            "PloverExport.Write(seed, plover);  // its Records and Notes",
        })
        {
            Assert.Contains(line, readme, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("FtM", typeof(FtmCodes))]
    [InlineData("OFAC", typeof(OfacImportCodes))]
    [InlineData("CSL", typeof(ScreeningListCodes))]
    [InlineData("PLOVER", typeof(PloverNoteCodes))]
    public void The_readme_table_of_codes_lists_each_format_s_codes(string format, Type codes)
    {
        var row = Assert.Single(Readme().Split('\n'), l => l.StartsWith($"| {format} |", StringComparison.Ordinal));
        var listed = Code().Matches(row).Select(static m => m.Groups[1].Value).ToHashSet();
        listed.Add("skipped-line"); // said once, above the table, for every import
        var constants = codes.GetFields(BindingFlags.Public | BindingFlags.Static).Where(static f => f.IsLiteral).Select(static f => (string)f.GetRawConstantValue()!).ToHashSet();
        if (codes == typeof(PloverNoteCodes))
        {
            listed.Remove("skipped-line");
        }

        Assert.Equal(constants.Order(), listed.Order());
    }

    [GeneratedRegex("`([a-z0-9-]+)`")]
    private static partial Regex Code();
}
