using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Negotiation.Cli.Tests;

/// <summary>
/// The conventions of command-line tools (issue 15, item 1): unknown options and commands are usage errors with one
/// message, help names the tool and marks optional arguments, standard input is read when something is piped in and
/// the built-in example is used (and named) when not, and <c>--version</c> is the library's version.
/// </summary>
public sealed class ConventionTests : IDisposable
{
    private const string ExampleNote = "Built-in example (no FILE given, nothing on standard input): seeds/us-china-fentanyl-2023.json";

    private readonly string _folder = Directory.CreateTempSubdirectory("negotiation-cli-conventions-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Seed([CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "seeds", "us-china-fentanyl-2023.json"));

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("validate")]
    [InlineData("brief")]
    [InlineData("diagram")]
    [InlineData("timeline")]
    [InlineData("bargain")]
    [InlineData("fmt")]
    [InlineData("listed")]
    public void An_unknown_option_is_a_usage_error_and_no_file_is_read(string command)
    {
        // A file named like the option, in the working directory: reading it would print its error.
        File.WriteAllText(Path.Combine(_folder, "--strict"), "{");

        var result = Tool.RunIn(_folder, command, "--strict", Seed());

        Assert.Equal((2, string.Empty), (result.ExitCode, result.Output));
        Assert.Equal(
            [$"negotiation {command}: unknown option '--strict'", $"Run 'negotiation {command} --help' for usage."],
            Lines(result.Error));
    }

    [Fact]
    public void After_a_double_dash_a_word_that_looks_like_an_option_is_a_file()
    {
        File.WriteAllText(Path.Combine(_folder, "--strict"), "{");

        var result = Tool.RunIn(_folder, "validate", "--", "--strict");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("--strict:1:2: invalid-json: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_value_that_starts_with_a_dash_is_judged_by_its_option()
    {
        var result = Tool.Run("validate", "--max-errors", "-3", Seed());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("negotiation validate: --max-errors must be at least 1.", Lines(result.Error)[0]);
    }

    [Fact]
    public void An_unknown_command_prints_one_error()
    {
        var result = Tool.Run("frobnicate", Seed());

        Assert.Equal((2, string.Empty), (result.ExitCode, result.Output));
        Assert.Equal(
            ["negotiation: unknown command 'frobnicate'; the commands are validate, brief, diagram, timeline, bargain, fmt, schema, import, export, listed", "Run 'negotiation --help' for usage."],
            Lines(result.Error));
    }

    [Fact]
    public void An_empty_file_name_gives_one_clean_message()
    {
        var result = Tool.Run("brief", "");

        Assert.Equal((2, string.Empty), (result.ExitCode, result.Output));
        Assert.Equal(
            ["negotiation brief: a FILE is empty: give a file name, or - for standard input", "Run 'negotiation brief --help' for usage."],
            Lines(result.Error));
        Assert.DoesNotContain("Parameter", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_tool_and_marks_optional_arguments()
    {
        var help = Tool.Run("--help").Output;
        Assert.Contains("  negotiation COMMAND [options]", help, StringComparison.Ordinal);
        Assert.Contains("  validate [FILE...]  ", help, StringComparison.Ordinal);
        Assert.Contains("  brief [FILE]  ", help, StringComparison.Ordinal);
        Assert.Contains("  diagram [FILE]  ", help, StringComparison.Ordinal);
        Assert.Contains("  timeline [FILE]  ", help, StringComparison.Ordinal);
        Assert.Contains("  bargain [FILE]  ", help, StringComparison.Ordinal);
        Assert.Contains("  fmt FILE...  ", help, StringComparison.Ordinal);
        Assert.Contains("  import  ", help, StringComparison.Ordinal);
        Assert.Contains("  export  ", help, StringComparison.Ordinal);
        Assert.Contains("  listed [FILE]  ", help, StringComparison.Ordinal);
        Assert.Contains("--version", help, StringComparison.Ordinal);

        foreach (var (command, usage) in new[] { ("brief", "brief [FILE]"), ("diagram", "diagram [FILE]"), ("timeline", "timeline [FILE]"), ("bargain", "bargain [FILE]"), ("validate", "validate [FILE...]"), ("fmt", "fmt FILE..."), ("schema", "schema"), ("export plover", "export plover [FILE]"), ("export ftm", "export ftm [FILE]"), ("listed", "listed [FILE]"), ("import ofac", "import ofac PATH") })
        {
            var text = Tool.Run([.. command.Split(' '), "--help"]).Output;
            Assert.Contains($"Usage:\n  negotiation {usage} [options]\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Negotiation.Cli", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Negotiation.Cli", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_library_s_informational_version()
    {
        var result = Tool.Run("--version");

        var library = Path.Combine(Path.GetDirectoryName(Tool.DllPath)!, "Negotiation.Domain.dll");
        var expected = FileVersionInfo.GetVersionInfo(library).ProductVersion; // the assembly's informational version
        Assert.Equal((0, $"{expected}\n"), (result.ExitCode, result.Output));
        Assert.StartsWith("0.", result.Output, StringComparison.Ordinal); // the library's, not the tool's 1.0.0
    }

    [Fact]
    public void Brief_reads_a_document_piped_in_with_no_file()
    {
        var piped = File.ReadAllText(Seed()).Replace("\"title\": \"US–China: sanctions", "\"title\": \"Piped: sanctions", StringComparison.Ordinal);

        var result = Tool.RunWithInput(System.Text.Encoding.UTF8.GetBytes(piped), "brief");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Piped: sanctions on a police forensic institute", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Built-in example", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("brief", "")]
    [InlineData("diagram", "// ")]
    public void Diagram_and_brief_read_a_piped_document_and_say_when_they_show_the_example_instead(string command, string comment)
    {
        var piped = Tool.RunWithInput(File.ReadAllBytes(Seed()), command);
        Assert.Equal(Tool.Run(command, Seed()).Output, piped.Output);

        var empty = Tool.RunWithInput([], command);
        Assert.Equal(0, empty.ExitCode);
        Assert.Equal($"{comment}{ExampleNote}\n{piped.Output}", empty.Output);
    }

    [Theory]
    [InlineData("< /dev/null")]
    [InlineData("<&-")]
    public void Brief_with_nothing_on_standard_input_uses_the_built_in_example_and_says_so_first(string redirection)
    {
        var result = Tool.RunWithShellInput(redirection, "brief");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal(ExampleNote, lines[0]);
        Assert.StartsWith("US–China: sanctions on a police forensic institute", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mermaid_diagram_of_the_example_keeps_its_front_matter_first()
    {
        var result = Tool.RunWithInput([], "diagram", "--format", "mermaid");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"---\n# {ExampleNote}\ntitle: ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("< /dev/null")]
    [InlineData("<&-")]
    public void Validate_with_no_file_reads_what_is_piped_in_or_is_a_usage_error(string redirection)
    {
        var piped = Tool.RunWithInput(File.ReadAllBytes(Seed()), "validate");
        Assert.Equal((0, "<stdin>: valid"), (piped.ExitCode, piped.Error.Trim()));

        var nothing = Tool.RunWithShellInput(redirection, "validate");
        Assert.Equal(2, nothing.ExitCode);
        Assert.Equal(
            ["negotiation validate: no FILE given, and nothing on standard input", "Run 'negotiation validate --help' for usage."],
            Lines(nothing.Error));
    }

    [Fact]
    public void A_dash_for_a_closed_standard_input_says_it_is_closed_rather_than_waiting()
    {
        var result = Tool.RunWithShellInput("<&-", "validate", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("negotiation: cannot read standard input: it is closed", result.Error.Trim());
    }
}
