using System.Runtime.CompilerServices;
using System.Text.Json;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Tests;

/// <summary>
/// <c>negotiation import ftm|ofac|csl</c>, <c>export ftm</c> and <c>listed</c> as a process, on the Interop tests'
/// hand-reviewed fixtures: each import gives the reviewed document and a file <c>validate</c> accepts, the notes in
/// full, bad input with its line and exit 1, the seed's institute found on the screening list, the FtM round trip.
/// </summary>
public sealed class InteropCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negotiation-cli-interop-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));

    /// <summary>A fixture of the Interop tests: <c>Folder/Fixtures/name</c>.</summary>
    internal static string Fixture(string folder, string name) => Path.Combine(Root(), "tests", "Negotiation.Domain.Interop.Tests", folder, "Fixtures", name);

    private static string Seed(string name) => Path.Combine(Root(), "seeds", $"{name}.json");

    private string Out(string name) => Path.Combine(_folder, name);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<string, string[], string> Imports() => new()
    {
        // format and arguments, then the reviewed document (made by the Interop tests with the same id, title and date)
        { "ftm", [Fixture("FollowTheMoney", "entities.ftm.json"), "--id", "ftm-import", "--title", "FollowTheMoney import"], Fixture("FollowTheMoney", "entities.expected.json") },
        { "ftm", [Fixture("FollowTheMoney", "targets.nested.json"), "--id", "ftm-import", "--title", "FollowTheMoney import"], Fixture("FollowTheMoney", "nested.expected.json") },
        { "ftm", [Fixture("FollowTheMoney", "statements.csv"), "--id", "ftm-import", "--title", "FollowTheMoney import"], Fixture("FollowTheMoney", "statements.expected.json") },
        {
            "ofac",
            [Fixture("Ofac", "sdn.csv"), "--add", Fixture("Ofac", "add.csv"), "--alt", Fixture("Ofac", "alt.csv"), "--comments", Fixture("Ofac", "sdn_comments.csv"), "--date", "2025-01-15", "--id", "ofac-sdn-fixture", "--title", "ofac-sdn-fixture"],
            Fixture("Ofac", "expected.json")
        },
        { "csl", [Fixture("ScreeningList", "consolidated.csv"), "--date", "2025-01-15", "--id", "us-csl-fixture", "--title", "us-csl-fixture"], Fixture("ScreeningList", "expected.json") },
    };

    [Theory]
    [MemberData(nameof(Imports))]
    public void Import_gives_the_reviewed_document_which_validate_accepts(string format, string[] args, string expected)
    {
        var output = Out("doc.json");

        var result = Tool.Run(["import", format, .. args, "-o", output]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("negotiation: ", result.Error, StringComparison.Ordinal); // the notes, counted by code
        Assert.Equal(NegotiationJson.ReadOrThrow(File.ReadAllText(expected)), NegotiationJson.ReadOrThrow(File.ReadAllText(output)));
        var validate = Tool.Run("validate", output);
        Assert.Equal((0, $"{output}: valid"), (validate.ExitCode, validate.Error.Trim()));
    }

    [Fact]
    public void Import_notes_are_written_in_full_one_json_object_a_line()
    {
        var notes = Out("notes.jsonl");

        var result = Tool.Run("import", "ofac", Fixture("Ofac", "sdn.csv"), "--add", Fixture("Ofac", "add.csv"), "--alt", Fixture("Ofac", "alt.csv"), "--comments", Fixture("Ofac", "sdn_comments.csv"), "--date", "2025-01-15", "-o", Out("doc.json"), "--notes", notes);

        Assert.Equal(0, result.ExitCode);
        var expected = File.ReadAllLines(Fixture("Ofac", "expected-notes.txt"));
        var lines = File.ReadAllLines(notes);
        Assert.Equal(expected.Length, lines.Length);
        Assert.Equal(20, lines.Length);
        foreach (var line in lines)
        {
            using var note = JsonDocument.Parse(line);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", note.RootElement.GetProperty("code").GetString());
            Assert.True(note.RootElement.GetProperty("message").GetString()!.Length > 0);
        }

        Assert.Contains($"negotiation: 20 notes (in full in {notes}): 4 addresses-not-imported, ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_a_bad_line_exits_1_with_the_file_line_column_and_code()
    {
        var ftm = Out("bad.ftm.json");
        File.WriteAllText(ftm, "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Example Person\"]}}\n{\"id\":\"b\",\"schema\":\"Spaceship\",\"properties\":{}}\n");
        var csl = Out("bad.csv");
        File.WriteAllText(csl, "_id,source,name\n1,Entity List,Example Trading LLC\n2,Entity List\n");

        var fromFtm = Tool.Run("import", "ftm", ftm, "-o", Out("ftm.json"));
        var fromCsl = Tool.Run("import", "csl", csl, "--date", "2025", "-o", Out("csl.json"));

        Assert.Equal(1, fromFtm.ExitCode);
        Assert.StartsWith($"{ftm}:2:", fromFtm.Error, StringComparison.Ordinal);
        Assert.Contains(": unknown-schema: ", fromFtm.Error, StringComparison.Ordinal);
        Assert.Equal(1, fromCsl.ExitCode);
        Assert.StartsWith($"{csl}:3:", fromCsl.Error, StringComparison.Ordinal);
        Assert.Contains(": wrong-column-count: ", fromCsl.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Out("ftm.json")) || File.Exists(Out("csl.json")));

        var skipped = Tool.Run("import", "ftm", ftm, "-o", Out("ftm.json"), "--skip-bad-lines");
        Assert.Equal(0, skipped.ExitCode);
        Assert.Contains("1 skipped-line", skipped.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no date", "csl", "--date")]
    [InlineData("bad date", "csl", "--date", "2025-13-01")]
    [InlineData("unknown shape", "ftm", "--shape", "flat")]
    [InlineData("empty companion", "ofac", "--date", "2025", "--add", "")]
    public void A_bad_option_of_a_format_is_a_usage_error(string why, string format, params string[] options)
    {
        var result = Tool.Run(["import", format, Fixture("ScreeningList", "consolidated.csv"), "-o", Out("doc.json"), .. options]);

        Assert.True(result.ExitCode == 2, $"{why}: {result.ExitCode} {result.Error}");
        var lines = Lines(result.Error);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"negotiation import {format}: ", lines[0], StringComparison.Ordinal);
        Assert.Equal($"Run 'negotiation import {format} --help' for usage.", lines[1]);
        Assert.False(File.Exists(Out("doc.json")));
    }

    [Fact]
    public void A_missing_companion_file_exits_2_naming_it()
    {
        var result = Tool.Run("import", "ofac", Fixture("Ofac", "sdn.csv"), "--alt", Out("alt.csv"), "--date", "2025", "-o", Out("doc.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"negotiation: cannot read {Out("alt.csv")}: no such file", result.Error.Trim());
    }

    [Fact]
    public void Import_ftm_takes_its_shape_from_the_option_whatever_the_name()
    {
        var renamed = Out("list.txt");
        File.Copy(Fixture("FollowTheMoney", "statements.csv"), renamed);

        var guessed = Tool.Run("import", "ftm", renamed, "-o", Out("a.json"));
        var told = Tool.Run("import", "ftm", renamed, "--shape", "statements", "-o", Out("b.json"), "--id", "ftm-import", "--title", "FollowTheMoney import");

        Assert.Equal(1, guessed.ExitCode); // read as entities: a CSV line is not JSON
        Assert.Contains(": invalid-json: ", guessed.Error, StringComparison.Ordinal);
        Assert.Equal(0, told.ExitCode);
        Assert.Equal(NegotiationJson.ReadOrThrow(File.ReadAllText(Fixture("FollowTheMoney", "statements.expected.json"))), NegotiationJson.ReadOrThrow(File.ReadAllText(Out("b.json"))));
    }

    [Fact]
    public void Listed_finds_the_seed_institute_on_the_entity_list_of_the_screening_list()
    {
        var list = Fixture("ScreeningList", "consolidated.csv");

        var result = Tool.Run("listed", Seed("us-china-fentanyl-2023"), "--lists", list);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Institute of Forensic Science of China (cn-mps-ifs)",
                $"  listed in {list} as Institute of Forensic Science of China (csl-e1a0000000000000000000000000000000000000000000000000000a)",
                "  matched by name: china forensic institute of of science",
                "  Entity List: Bureau of Industry and Security → US Department of Commerce → United States; since 2020-06-05; active",
                "  the document's own sanctions on it: us-entity-list-cn-mps-ifs",
                "",
                $"1 of the 21 parties of us-cn-fentanyl-sanctions-2023 is listed (1 match) in {list}.",
            ],
            result.Output.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"negotiation: {list}: 32 notes (negotiation import --notes FILE writes them in full): ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_json_holds_the_whole_result()
    {
        var result = Tool.Run("listed", Seed("us-china-fentanyl-2023"), "--lists", Fixture("ScreeningList", "consolidated.csv"), Fixture("Ofac", "sdn.csv"), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("us-cn-fentanyl-sanctions-2023", root.GetProperty("document").GetString());
        Assert.Equal(["csl", "ofac"], root.GetProperty("lists").EnumerateArray().Select(l => l.GetProperty("format").GetString()));
        Assert.Equal(["consolidated", "sdn"], root.GetProperty("lists").EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(1, root.GetProperty("listedParties").GetInt32());
        var match = Assert.Single(root.GetProperty("matches").EnumerateArray());
        Assert.Equal(("cn-mps-ifs", "consolidated", "name"), (match.GetProperty("party").GetString(), match.GetProperty("list").GetString(), match.GetProperty("rule").GetString()));
        var sanction = Assert.Single(match.GetProperty("sanctions").EnumerateArray());
        Assert.Equal(["Bureau of Industry and Security", "US Department of Commerce", "United States"], sanction.GetProperty("authorityChain").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(("Entity List", "2020-06-05", "active"), (sanction.GetProperty("program").GetString(), sanction.GetProperty("since").GetString(), sanction.GetProperty("status").GetString()));
        // The OFAC fixture's companions, beside sdn.csv, were read: their notes are counted with the list's.
        Assert.Contains($"{Fixture("Ofac", "sdn.csv")}: 20 notes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_says_when_no_one_is_listed_and_reads_imported_documents_and_ftm()
    {
        var imported = Out("ofac.json");
        Assert.Equal(0, Tool.Run("import", "ofac", Fixture("Ofac", "sdn.csv"), "--date", "2025-01-15", "-o", imported).ExitCode);

        var result = Tool.Run("listed", Seed("us-china-fentanyl-2023"), "--lists", imported, Fixture("FollowTheMoney", "entities.ftm.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"No party of us-cn-fentanyl-sanctions-2023 (21) is listed in {imported}, {Fixture("FollowTheMoney", "entities.ftm.json")}.\n", result.Output);
    }

    [Fact]
    public void Listed_exit_codes_a_bad_list_1_a_list_of_no_known_format_or_missing_2()
    {
        var bad = Out("bad.ftm.json");
        File.WriteAllText(bad, "{\"id\":\"a\",\"schema\":\"Person\"\n");
        var unknown = Out("list.txt");
        File.WriteAllText(unknown, "Example Trading LLC\n");
        var invalid = Out("invalid.json");
        File.WriteAllText(invalid, "{");

        var badList = Tool.Run("listed", Seed("us-china-fentanyl-2023"), "--lists", bad);
        var invalidList = Tool.Run("listed", Seed("us-china-fentanyl-2023"), "--lists", invalid);
        var noFormat = Tool.Run("listed", Seed("us-china-fentanyl-2023"), "--lists", unknown);
        var missing = Tool.Run("listed", Seed("us-china-fentanyl-2023"), "--lists", Out("missing.csv"));
        var noLists = Tool.Run("listed", Seed("us-china-fentanyl-2023"));

        Assert.Equal(1, badList.ExitCode);
        Assert.StartsWith($"{bad}:1:", badList.Error, StringComparison.Ordinal);
        Assert.Equal(1, invalidList.ExitCode);
        Assert.StartsWith($"{invalid}:1:2: invalid-json", invalidList.Error, StringComparison.Ordinal);
        Assert.Equal(2, noFormat.ExitCode);
        Assert.Equal([$"negotiation listed: cannot tell the format of {unknown} from its name or header: give --list-format", "Run 'negotiation listed --help' for usage."], Lines(noFormat.Error));
        Assert.Equal((2, $"negotiation: cannot read {Out("missing.csv")}: no such file"), (missing.ExitCode, missing.Error.Trim()));
        Assert.Equal(2, noLists.ExitCode);
        Assert.Contains("--lists", Lines(noLists.Error)[0], StringComparison.Ordinal);
        Assert.All(new[] { badList, invalidList, noFormat, missing, noLists }, r => Assert.Equal("", r.Output));
    }

    [Fact]
    public void Export_ftm_reads_back_with_import_ftm()
    {
        var seed = NegotiationJson.ReadOrThrow(File.ReadAllText(Seed("us-china-fentanyl-2023")));
        var exported = Out("seed.ftm.json");
        var imported = Out("back.json");

        var export = Tool.Run("export", "ftm", Seed("us-china-fentanyl-2023"), "-o", exported);
        var import = Tool.Run("import", "ftm", exported, "-o", imported);

        Assert.Equal(0, export.ExitCode);
        Assert.StartsWith("negotiation: 45 notes (--notes FILE writes them in full): 43 no-ftm-schema, 2 not-exported", export.Error, StringComparison.Ordinal);
        Assert.Equal(0, import.ExitCode);
        var back = NegotiationJson.ReadOrThrow(File.ReadAllText(imported));
        // Every state, body, organization and person comes back under its id and name; each sanction with its targets.
        foreach (var party in seed.Parties.Where(p => p is State or GovernmentBody or Organization or Person))
        {
            Assert.Contains(back.Parties, p => p.Id == party.Id && p.Name == party.Name && p.GetType() == party.GetType());
        }

        var listing = Assert.Single(back.Sanctions, s => s.Id.Value == "us-entity-list-cn-mps-ifs");
        Assert.Equal(seed.Sanctions.Single(s => s.Id == listing.Id).Targets, listing.Targets);
    }
}
