using System.Text.Json;
using Negotiation.Domain.Interop.Plover;

namespace Negotiation.Domain.Interop.Tests.Plover;

/// <summary>
/// The US–China seed's export read back, record by record, against expectations written by hand from the seed
/// (seeds/us-china-fentanyl-2023.json) and the mapping of the design note.
/// </summary>
public class PloverSeedExportTests
{
    /// <summary>One expected record: what it was made from, its category and mode, who acts, towards whom, and when.</summary>
    private sealed record Expected(string What, string Event, string? Mode, string Actor, string Recipient, string Date, string Precision);

    // Actors and recipients as "code/sector/party", several joined by " + ".
    private const string Us = "USA/GOV/us";
    private const string Cn = "CHN/GOV/cn";

    private static readonly Expected[] UsChina =
    [
        // Demands (the rejected one has no date, nor has its response: noted, not exported).
        new("demand:us-asks-crackdown-on-exporters:request", "REQUEST", "change", Us, Cn, "2023-11-01", "month"),
        new("demand:cn-asks-lifting-institute-sanction:request", "REQUEST", "yield", Cn, Us, "2023-11-01", "month"),
        new("demand:us-asks-military-ties:request", "REQUEST", "meet", Us, Cn, "2023-11-01", "month"),

        // Sanctions with no history: imposed at their listing, by the body that keeps the list.
        new("sanction:us-entity-list-cn-mps-ifs:listed", "SANCTION", "discontinue", "USA/GOV/us-commerce", "CHN/GOV/cn-mps-ifs", "2020-05-01", "month"),
        new("sanction:us-treasury-fentanyl-2023:listed", "SANCTION", "discontinue", "USA/GOV/us-treasury", "CHN/-/cn-treasury-designated-people + CHN/BUS/cn-treasury-designated-businesses", "2023-11-01", "month"),

        // Each commitment promised on the day of the agreements (2023-11-15): a lift is CONCEDE, a crackdown AGREE.
        new("commitment:us-lifts-institute-sanction:promise", "CONCEDE", null, Us, Cn, "2023-11-15", "day"),
        new("commitment:cn-cracks-down-on-exporters:promise", "AGREE", null, Cn, Us, "2023-11-15", "day"),
        new("commitment:us-resumes-military-channel:promise", "AGREE", null, Us, Cn, "2023-11-15", "day"),
        new("commitment:cn-resumes-military-channel:promise", "AGREE", null, Cn, Us, "2023-11-15", "day"),
        new("commitment:us-refrains-ai-nuclear:promise", "CONCEDE", null, Us, Cn, "2023-11-15", "day"),
        new("commitment:cn-refrains-ai-nuclear:promise", "CONCEDE", null, Cn, Us, "2023-11-15", "day"),

        // Visits: the visitor acts, the host (of the country visited) receives; meetings: everyone acts.
        new("event:xi-us-visit-2017:visit", "CONSULT", "visit", "CHN/GOV/xi-jinping", Us, "2017-01-01", "year"),
        new("event:biden-xi-meeting-2022:meeting", "CONSULT", null, "USA/GOV/joe-biden + CHN/GOV/xi-jinping", "", "2022-11-01", "month"),
        new("event:blinken-china-trip-2023:visit", "CONSULT", "visit", "USA/GOV/antony-blinken", Cn, "2023-06-01", "month"),
        new("event:biden-xi-apec-2023:meeting", "CONSULT", null, $"USA/GOV/joe-biden + CHN/GOV/xi-jinping + {Us} + {Cn}", "", "2023-11-15", "day"),

        // The only dated stance: a committee that is no party to the deal opposes it, ACCUSE disapprove.
        new("stance:house-committee-negligible-benefit:accuse", "ACCUSE", "disapprove", "USA/LEG/us-house-ccp-committee", $"{Us} + {Cn}", "2023-11-01", "month"),
    ];

