using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Negotiation.Cli.Interop;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Tests;

/// <summary>
/// <c>negotiation import</c>, run in process with a tiny format of the tests' own (<see cref="FakeFormat"/>), so that
/// everything the command does is tested before the real importers are added: the document written and valid, the notes
/// counted and written in full, progress only on a terminal, bad input with its line and exit 1, skipping bad lines.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negotiation-cli-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed record Run(int ExitCode, string Output, string Error);

    private static Run Invoke(bool terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = ToolCommandLine.Create([FakeFormat.Format], ExportFormats.All, () => terminal);
        var exit = ToolCommandLine.Run(root, args, new InvocationConfiguration { Output = output, Error = error });
        return new Run(exit, output.ToString(), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private string Input(string text, [CallerMemberName] string name = "")
    {
        var path = Path.Combine(_folder, $"{name}.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private const string Good = "party example-trading Example Trading LLC\nnote The list says nothing of dates.\nparty example-bank Example Bank\nnote Second note.\nnote Third.\n";

    [Fact]
    public void Import_writes_a_valid_document_and_counts_the_notes_by_code()
    {
        var output = Path.Combine(_folder, "doc.json");

        var result = Invoke(false, "import", "fake", Input(Good), "-o", output);

        Assert.Equal((0, ""), (result.ExitCode, result.Output));
        Assert.Equal("negotiation: 3 notes (--notes FILE writes them in full): 3 fake-note\n", result.Error);
        var document = NegotiationJson.ReadOrThrow(File.ReadAllText(output));
        Assert.Equal(["example-trading", "example-bank"], document.Parties.Select(p => p.Id.Value));
        // From the file's name, which had to change (capitals, underscores): with the hash of the original.
        Assert.Matches("^import-writes-a-valid-document-and-counts-the-notes-by-code-[0-9a-f]{8}$", document.Id.Value);
        Assert.StartsWith("Imported from Import_writes", document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_are_written_in_full_with_their_lines_and_the_id_and_title_can_be_given()
    {
        var output = Path.Combine(_folder, "doc.json");
        var notes = Path.Combine(_folder, "notes.jsonl");

        var result = Invoke(false, "import", "fake", Input(Good), "-o", output, "--notes", notes, "--id", "my-list", "--title", "My list");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"negotiation: 3 notes (in full in {notes}): 3 fake-note\n", result.Error);
        var lines = File.ReadAllLines(notes);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(("fake-note", 2, "The list says nothing of dates."), (first.RootElement.GetProperty("code").GetString(), first.RootElement.GetProperty("line").GetInt32(), first.RootElement.GetProperty("message").GetString()));
        var document = NegotiationJson.ReadOrThrow(File.ReadAllText(output));
        Assert.Equal(("my-list", "My list"), (document.Id.Value, document.Title));
    }

    [Fact]
    public void The_document_can_go_to_standard_output()
    {
        var result = Invoke(false, "import", "fake", Input(Good), "-o", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, NegotiationJson.ReadOrThrow(result.Output).Parties.Count);
    }

    [Fact]
    public void A_bad_line_stops_the_import_with_its_line_and_exit_1()
    {
        var output = Path.Combine(_folder, "doc.json");
        var input = Input("party a A\nnote fine\nwhat is this\nparty b B\n");

        var result = Invoke(false, "import", "fake", input, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{input}:3:1: fake-bad-line: $.kind: 'what' is neither party nor note\n", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Skip_bad_lines_notes_them_and_goes_on()
    {
        var output = Path.Combine(_folder, "doc.json");

        var result = Invoke(false, "import", "fake", Input("party a A\nwhat is this\nparty b B\n"), "-o", output, "--skip-bad-lines");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("negotiation: 1 note (--notes FILE writes them in full): 1 skipped-line\n", result.Error);
        Assert.Equal(2, NegotiationJson.ReadOrThrow(File.ReadAllText(output)).Parties.Count);
    }

    [Fact]
    public void Records_that_break_a_document_rule_exit_1_with_the_rule()
    {
        var result = Invoke(false, "import", "fake", Input("party a A\nsanction s-1 nobody\n"), "-o", Path.Combine(_folder, "doc.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("negotiation: the records of ", result.Error, StringComparison.Ordinal);
        Assert.Contains("nobody", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_shows_on_a_terminal_only_and_the_line_is_cleared()
    {
        var output = Path.Combine(_folder, "doc.json");
        var input = Input(Good);

        var onTerminal = Invoke(true, "import", "fake", input, "-o", output);
        var inAPipe = Invoke(false, "import", "fake", input, "-o", output);

        Assert.Equal(0, onTerminal.ExitCode);
        Assert.StartsWith($"\rreading {input}: ", onTerminal.Error, StringComparison.Ordinal);
        Assert.Contains($" of {Good.Length} B (", onTerminal.Error, StringComparison.Ordinal);
        Assert.Contains("\r\u001b[Knegotiation: 3 notes", onTerminal.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("reading", inAPipe.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no -o", "import", "fake", "in.txt")]
    [InlineData("unknown format", "import", "frobnicate", "in.txt", "-o", "x.json")]
    [InlineData("bad id", "import", "fake", "in.txt", "-o", "x.json", "--id", "Not A Slug")]
    [InlineData("short lines", "import", "fake", "in.txt", "-o", "x.json", "--max-line-bytes", "10")]
    public void Usage_errors_exit_2(string why, params string[] args)
    {
        var result = Invoke(false, args);
        Assert.True(result.ExitCode == 2, $"{why}: {result.ExitCode} {result.Error}");
        Assert.Contains("--help' for usage", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_larger_than_commands_read_by_default_comes_with_the_max_bytes_that_reads_it()
    {
        var output = Path.Combine(_folder, "large.json");
        var input = Path.Combine(_folder, "large.txt");
        using (var writer = new StreamWriter(input))
        {
            for (var i = 0; i < 200_000; i++)
            {
                writer.Write($"party example-trading-{i} Example Trading {i} LLC\n");
            }
        }

        var result = Invoke(false, "import", "fake", input, "-o", output);

        Assert.Equal(0, result.ExitCode);
        var hint = System.Text.RegularExpressions.Regex.Match(result.Error, @"^negotiation: (.+) holds (\d+) bytes \(whitespace not counted\), more than commands read by default: negotiation validate \1 --max-bytes \2\n$");
        Assert.True(hint.Success, result.Error);
        var tokenBytes = long.Parse(hint.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(output, hint.Groups[1].Value);
        // Exactly the bytes that count: one fewer is too few.
        Assert.Equal(1, Invoke(false, "validate", output).ExitCode);
        Assert.Equal(1, Invoke(false, "validate", output, "--max-bytes", (tokenBytes - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ExitCode);
        var validate = Invoke(false, "validate", output, "--max-bytes", tokenBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((0, $"{output}: valid\n"), (validate.ExitCode, validate.Error));
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var result = Invoke(false, "import", "fake", Path.Combine(_folder, "missing.txt"), "-o", Path.Combine(_folder, "doc.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("missing.txt: no such file\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_formats_and_their_options()
    {
        var import = Invoke(false, "import", "--help");
        Assert.Contains("  fake PATH  ", import.Output, StringComparison.Ordinal);
        var fake = Invoke(false, "import", "fake", "--help");
        Assert.Contains("Usage:\n  negotiation import fake PATH [options]\n", fake.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var option in new[] { "-o, --output OUT", "--notes NOTES", "--skip-bad-lines", "--max-line-bytes N", "--id ID", "--title TITLE", "--authority AUTHORITY" })
        {
            Assert.Contains(option, fake.Output, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string[]> RealImports() => new()
    {
        { ["ftm", InteropCommandTests.Fixture("FollowTheMoney", "entities.ftm.json")] },
        { ["ftm", InteropCommandTests.Fixture("FollowTheMoney", "targets.nested.json")] },
        { ["ftm", InteropCommandTests.Fixture("FollowTheMoney", "statements.csv")] },
        { ["ofac", InteropCommandTests.Fixture("Ofac", "sdn.csv"), "--add", InteropCommandTests.Fixture("Ofac", "add.csv"), "--date", "2025-01-15"] },
        { ["csl", InteropCommandTests.Fixture("ScreeningList", "consolidated.csv"), "--date", "2025-01-15"] },
    };

    [Theory]
    [MemberData(nameof(RealImports))]
    public void Every_format_shows_progress_on_a_terminal_only(string[] args)
    {
        var output = Path.Combine(_folder, "doc.json");

        var onTerminal = InvokeReal(true, ["import", .. args, "-o", output]);
        var inAPipe = InvokeReal(false, ["import", .. args, "-o", output]);

        Assert.Equal((0, 0), (onTerminal.ExitCode, inAPipe.ExitCode));
        Assert.StartsWith($"\rreading {args[1]}: ", onTerminal.Error, StringComparison.Ordinal);
        Assert.Contains(" (100 %)", onTerminal.Error, StringComparison.Ordinal);
        Assert.Contains("\r\u001b[Knegotiation: ", onTerminal.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("reading", inAPipe.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', inAPipe.Error);
        if (args[0] == "ftm")
        {
            // Two passes (the index, then the records), each counted from 0: the second is named.
            Assert.Contains($"\rreading {args[1]}, pass 2: ", onTerminal.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Listed_shows_progress_of_each_list_on_a_terminal_only()
    {
        var list = InteropCommandTests.Fixture("ScreeningList", "consolidated.csv");

        var seed = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(list)))!, "..", "..", "seeds", "us-china-fentanyl-2023.json");

        var onTerminal = InvokeReal(true, ["listed", seed, "--lists", list, "--json"]);
        var inAPipe = InvokeReal(false, ["listed", seed, "--lists", list, "--json"]);

        Assert.Equal((0, 0), (onTerminal.ExitCode, inAPipe.ExitCode));
        Assert.Contains($"\rreading {list}: ", onTerminal.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', inAPipe.Error);
        Assert.Equal(onTerminal.Output, inAPipe.Output);
    }

    private static Run InvokeReal(bool terminal, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = ToolCommandLine.Create(ImportFormats.All, ExportFormats.All, () => terminal);
        var exit = ToolCommandLine.Run(root, args, new InvocationConfiguration { Output = output, Error = error });
        return new Run(exit, output.ToString(), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>
    /// A format of one record a line: <c>party ID NAME</c> (a company), <c>sanction ID TARGET</c> (by the format's own
    /// authority, given by <c>--authority</c>), <c>note TEXT</c>; anything else is a bad line.
    /// </summary>
    private static class FakeFormat
    {
        private static readonly Option<string> Authority = new("--authority") { Description = "The authority of the sanctions.", HelpName = "AUTHORITY", DefaultValueFactory = _ => "example-authority" };

        public static ImportFormat Format { get; } = new("fake", "A test format: one party, sanction or note a line.", [Authority], ReadAsync);

        private static async IAsyncEnumerable<ImportRecord> ReadAsync(ImportRequest request)
        {
            using var reader = new StreamReader(request.Input, Encoding.UTF8, leaveOpen: true);
            var line = 0L;
            var bytes = 0L;
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } text)
            {
                line++;
                bytes += Encoding.UTF8.GetByteCount(text) + 1;
                request.Options.Progress?.Report(bytes);
                var parts = text.Split(' ', 3);
                switch (parts[0])
                {
                    case "party":
                        yield return new ImportedParty(new Organization(new PartyId(parts[1]), parts[2], OrganizationType.Company), line);
                        break;
                    case "sanction":
                        yield return new ImportedSanction(new Sanction(new SanctionId(parts[1]), new PartyId(request.Parsed.GetValue(Authority)!), [new PartyId(parts[2])], [SanctionMeasure.AssetFreeze]), line);
                        break;
                    case "note":
                        yield return new ImportedNote(new ImportNote("fake-note", line, null, null, parts.Length > 1 ? text[5..] : ""));
                        break;
                    default:
                        var error = new ImportError("fake-bad-line", line, 1, "$.kind", null, $"'{parts[0]}' is neither party nor note");
                        if (!request.Options.SkipBadLines)
                        {
                            throw new ImportException(error);
                        }

                        yield return new ImportedNote(new ImportNote("skipped-line", line, null, null, error.Message));
                        break;
                }
            }
        }
    }
}
