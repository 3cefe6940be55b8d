using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Negotiation.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negotiation-cli-").FullName;

    private static string Seed([CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "seeds", "us-china-fentanyl-2023.json"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Validate_exits_0_for_a_valid_document()
    {
        var result = Tool.Run("validate", Seed());
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Validate_prints_one_line_per_error_and_exits_1()
    {
        // A self-demand and a dangling reference, and so a commitment that meets a demand no longer made of its party:
        // three document-level errors, each on its own line with its position.
        var invalid = File.ReadAllText(Seed())
            .Replace("\"to\": \"us\"", "\"to\": \"cn\"", StringComparison.Ordinal)
            .Replace("\"authority\": \"us-treasury\"", "\"authority\": \"us-tresury\"", StringComparison.Ordinal);
        var file = Write("invalid.json", invalid);
        var result = Tool.Run("validate", file);
        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);

        // Each error points at its own member: the line that holds it, the column where its name starts.
        var original = File.ReadAllText(Seed()).Split('\n');
        var toLine = Array.FindIndex(original, l => l.Contains("\"to\": \"us\"", StringComparison.Ordinal)) + 1;
        var authorityLine = Array.FindIndex(original, l => l.Contains("\"authority\": \"us-treasury\"", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"{file}:{toLine}:7: self-demand: $.demands[2].to: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:{authorityLine}:7: dangling-reference: $.sanctions[1].authority: ", lines[1], StringComparison.Ordinal);
    }

    /// <summary>Every C0 and C1 control, DEL, the bidirectional controls, and the line and paragraph separators.</summary>
    private static IEnumerable<char> HostileCharacters()
        => Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21))
            .Concat([0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029])
            .Select(code => (char)code);

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Validate_never_prints_a_hostile_character_from_a_document_and_each_error_is_one_line(string format)
    {
        // Each character, escaped in the JSON text, in a member name, an id, a party kind, a country, a date and a
        // closed-list value: each place quotes the input back in its error.
        var seed = File.ReadAllText(Seed());
        var sites = new (string From, string To)[]
        {
            ("\"name\": \"United States\"", "\"na{0}me\": \"United States\""),
            ("\"id\": \"us\"", "\"id\": \"u{0}s\""),
            ("\"kind\": \"state\"", "\"kind\": \"sta{0}te\""),
            ("\"country\": \"US\"", "\"country\": \"U{0}\""),
            ("\"date\": \"2023-11\"", "\"date\": \"2023-1{0}\""),
            ("\"confidence\": \"reported\"", "\"confidence\": \"report{0}ed\""),
        };
        var files = new List<string>();
        foreach (var c in HostileCharacters())
        {
            for (var i = 0; i < sites.Length; i++)
            {
                var at = seed.IndexOf(sites[i].From, StringComparison.Ordinal);
                var escaped = $"\\u{(int)c:X4}";
                var text = string.Concat(seed.AsSpan(0, at), string.Format(System.Globalization.CultureInfo.InvariantCulture, sites[i].To, escaped), seed.AsSpan(at + sites[i].From.Length));
                files.Add(Write($"hostile-{(int)c:X4}-{i}.json", text));
            }
        }

        var result = Tool.Run(["validate", "--format", format, .. files]);

        Assert.Equal(1, result.ExitCode);
        var raw = HostileCharacters().Where(c => c != '\n' && result.Output.Contains(c, StringComparison.Ordinal)).Select(c => $"U+{(int)c:X4}").ToList();
        Assert.True(raw.Count == 0, $"printed raw: {string.Join(", ", raw)}");
        if (format == "text")
        {
            var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(files.Count, lines.Length);
            Assert.All(lines.Zip(files), pair => Assert.StartsWith(pair.Second + ":", pair.First, StringComparison.Ordinal));
        }
        else
        {
            using var report = JsonDocument.Parse(result.Output);
            Assert.Equal(files.Count, report.RootElement.GetArrayLength());
            Assert.All(report.RootElement.EnumerateArray(), error =>
            {
                var message = error.GetProperty("message").GetString()!;
                var path = error.GetProperty("path").GetString()!;
                Assert.DoesNotContain(HostileCharacters(), c => message.Contains(c, StringComparison.Ordinal) || path.Contains(c, StringComparison.Ordinal));
            });
        }
    }

    [Fact]
    public void Validate_reads_standard_input_for_a_dash_and_names_it_stdin()
    {
        var valid = Tool.RunWithInput(File.ReadAllBytes(Seed()), "validate", "-");
        Assert.Equal((0, string.Empty), (valid.ExitCode, valid.Output));
        Assert.Contains("<stdin>: valid", valid.Error, StringComparison.Ordinal);

        var invalid = Tool.RunWithInput("{\n  \"formatVersion\": 1,\n  \"id\": oops\n}\n"u8.ToArray(), "validate", "-");
        Assert.Equal(1, invalid.ExitCode);
        Assert.StartsWith("<stdin>:3:9: invalid-json: ", invalid.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fmt_prints_the_canonical_form_of_standard_input_and_checks_it_with_check()
    {
        var seed = File.ReadAllBytes(Seed());
        var minified = System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(JsonDocument.Parse(seed).RootElement));

        var formatted = Tool.RunWithInput(minified, "fmt", "-");
        Assert.Equal(0, formatted.ExitCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(seed), formatted.Output);

        var checkedInput = Tool.RunWithInput(minified, "fmt", "--check", "-");
        Assert.Equal((1, "<stdin>: not in canonical form"), (checkedInput.ExitCode, checkedInput.Output.Trim()));
        Assert.Equal(0, Tool.RunWithInput(seed, "fmt", "--check", "-").ExitCode);
    }

    [Fact]
    public void Brief_reads_standard_input_for_a_dash()
    {
        var fromInput = Tool.RunWithInput(File.ReadAllBytes(Seed()), "brief", "-");
        Assert.Equal(0, fromInput.ExitCode);
        Assert.Equal(Tool.Run("brief", Seed()).Output, fromInput.Output);
    }

    [Fact]
    public void Validate_reports_the_line_and_column_of_a_syntax_error()
    {
        var file = Write("broken.json", "{\n  \"formatVersion\": 1,\n  \"id\": oops\n}\n");
        var result = Tool.Run("validate", file);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}:3:9: invalid-json: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_prints_errors_as_a_json_array_on_request()
    {
        var file = Write("unknown.json", File.ReadAllText(Seed()).Replace("\"formatVersion\": 2", "\"formatVersion\": 7", StringComparison.Ordinal));
        var result = Tool.Run("validate", file, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var error = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("unsupported-version", error.GetProperty("code").GetString());
        Assert.Equal("$.formatVersion", error.GetProperty("path").GetString());
        Assert.Equal(file, error.GetProperty("file").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Validate_exits_2_for_a_file_that_cannot_be_read_and_still_checks_the_others()
    {
        var result = Tool.Run("validate", Path.Combine(_folder, "missing.json"), Seed());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_hands_the_raw_bytes_to_the_library_so_bad_encodings_are_invalid()
    {
        var notUtf8 = Path.Combine(_folder, "latin1.json");
        File.WriteAllBytes(notUtf8, [.. "{\"formatVersion\": 1, \"id\": \"x\", \"title\": \"caf"u8, 0xE9, .. "\"}"u8]);
        var twoMarks = Path.Combine(_folder, "two-marks.json");
        File.WriteAllBytes(twoMarks, [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Seed())]);

        var result = Tool.Run("validate", notUtf8, twoMarks);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{notUtf8}:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{twoMarks}:1:1: invalid-json: $: The text is not valid JSON: a byte-order mark may stand only at the very start of the text.", result.Output, StringComparison.Ordinal);

        var format = Tool.Run("fmt", notUtf8);
        Assert.Equal(1, format.ExitCode);
        Assert.Equal(0xE9, File.ReadAllBytes(notUtf8)[^3]);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_validates_and_fmt_removes_the_mark()
    {
        // As Windows editors save UTF-8: a byte-order mark, then the text.
        var seed = File.ReadAllBytes(Seed());
        var file = Path.Combine(_folder, "bom.json");
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. seed]);

        var valid = Tool.Run("validate", file);
        Assert.Equal((0, string.Empty, $"{file}: valid"), (valid.ExitCode, valid.Output, valid.Error.Trim()));
        Assert.Equal(0, Tool.RunWithInput([0xEF, 0xBB, 0xBF, .. seed], "validate", "-").ExitCode);

        var check = Tool.Run("fmt", "--check", file);
        Assert.Equal((1, $"{file}: not in canonical form"), (check.ExitCode, check.Output.Trim()));

        var format = Tool.Run("fmt", file);
        Assert.Equal((0, $"{file}: formatted"), (format.ExitCode, format.Output.Trim()));
        Assert.Equal(seed, File.ReadAllBytes(file));

        var fromInput = Tool.RunWithInput([0xEF, 0xBB, 0xBF, .. seed], "fmt", "-");
        Assert.Equal(0, fromInput.ExitCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(seed), fromInput.Output);
    }

    [Fact]
    public void Validate_says_a_directory_is_a_directory()
    {
        var result = Tool.Run("validate", _folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("it is a directory", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "--format", "xml", "x.json")]
    [InlineData("frobnicate")]
    [InlineData("diagram", "--format", "svg")]
    [InlineData("fmt")]
    [InlineData("brief", "a.json", "b.json")]
    [InlineData("export")]
    [InlineData("export", "frobnicate")]
    [InlineData("import")]
    [InlineData()]
    public void A_usage_error_exits_2_with_one_message_and_a_pointer_to_help(params string[] args)
    {
        var result = Tool.Run(args);
        Assert.Equal((2, string.Empty), (result.ExitCode, result.Output));
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches("^negotiation( [a-z]+)?: ", lines[0]);
        Assert.Matches("^Run 'negotiation( [a-z]+)? --help' for usage\\.$", lines[1]);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("brief", "--help")]
    [InlineData("diagram", "--help")]
    [InlineData("fmt", "--help")]
    [InlineData("schema", "--help")]
    [InlineData("import", "--help")]
    [InlineData("export", "--help")]
    [InlineData("export", "plover", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        var result = Tool.Run(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_with_no_file_briefs_the_embedded_seed_case()
    {
        var result = Tool.Run("brief");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("US–China: sanctions on a police forensic institute", result.Output, StringComparison.Ordinal);
        Assert.Contains("reported, unconfirmed, 2023-11-15", result.Output, StringComparison.Ordinal);
        Assert.Contains("against: Human rights groups", result.Output, StringComparison.Ordinal);
        Assert.Contains("United States gives: lift Entity List", result.Output, StringComparison.Ordinal);
        Assert.Contains("2017        Xi's last visit", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_of_a_file_equals_brief_of_the_embedded_seed_after_the_note_on_the_example()
    {
        Assert.Equal(
            $"Built-in example (no FILE given, nothing on standard input): seeds/us-china-fentanyl-2023.json\n{Tool.Run("brief", Seed()).Output}",
            Tool.Run("brief").Output);
    }

    [Theory]
    [InlineData("dot", "digraph")]
    [InlineData("mermaid", "flowchart")]
    public void Diagram_prints_the_format_asked_for(string format, string header)
    {
        var result = Tool.Run("diagram", Seed(), "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Output.Split('\n'), line => line.StartsWith(header, StringComparison.Ordinal));
        // Names are wrapped into short lines; the stances are drawn.
        Assert.Contains("Institute of Forensic", result.Output, StringComparison.Ordinal);
        Assert.Contains("Science of China", result.Output, StringComparison.Ordinal);
        Assert.Contains("opposes", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fmt_check_passes_a_canonical_file_and_names_one_that_is_not()
    {
        Assert.Equal(0, Tool.Run("fmt", "--check", Seed()).ExitCode);

        var squashed = Write("squashed.json", JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Seed())).RootElement));
        var check = Tool.Run("fmt", "--check", squashed);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{squashed}: not in canonical form", check.Output, StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(Seed()), File.ReadAllText(squashed));

        var format = Tool.Run("fmt", squashed);
        Assert.Equal(0, format.ExitCode);
        Assert.Equal(File.ReadAllText(Seed()), File.ReadAllText(squashed));
    }

    [Fact]
    public void Fmt_refuses_to_rewrite_an_invalid_document()
    {
        var file = Write("invalid.json", "{\"formatVersion\": 1}");
        var result = Tool.Run("fmt", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing-property", result.Output, StringComparison.Ordinal);
        Assert.Equal("{\"formatVersion\": 1}", File.ReadAllText(file));
    }

    [Fact]
    public void Schema_prints_the_json_schema()
    {
        var result = Tool.Run("schema");
        Assert.Equal(0, result.ExitCode);
        using var schema = JsonDocument.Parse(result.Output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }
}
