using System.Runtime.CompilerServices;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Documents of format version 1 read, upgrade and write as the current version, losing nothing. The fixture is the
/// seed case exactly as version 1 wrote it (2026-12-02, before version 2): it must always read.
/// </summary>
public class Version1Tests
{
    private static readonly string Fixture = File.ReadAllText(FixturePath("us-china-fentanyl-2023.json"));

    [Fact]
    public void The_version_1_fixture_reads_as_the_seed_case()
    {
        Assert.Contains("\"formatVersion\": 1,", Fixture, StringComparison.Ordinal);

        var document = NegotiationJson.Read(Fixture).AsT0;

        // The seed as version 1 had it: version 2 added the bargaining section, which version 1 could not hold.
        Assert.Equal(SeedScenario.Builder().Bargaining(null).Build().AsT0, document);
        Assert.Equal(NegotiationDocument.CurrentFormatVersion, document.FormatVersion);
    }

    [Fact]
    public void A_version_1_document_is_written_in_the_current_version_and_reads_back_equal()
    {
        var document = NegotiationJson.Read(Fixture).AsT0;

        var written = NegotiationJson.Write(document);

        Assert.Contains($"\"formatVersion\": {NegotiationDocument.CurrentFormatVersion},", written, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.Read(written).AsT0);
        Assert.Equal(written, NegotiationJson.Write(NegotiationJson.Read(written).AsT0)); // byte-stable from then on
    }

    [Fact]
    public void The_seed_in_seeds_is_the_fixture_upgraded()
    {
        using var seed = typeof(Version1Tests).Assembly.GetManifestResourceStream("seeds/us-china-fentanyl-2023.json")!;
        var current = NegotiationJson.ReadOrThrow(seed);

        Assert.Equal(NegotiationJson.Read(Fixture).AsT0.ToBuilder().Bargaining(current.Bargaining).Build().AsT0, current);
        Assert.Equal(NegotiationJson.Write(current), new StreamReader(typeof(Version1Tests).Assembly.GetManifestResourceStream("seeds/us-china-fentanyl-2023.json")!).ReadToEnd());
    }

    [Fact]
    public void A_version_1_lifted_sanction_becomes_a_history_of_its_imposition_and_its_lift_by_what_ended_it()
    {
        var json = Version1Sanction("""
            "status": "lifted", "startDate": "2020-06-05", "endDate": "2023-11-16", "endedBy": "event:xi-us-visit-2017"
            """);

        var sanction = NegotiationJson.Read(json).AsT0.Sanctions[0];

        Assert.Equal(
            [new SanctionChange(SanctionChangeKind.Imposed, new PartialDate(2020, 6, 5)), new SanctionChange(SanctionChangeKind.Lifted, new PartialDate(2023, 11, 16), new Reference(ReferenceKind.Event, "xi-us-visit-2017"))],
            sanction.History);
        Assert.Equal((SanctionStatus.Lifted, new PartialDate(2020, 6, 5), new PartialDate(2023, 11, 16)), (sanction.Status, sanction.StartDate, sanction.EndDate));
        Assert.Equal("event:xi-us-visit-2017", sanction.EndedBy.ToString());
        Assert.False(sanction.HasVersion1Members);
        var written = System.Text.Json.Nodes.JsonNode.Parse(NegotiationJson.Write(NegotiationJson.Read(json).AsT0))!["sanctions"]![0]!.AsObject();
        Assert.Equal(["id", "authority", "targets", "measures", "program", "legalBasis", "reason", "history", "attribution"], written.Select(p => p.Key));
    }

    [Theory]
    [InlineData("\"status\": \"active\"", new SanctionChangeKind[0], null)]
    [InlineData("\"status\": \"active\", \"startDate\": \"2020\"", new[] { SanctionChangeKind.Imposed }, null)]
    [InlineData("\"status\": \"proposed\"", new[] { SanctionChangeKind.Proposed }, null)]
    [InlineData("\"status\": \"suspended\", \"startDate\": \"2020\"", new[] { SanctionChangeKind.Imposed, SanctionChangeKind.Suspended }, null)]
    [InlineData("\"status\": \"expired\", \"endDate\": \"2024\"", new[] { SanctionChangeKind.Expired }, null)]
    [InlineData("\"status\": \"active\", \"endDate\": \"2024-01\"", new[] { SanctionChangeKind.Imposed }, "Version 1 gave the end date 2024-01, with a status that had not ended.")]
    [InlineData("\"status\": \"proposed\", \"startDate\": \"2025\"", new[] { SanctionChangeKind.Proposed }, "Version 1 gave this proposed sanction the start date 2025.")]
    public void Every_version_1_status_upgrades_to_a_history_with_the_same_status_losing_no_date(string members, SanctionChangeKind[] kinds, string? note)
    {
        var sanction = NegotiationJson.Read(Version1Sanction(members)).AsT0.Sanctions[0];

        Assert.Equal(kinds, sanction.History.Select(c => c.Kind));
        Assert.Equal(note, sanction.History.LastOrDefault()?.Note);
        var status = System.Text.Json.JsonDocument.Parse("{" + members + "}").RootElement.GetProperty("status").GetString();
        Assert.Equal(status, Domain.Guards.JsonNames.EnumValue(sanction.Status.ToString()));
    }

    [Fact]
    public void A_version_1_end_before_the_start_is_refused_where_the_text_has_it()
    {
        var error = NegotiationJson.Read(Version1Sanction("\"status\": \"lifted\", \"startDate\": \"2020-06\", \"endDate\": \"2020-05\"")).AsT1;

        Assert.Equal((ErrorCodes.DateOrder, "$.sanctions[0].endDate"), (error.Code, error.Path));
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void A_version_1_member_in_a_version_2_document_is_refused_at_its_path()
    {
        var json = Version1Sanction("\"status\": \"lifted\"").Replace("\"formatVersion\": 1,", "\"formatVersion\": 2,", StringComparison.Ordinal);

        var failure = NegotiationJson.Read(json).AsT1;

        Assert.Equal((ErrorCodes.EarlierVersionMember, "$.sanctions[0].status"), (failure.Code, failure.Path));
    }

    /// <summary>The fixture with its first sanction's members after <c>measures</c> replaced by <paramref name="members"/>.</summary>
    private static string Version1Sanction(string members)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(Fixture)!;
        var sanction = root["sanctions"]![0]!.AsObject();
        foreach (var name in new[] { "status", "startDate", "endDate", "endedBy", "listingDate" })
        {
            sanction.Remove(name);
        }

        foreach (var (name, value) in System.Text.Json.Nodes.JsonNode.Parse("{" + members + "}")!.AsObject().ToList())
        {
            sanction[name] = value?.DeepClone();
        }

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void A_version_this_library_does_not_read_is_refused_with_the_versions_it_does(string version)
    {
        var json = Fixture.Replace("\"formatVersion\": 1,", $"\"formatVersion\": {version},", StringComparison.Ordinal);

        var error = NegotiationJson.Read(json).AsT1;

        Assert.Equal((ErrorCodes.UnsupportedVersion, "$.formatVersion"), (error.Code, error.Path));
        Assert.Equal($"Format version {version} is not supported: this library reads versions 1 to {NegotiationDocument.CurrentFormatVersion}.", error.Message);
    }

    private static string FixturePath(string name, [CallerFilePath] string here = "")
        => Path.Combine(Path.GetDirectoryName(here)!, "..", "Fixtures", "Version1", name);
}