    [Fact]
    public void The_us_china_export_read_back_has_the_expected_records()
    {
        var text = PloverExport.WriteToString(PloverSeeds.Read(PloverSeeds.UsChina));
        var read = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ReadBack).ToList();

        Assert.Equal(UsChina.Length, read.Count);
        for (var i = 0; i < UsChina.Length; i++)
        {
            Assert.Equal(UsChina[i], read[i]);
        }
    }

    [Fact]
    public void The_us_china_export_scores_and_quads_follow_the_manual()
    {
        var records = PloverExport.Export(PloverSeeds.Read(PloverSeeds.UsChina)).Records;
        Assert.Equal([-1, -1, 0, -6, -6, 4.5, 2.5, 2.5, 2.5, 4.5, 4.5, 4, 2.5, 4, 2.5, -2], records.Select(r => r.EventScale));
        Assert.Equal([3, 3, 3, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3], records.Select(r => r.QuadCode));
    }

    [Fact]
    public void The_us_china_commitments_name_what_they_are_conditional_on_and_fulfil()
    {
        var lines = PloverExport.WriteToString(PloverSeeds.Read(PloverSeeds.UsChina)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var lift = JsonDocument.Parse(lines.Single(l => l.Contains(":commitment:us-lifts-institute-sanction:promise", StringComparison.Ordinal)));
        var root = lift.RootElement;
        Assert.Equal(["commitment:cn-cracks-down-on-exporters"], root.GetProperty("conditional_on").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["demand:cn-asks-lifting-institute-sanction"], root.GetProperty("fulfils").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("agreement:us-cn-fentanyl-deal", root.GetProperty("agreement").GetString());
        Assert.Equal("0354", root.GetProperty("cameo").GetString());
        Assert.Equal(["illegal_drugs", "human_rights"], root.GetProperty("context").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_us_china_notes_say_what_was_left_out()
    {
        var notes = PloverExport.Export(PloverSeeds.Read(PloverSeeds.UsChina)).Notes;
        Assert.Equal(
            [
                "undated demand:us-asks-ingredient-restrictions date",
                "undated demand:us-asks-ingredient-restrictions response.date",
                "event-kind-not-coded event:institute-designation-2020 kind",
                "event-kind-not-coded event:balloon-shot-down-2023 kind",
                "event-kind-not-coded event:cn-limits-precursor-exports-2023 kind",
                "event-kind-not-coded event:treasury-fentanyl-designations-2023 kind",
                "event-kind-not-coded event:house-committee-letter-2023 kind",
                "undated stance:human-rights-groups-oppose-deal date",
                "undated stance:republicans-decline-in-action date",
                "stance-not-coded stance:biden-de-risk-not-decouple position",
                "undated stance:sullivan-lines-of-communication date",
                "undated stance:adeyemo-disrupt-network date",
            ],
            notes.Select(n => $"{n.Code} {n.SourceId} {n.Property}"));
        Assert.All(notes, n => Assert.Equal(0, n.Line));
    }

    private static Expected ReadBack(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = root.GetProperty("id").GetString()!;
        const string Prefix = "us-cn-fentanyl-sanctions-2023:";
        Assert.StartsWith(Prefix, id, StringComparison.Ordinal);
        return new Expected(
            id[Prefix.Length..],
            root.GetProperty("event").EnumerateArray().Single().GetString()!,
            root.TryGetProperty("mode", out var mode) ? mode.EnumerateArray().Single().GetString() : null,
            Entities(root, "actor"),
            Entities(root, "recipient"),
            root.GetProperty("date").GetString()!,
            root.GetProperty("date_precision").GetString()!);
    }

    private static string Entities(JsonElement root, string name)
        => root.TryGetProperty(name, out var list)
            ? string.Join(" + ", list.EnumerateArray().Select(e => $"{Text(e, "code")}/{Text(e, "sector")}/{Text(e, "party")}"))
            : "";

    private static string Text(JsonElement entity, string name) => entity.TryGetProperty(name, out var value) ? value.GetString()! : "-";
}
