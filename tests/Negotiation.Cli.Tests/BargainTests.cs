using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Negotiation.Cli.Tests;

/// <summary>
/// <c>negotiation bargain</c> (issue 16, item 5): the report on the seed's bargaining section, <c>--json</c>,
/// <c>--svg</c>, and the errors of a document that has no section or can't be analysed.
/// </summary>
public sealed class BargainTests : IDisposable
{
    private const string ExampleNote = "Built-in example (no FILE given, nothing on standard input): seeds/us-china-fentanyl-2023.json";

    private readonly string _folder = Directory.CreateTempSubdirectory("negotiation-cli-bargain-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Seed([CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "seeds", "us-china-fentanyl-2023.json"));

    private static string SeedWith(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(File.ReadAllText(Seed()))!.AsObject();
        change(document);
        return document.ToJsonString();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_seed_s_report_gives_the_frontier_the_zone_every_solution_and_the_deal_against_them()
    {
        var result = Tool.Run("bargain", Seed());

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var output = result.Output;
        Assert.StartsWith("Parties: United States (us), People's Republic of China (cn)\n", output, StringComparison.Ordinal);
        Assert.Contains("Outcomes: 12 (3 issues: 2 × 3 × 2 options)\n", output, StringComparison.Ordinal);
        Assert.Contains("Reservations: us 0.2, cn 0.45\n", output, StringComparison.Ordinal);
        Assert.Contains("Pareto frontier: 4 points, 3 of them rational\n", output, StringComparison.Ordinal);
        Assert.Contains("Zone of agreement: exists; 7 of 12 outcomes rational (58.3 %)\n", output, StringComparison.Ordinal);
        Assert.Contains("Ideal point: us 0.86, cn 0.91\n", output, StringComparison.Ordinal);
        Assert.Contains("Opposition: ", output, StringComparison.Ordinal);
        Assert.Contains(
            "  Nash: us 0.71, cn 0.79\n    options: lift the institute's listing; crack down on exporters; channel resumed\n",
            output,
            StringComparison.Ordinal);
        Assert.Contains("  Kalai–Smorodinsky: us 0.71, cn 0.79\n", output, StringComparison.Ordinal);
        Assert.Contains("  nearest-diagonal: us 0.71, cn 0.79\n", output, StringComparison.Ordinal);
        Assert.Contains("  egalitarian: us 0.71, cn 0.79\n", output, StringComparison.Ordinal);
        Assert.Contains("  utilitarian: us 0.71, cn 0.79\n", output, StringComparison.Ordinal);
        Assert.Contains("  us-cn-fentanyl-deal (US lifts sanctions on the Institute of Forensic Science; China cracks down on fentanyl exporters): us 0.71, cn 0.79\n", output, StringComparison.Ordinal);
        Assert.Contains("    rational, Pareto-optimal; distance to the frontier 0, to Nash 0\n", output, StringComparison.Ordinal);
        Assert.Contains("    at the point of: Nash, Kalai–Smorodinsky, nearest-diagonal, egalitarian, utilitarian\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_writes_the_whole_result()
    {
        var result = Tool.Run("bargain", Seed(), "--json");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(
            ["parties", "issues", "outcomeCount", "zeroSum", "frontier", "rationalFrontierSize", "zone", "ideal", "solutions", "opposition", "rationalOpposition", "agreements"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["us", "cn"], root.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(0.45, root.GetProperty("parties")[1].GetProperty("reservation").GetDouble());
        Assert.Equal(12, root.GetProperty("outcomeCount").GetInt64());

        var frontier = root.GetProperty("frontier");
        Assert.Equal(4, frontier.GetArrayLength());
        Assert.Equal([0.71, 0.79], frontier[2].GetProperty("utilities").EnumerateArray().Select(u => u.GetDouble()));
        Assert.Equal(1, frontier[2].GetProperty("multiplicity").GetInt64());
        Assert.True(frontier[2].GetProperty("rational").GetBoolean());
        Assert.False(frontier[0].GetProperty("rational").GetBoolean());
        Assert.Equal(["lift the institute's listing", "crack down on exporters", "channel resumed"], frontier[2].GetProperty("representative").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(3, root.GetProperty("rationalFrontierSize").GetInt32());

        var zone = root.GetProperty("zone");
        Assert.True(zone.GetProperty("exists").GetBoolean());
        Assert.Equal(7, zone.GetProperty("rationalCount").GetInt64());

        var solutions = root.GetProperty("solutions");
        Assert.Equal(["nash", "kalai-smorodinsky", "nearest-diagonal", "egalitarian", "utilitarian"], solutions.EnumerateObject().Select(s => s.Name));
        Assert.True(JsonElement.DeepEquals(frontier[2], solutions.GetProperty("nash").GetProperty("points")[0]));

        var deal = Assert.Single(root.GetProperty("agreements").EnumerateArray());
        Assert.Equal("us-cn-fentanyl-deal", deal.GetProperty("agreement").GetString());
        Assert.True(deal.GetProperty("paretoOptimal").GetBoolean());
        Assert.Equal(0, deal.GetProperty("distanceToNash").GetDouble());
    }

    [Fact]
    public void Svg_writes_the_picture_and_the_report_is_still_printed()
    {
        var picture = Path.Combine(_folder, "seed.svg");

        var result = Tool.Run("bargain", Seed(), "--svg", picture);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Pareto frontier: 4 points", result.Output, StringComparison.Ordinal);
        var svg = XDocument.Load(picture);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal("Utility space: United States and People's Republic of China", svg.Root.Element(ns + "title")!.Value);
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "us-cn-fentanyl-deal");
        Assert.False(File.ReadAllBytes(picture).AsSpan().StartsWith("\uFEFF"u8)); // UTF-8, no byte-order mark
    }

    [Fact]
    public void A_document_without_a_bargaining_section_is_an_error_of_its_own_and_exits_1()
    {
        var file = Write("no-bargaining.json", SeedWith(document => document.Remove("bargaining")));

        var result = Tool.Run("bargain", file, "--svg", Path.Combine(_folder, "never.svg"));

        Assert.Equal((1, string.Empty), (result.ExitCode, result.Output));
        Assert.Equal($"{file}: no bargaining section: the document has no $.bargaining to analyse\n", result.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "never.svg")));
    }

    [Fact]
    public void A_section_that_can_t_be_analysed_gives_the_analysis_s_error_and_exits_1()
    {
        var file = Write("one-party.json", SeedWith(document => document["bargaining"]!["preferences"]!.AsArray().RemoveAt(1)));

        var result = Tool.Run("bargain", file);

        Assert.Equal((1, string.Empty), (result.ExitCode, result.Output));
        Assert.StartsWith($"{file}: too-few-parties: $.bargaining.preferences: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_document_is_reported_as_by_every_command()
    {
        var file = Write("invalid.json", "{\"formatVersion\": 2, \"id\": oops}");

        var result = Tool.Run("bargain", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}:1:", result.Error, StringComparison.Ordinal);
        Assert.Contains("invalid-json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_that_can_t_be_written_is_a_usage_error()
    {
        var result = Tool.Run("bargain", Seed(), "--svg", Path.Combine(_folder, "no-such-folder", "seed.svg"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"negotiation: cannot write {Path.Combine(_folder, "no-such-folder", "seed.svg")}: ", result.Error, StringComparison.Ordinal);

        var empty = Tool.Run("bargain", Seed(), "--svg", "");
        Assert.Equal(2, empty.ExitCode);
        Assert.StartsWith("negotiation bargain: --svg needs a file name\n", empty.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_file_the_built_in_example_is_analysed_and_said_first_or_on_standard_error_for_json()
    {
        var text = Tool.RunWithInput([], "bargain");
        Assert.Equal(0, text.ExitCode);
        Assert.Equal($"{ExampleNote}\n{Tool.Run("bargain", Seed()).Output}", text.Output);

        var json = Tool.RunWithInput([], "bargain", "--json");
        Assert.Equal(0, json.ExitCode);
        Assert.Equal($"{ExampleNote}\n", json.Error);
        using var parsed = JsonDocument.Parse(json.Output); // standard output stays one JSON document

        var piped = Tool.RunWithInput(File.ReadAllBytes(Seed()), "bargain");
        Assert.Equal(Tool.Run("bargain", Seed()).Output, piped.Output);
    }

    private static string Fixture(string name, [CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "Negotiation.Domain.Tests", "Bargaining", "Fixtures", name));

    [Fact]
    public void Genius_files_are_analysed_with_each_party_named_after_its_profile()
    {
        var result = Tool.Run("bargain", "--genius", Fixture("fentanyl-domain.xml"), Fixture("fentanyl-us.xml"), Fixture("fentanyl-cn.xml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Parties: fentanyl-us (fentanyl-us), fentanyl-cn (fentanyl-cn)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Outcomes: 108 (4 issues: 3 × 3 × 3 × 4 options)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Pareto frontier: 27 points", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void GeniusWeb_profiles_give_the_same_frontier_as_json()
    {
        var result = Tool.Run("bargain", "--geniusweb", Fixture("fentanyl-us.json"), Fixture("fentanyl-cn.json"), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(2, json.RootElement.GetProperty("parties").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("frontier").GetArrayLength() > 1);
    }

    [Fact]
    public void A_document_and_genius_files_together_are_a_usage_error()
    {
        var result = Tool.Run("bargain", Seed(), "--genius", Fixture("fentanyl-domain.xml"), Fixture("fentanyl-us.xml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("one of them", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_genius_file_gives_the_importers_error_with_its_path_and_exits_1()
    {
        var broken = Write("broken.xml", "<utility_space><objective><issue index=\"1\" name=\"x\" type=\"real\"/></objective></utility_space>");

        var result = Tool.Run("bargain", "--genius", Fixture("fentanyl-domain.xml"), broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }
}
