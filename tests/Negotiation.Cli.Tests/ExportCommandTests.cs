using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Negotiation.Cli.Tests;

/// <summary><c>negotiation export plover</c> as a process: the records on standard output or in a file, the notes counted on standard error and written in full with --notes.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negotiation-cli-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Seed(string name, [CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "seeds", $"{name}.json"));

    [Fact]
    public void Export_plover_writes_one_record_a_line_and_counts_the_notes_by_code()
    {
        var result = Tool.Run("export", "plover", Seed("us-china-fentanyl-2023"));

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, lines.Length);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal("us-cn-fentanyl-sanctions-2023:demand:us-asks-crackdown-on-exporters:request", first.RootElement.GetProperty("id").GetString());
            Assert.Equal("REQUEST", first.RootElement.GetProperty("event")[0].GetString());
        }

        Assert.Equal("negotiation: 12 notes (--notes FILE writes them in full): 6 undated, 5 event-kind-not-coded, 1 stance-not-coded\n", result.Error);
    }

    [Fact]
    public void Export_plover_writes_to_a_file_and_the_notes_in_full()
    {
        var output = Path.Combine(_folder, "events.jsonl");
        var notes = Path.Combine(_folder, "notes.jsonl");

        var result = Tool.Run("export", "plover", Seed("minsk-ii-2015"), "-o", output, "--notes", notes);

        Assert.Equal((0, ""), (result.ExitCode, result.Output));
        Assert.Equal(12, File.ReadAllLines(output).Length);
        var noteLines = File.ReadAllLines(notes);
        Assert.Equal(7, noteLines.Length);
        using var note = JsonDocument.Parse(noteLines[0]);
        Assert.Equal("event-kind-not-coded", note.RootElement.GetProperty("code").GetString());
        Assert.Equal("event:minsk-ii-signed-2015", note.RootElement.GetProperty("sourceId").GetString());
        Assert.Equal("kind", note.RootElement.GetProperty("property").GetString());
        Assert.Equal(0, note.RootElement.GetProperty("line").GetInt32());
        Assert.Equal($"negotiation: 7 notes (in full in {notes}): 5 event-kind-not-coded, 2 record-kind-not-exported\n", result.Error);
    }

    [Fact]
    public void Export_with_no_file_exports_the_built_in_example_and_says_so_on_standard_error()
    {
        var result = Tool.Run("export", "plover");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{\"id\":\"us-cn-fentanyl-sanctions-2023:", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("Built-in example (no FILE given, nothing on standard input): seeds/us-china-fentanyl-2023.json\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_reads_standard_input()
    {
        var result = Tool.RunWithInput(File.ReadAllBytes(Seed("new-start-2010")), "export", "plover", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(10, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Export_of_an_invalid_document_exits_1_and_of_a_missing_file_2()
    {
        var broken = Path.Combine(_folder, "broken.json");
        File.WriteAllText(broken, "{");
        Assert.Equal(1, Tool.Run("export", "plover", broken).ExitCode);

        var missing = Tool.Run("export", "plover", Path.Combine(_folder, "missing.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);

        var unwritable = Tool.Run("export", "plover", Seed("minsk-ii-2015"), "-o", Path.Combine(_folder, "no", "such", "dir.jsonl"));
        Assert.Equal(2, unwritable.ExitCode);
        Assert.StartsWith("negotiation: cannot write ", unwritable.Error, StringComparison.Ordinal);
    }
}
