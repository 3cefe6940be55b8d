using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Negotiation.Cli.Tests;

/// <summary>The tool's <c>--max-errors</c> and <c>--max-bytes</c>, what it prints past them, and escaped file names.</summary>
public sealed class LimitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negotiation-cli-limits-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_lists_at_most_max_errors_and_counts_the_rest_on_a_line_without_a_position()
    {
        var file = Write("dangling.json", DanglingTargets(250));

        var result = Tool.Run("validate", "--max-errors", "5", file);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.All(lines[..5], line => Assert.StartsWith($"{file}:1:", line, StringComparison.Ordinal));
        Assert.Equal($"{file}: 245 more errors not listed (--max-errors 5)", lines[5]);

        // The default lists 100.
        Assert.Equal(101, Tool.Run("validate", file).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Validate_as_json_ends_a_capped_file_with_its_count_of_omitted_errors()
    {
        var file = Write("dangling.json", DanglingTargets(250));

        var result = Tool.Run("validate", "--format", "json", "--max-errors", "3", file);

        using var report = JsonDocument.Parse(result.Output);
        var items = report.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        Assert.All(items[..3], e => Assert.Equal("dangling-reference", e.GetProperty("code").GetString()));
        Assert.Equal(file, items[3].GetProperty("file").GetString());
        Assert.Equal(247, items[3].GetProperty("omittedErrors").GetInt32());
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("fmt")]
    [InlineData("brief")]
    [InlineData("diagram")]
    public void Max_bytes_sets_the_size_limit_of_every_command_that_reads(string command)
    {
        var result = Tool.Run(command, "--max-bytes", "10000", Seed());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": too-large: $: The document is ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("the most accepted is 10000", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-errors", "0")]
    [InlineData("--max-bytes", "0")]
    [InlineData("--max-bytes", "-5")]
    public void A_limit_below_one_is_a_usage_error(string option, string value)
    {
        var result = Tool.Run("validate", option, value, Seed());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} must be at least 1.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fmt_never_turns_a_valid_file_into_one_that_validate_refuses()
    {
        // Compact, the document is within --max-bytes; indented, its text is half again as long. Both are accepted,
        // as the limit does not count whitespace between tokens.
        var compact = Compact(File.ReadAllText(Seed()));
        var limit = Encoding.UTF8.GetByteCount(compact).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var file = Write("compact.json", compact);

        Assert.Equal(0, Tool.Run("validate", "--max-bytes", limit, file).ExitCode);
        Assert.Equal(0, Tool.Run("fmt", "--max-bytes", limit, file).ExitCode);
        Assert.True(new FileInfo(file).Length > 1.3 * compact.Length, "fmt wrote the indented form");
        Assert.Equal(0, Tool.Run("validate", "--max-bytes", limit, file).ExitCode);
    }

    [Fact]
    public void A_file_name_with_control_characters_is_printed_escaped()
    {
        var name = "bad\u001b[2J\u202Ename\nother.json:1:1: invalid-json: forged.json";
        string file;
        try
        {
            file = Write(name, "{");
        }
        catch (IOException)
        {
            return; // a file system that refuses such a name can't be attacked through one
        }

        var result = Tool.Run("validate", file);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\u202E', line);
        Assert.Contains("bad\\u001B[2J\\u202Ename\\u000Aother.json:1:1: invalid-json: forged.json:1:2: invalid-json:", line, StringComparison.Ordinal);
    }

    /// <summary>
    /// About 10 MB of compact JSON, 200 000 issues: <c>fmt</c> writes it indented, past 16 MiB, and <c>validate</c>
    /// accepts the result under the default limits (about 3 s).
    /// </summary>
    [Fact]
    public void Fmt_of_two_hundred_thousand_issues_writes_a_file_validate_accepts()
    {
        var json = new StringBuilder("""{"formatVersion":1,"id":"many","title":"Many issues","issues":[""");
        for (var i = 0; i < 200_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"id":"issue-{{i}}","title":"Issue {{i}}","category":"other"}""");
        }

        var file = Write("many.json", json.Append("]}").ToString());
        Assert.InRange(new FileInfo(file).Length, 10_000_000, 16 * 1024 * 1024);

        Assert.Equal(0, Tool.Run("fmt", file).ExitCode);

        Assert.True(new FileInfo(file).Length > 16 * 1024 * 1024, "the indented form is past the default MaxBytes");
        var result = Tool.Run("validate", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{file}: valid", result.Error.Trim());
    }

    private static string DanglingTargets(int count)
        => $$"""{"formatVersion":1,"id":"d","title":"D","parties":[{"kind":"state","id":"us","name":"United States","country":"US"}],"sanctions":[{"id":"s","authority":"us","targets":[{{string.Join(",", Enumerable.Range(0, count).Select(i => $"\"t{i}\""))}}],"measures":["export_control"],"status":"active"}]}""";

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Seed([CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "seeds", "us-china-fentanyl-2023.json"));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
