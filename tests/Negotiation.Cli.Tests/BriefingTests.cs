using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Negotiation.Cli.Tests;

/// <summary><c>negotiation brief</c>: every stance, grouped by what it is on, and wording a person reads without stumbling.</summary>
public sealed class BriefingTests
{
    private static readonly Lazy<string> SeedBriefing = new(() => Tool.Run("brief", Seed()).Output);

    private static string Seed([CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "seeds", "us-china-fentanyl-2023.json"));

    /// <summary>The lines of one section of the briefing, from its heading to the blank line that ends it.</summary>
    private static List<string> Section(string briefing, string heading)
    {
        var lines = briefing.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(heading + " (", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no section {heading}");
        return [.. lines.Skip(start).TakeWhile(l => l.Length > 0)];
    }

    [Fact]
    public void The_seed_s_briefing_names_all_six_stances_and_their_holders()
    {
        using var seed = JsonDocument.Parse(File.ReadAllText(Seed()));
        var names = seed.RootElement.GetProperty("parties").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("name").GetString()!);
        var stances = seed.RootElement.GetProperty("stances").EnumerateArray().ToList();
        Assert.Equal(6, stances.Count);

        var section = Section(SeedBriefing.Value, "STANCES");

        Assert.Equal("STANCES (6)", section[0]);
        var lines = section.Where(l => l.StartsWith("      ", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, lines.Count);
        foreach (var stance in stances)
        {
            var position = stance.GetProperty("position").GetString() switch
            {
                "support" => "for",
                "oppose" => "against",
                var other => other,
            };
            var holder = names[stance.GetProperty("party").GetString()!];
            var statement = stance.GetProperty("statement").GetString()!;
            Assert.Single(lines, l => l.StartsWith($"      {position}: {holder}: {statement}", StringComparison.Ordinal));
        }

        Assert.Contains("      conditional: Joe Biden: ", SeedBriefing.Value, StringComparison.Ordinal);
        Assert.Contains("      against: Republican politicians: ", SeedBriefing.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Stances_are_grouped_under_what_they_are_on_in_the_order_the_document_first_names_it()
    {
        var subjects = Section(SeedBriefing.Value, "STANCES").Where(l => l.StartsWith("  * on ", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [
                "  * on the agreement \"US lifts sanctions on the Institute of Forensic Science; China cracks down on fentanyl exporters\"",
                "  * on the issue \"US engagement with China\"",
                "  * on the demand \"Re-establish military-to-military ties\", asked by United States",
                "  * on the sanction Illicit drugs (fentanyl supply chain) on People in China sanctioned by the Treasury for fentanyl ingredients, Businesses in China sanctioned by the Treasury for fentanyl ingredients",
            ],
            subjects);
    }

    [Fact]
    public void The_wording_has_no_stray_possessive_no_full_stop_before_a_semicolon_and_no_empty_side_of_a_mutual_undertaking()
    {
        var briefing = SeedBriefing.Value;

        Assert.DoesNotContain("s's ", briefing, StringComparison.Ordinal); // "United States's demand"
        Assert.DoesNotContain(".;", briefing, StringComparison.Ordinal);
        Assert.Contains("in exchange for: Crack down on exporters who send fentanyl or its components to suppliers in Mexico, asked by United States\n", briefing, StringComparison.Ordinal);

        // Both parties pledge the same: told once, not as a gift that nobody receives.
        Assert.Contains("      United States and People's Republic of China each: Not integrate artificial intelligence into nuclear weapons systems\n", briefing, StringComparison.Ordinal);
        Assert.Contains("      United States and People's Republic of China each: Resume military-to-military communication\n", briefing, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing recorded", briefing, StringComparison.Ordinal);

        // A deal of different undertakings keeps its ledger.
        Assert.Contains("      United States gives: lift Entity List\n", briefing, StringComparison.Ordinal);
        Assert.Contains("      People's Republic of China gets:  United States: lift Entity List\n", briefing, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_commitments_of_one_party_are_joined_without_a_full_stop_before_each_semicolon()
    {
        // A second commitment for China in the fentanyl deal, its description ending with a full stop like the first.
        var seed = File.ReadAllText(Seed());
        var at = seed.IndexOf("\"commitments\": [", StringComparison.Ordinal) + "\"commitments\": [".Length;
        var text = seed.Insert(at, "{\"id\": \"cn-reports-progress\", \"by\": \"cn\", \"action\": {\"kind\": \"other\", \"description\": \"Report on progress.\"}},");

        var result = Tool.RunWithInput(System.Text.Encoding.UTF8.GetBytes(text), "brief", "-");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("People's Republic of China gives: Report on progress; Crack down on exporters of fentanyl ingredients\n", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(".;", result.Output, StringComparison.Ordinal);
    }
}
