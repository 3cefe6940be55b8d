using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace Negotiation.Cli.Tests;

/// <summary>
/// <c>negotiation timeline [FILE] --format svg|mermaid [-o OUT]</c> (issue 15, item 4), run as a separate process: a
/// FILE, standard input, the built-in example, either format, an output file, and options it does not know.
/// </summary>
public sealed class TimelineTests : IDisposable
{
    private const string ExampleNote = "Built-in example (no FILE given, nothing on standard input): seeds/us-china-fentanyl-2023.json";

    private readonly string _folder = Directory.CreateTempSubdirectory("negotiation-cli-timeline-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Seed(string name = "us-china-fentanyl-2023", [CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "seeds", name + ".json"));

    [Theory]
    [InlineData("us-china-fentanyl-2023")]
    [InlineData("new-start-2010")]
    [InlineData("minsk-ii-2015")]
    [InlineData("us-iran-prisoner-exchange-2023")]
    [InlineData("us-cuba-2014")]
    public void A_file_gives_an_svg_that_parses_as_xml(string seed)
    {
        var result = Tool.Run("timeline", Seed(seed));

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var svg = XDocument.Parse(result.Output).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.True(int.Parse(svg.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) <= 1200);
    }

    [Fact]
    public void Standard_input_is_read_as_a_file_is_with_or_without_a_dash()
    {
        var file = Tool.Run("timeline", Seed("new-start-2010")).Output;

        Assert.Equal(file, Tool.RunWithInput(File.ReadAllBytes(Seed("new-start-2010")), "timeline").Output);
        Assert.Equal(file, Tool.RunWithInput(File.ReadAllBytes(Seed("new-start-2010")), "timeline", "-").Output);
        Assert.Contains("New START", file, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_document_it_draws_the_example_and_says_so_in_a_comment()
    {
        var svg = Tool.RunWithInput([], "timeline");
        Assert.Equal(0, svg.ExitCode);
        Assert.Equal($"<!-- {ExampleNote} -->\n{Tool.Run("timeline", Seed()).Output}", svg.Output);
        XDocument.Parse(svg.Output);

        var mermaid = Tool.RunWithInput([], "timeline", "--format", "mermaid");
        Assert.Equal($"%% {ExampleNote}\n{Tool.Run("timeline", Seed(), "--format", "mermaid").Output}", mermaid.Output);
    }

    [Fact]
    public void Format_mermaid_gives_a_gantt_chart()
    {
        var result = Tool.Run("timeline", Seed("new-start-2010"), "--format", "mermaid");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal("gantt", lines[0]);
        Assert.Contains("  section Russian Federation#58; participation", lines);
        Assert.Contains("    suspension (2023-02-28) :milestone, 2023-02-28, 0d", lines);
    }

    [Fact]
    public void Output_goes_to_the_file_named()
    {
        var path = Path.Combine(_folder, "timeline.svg");

        var result = Tool.Run("timeline", Seed(), "-o", path);

        Assert.Equal((0, string.Empty, string.Empty), (result.ExitCode, result.Output, result.Error));
        Assert.Equal(Tool.Run("timeline", Seed()).Output, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("--format", "png")]
    [InlineData("--width", "800")]
    [InlineData("-o", "")]
    public void A_bad_option_is_a_usage_error(params string[] options)
    {
        var result = Tool.Run(["timeline", Seed(), .. options]);

        Assert.Equal((2, string.Empty), (result.ExitCode, result.Output));
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("negotiation timeline: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'negotiation timeline --help' for usage.", lines[1]);
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_an_error()
    {
        var result = Tool.Run("timeline", Seed(), "-o", Path.Combine(_folder, "no-such-folder", "t.svg"));

        Assert.Equal((2, string.Empty), (result.ExitCode, result.Output));
        Assert.StartsWith("negotiation: cannot write ", result.Error, StringComparison.Ordinal);
    }
}
