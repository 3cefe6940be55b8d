using CsCheck;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>
/// The round trip of the design note: export, then import, gives back an equal document apart from the members that
/// <see cref="FtmExport"/>'s remarks list as lost. <see cref="Normalise"/> changes exactly those members, and only
/// them, in the original, to what the import gives back; everything else must come back as it was.
/// </summary>
public sealed class FtmRoundTripTests
{
    [Fact]
    public void Export_then_import_gives_back_the_document_apart_from_the_members_listed_as_lost() =>
        FtmDocumentGen.Document.Sample(document =>
        {
            var back = RoundTrip(document);
            var expected = Normalise(document);
            if (!expected.Equals(back.Content))
            {
                var expectedJson = NegotiationJson.Write(NegotiationDocument.Create(document.Id, document.Title, expected).AsT0);
                var actualJson = NegotiationJson.Write(NegotiationDocument.Create(document.Id, document.Title, back.Content).AsT0);
                Assert.Equal(expectedJson, actualJson);
                Assert.Fail("equal JSON but unequal records");
            }
        }, iter: 500, threads: 1);

    [Fact]
    public void The_normalisation_is_not_the_identity_and_the_comparison_can_fail()
    {
        var document = FtmDocumentGen.Make([2, 2, 2, 2, 3], 42);
        var back = RoundTrip(document);

        // The import adds the ftm external ids, so a plain comparison fails...
        Assert.NotEqual(document.Content, back.Content);
        // ...and a changed name is seen.
        var changed = back.Content with { Parties = [.. back.Content.Parties.Select((p, i) => i == 0 ? p with { Name = p.Name + " changed" } : p)] };
        Assert.NotEqual(Normalise(document), changed);
    }

    [Fact]
    public void The_export_notes_what_it_does_not_write()
    {
        var document = NegotiationJson.ReadOrThrow(SeedText("us-china-fentanyl-2023"));
        using var output = new MemoryStream();

        var notes = FtmExport.Write(document, output);

        Assert.Contains(notes, n => n.Code == FtmCodes.NoFtmSchema && document.Content.Demands.Any(d => d.Id.Value == n.RecordId));
        Assert.Contains(notes, n => n.Code == FtmCodes.NoFtmSchema && document.Content.Sources.Any(d => d.Id.Value == n.RecordId));
        Assert.Contains(notes, n => n.Code == FtmCodes.NotExported && n.Member == "attribution");
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.StartsWith("{\"id\":", line, StringComparison.Ordinal));
        Assert.Equal(lines.Length, lines.Distinct().Count());
    }

    [Fact]
    public async Task The_async_export_writes_the_same_bytes_and_notes()
    {
        var document = FtmDocumentGen.Make([3, 3, 3, 3, 4], 7);
        using var sync = new MemoryStream();
        using var async = new MemoryStream();

        var notes = FtmExport.Write(document, sync);
        var asyncNotes = await FtmExport.WriteAsync(document, async, TestContext.Current.CancellationToken);

        Assert.Equal(sync.ToArray(), async.ToArray());
        Assert.Equal(notes, asyncNotes);
    }

    [Fact]
    public void A_sanction_with_several_targets_becomes_one_entity_per_target_and_a_shared_id_is_renamed()
    {
        var content = new NegotiationContent(
            Parties: [new State(new PartyId("us"), "United States", new Countries.CountryCode("US")), new Person(new PartyId("p1"), "Example One"), new Person(new PartyId("s1"), "Example Two")],
            Sanctions: [new Sanction(new SanctionId("s1"), new PartyId("us"), [new PartyId("p1"), new PartyId("s1")], [SanctionMeasure.AssetFreeze]) { ExternalIds = [new ExternalId("eu-fsf", "EU.1")] }]);
        var document = NegotiationDocument.Create(new NegotiationId("doc"), "Doc", content).AsT0;
        using var output = new MemoryStream();

        var notes = FtmExport.Write(document, output);

        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("{\"id\":\"s1.sanction.target-1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"p1\"]", text, StringComparison.Ordinal);
        Assert.Contains("{\"id\":\"s1.sanction.target-2\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"s1\"]", text, StringComparison.Ordinal);
        Assert.Contains(notes, n => n.Code == FtmCodes.RenamedId && n.RecordId == "s1");
        Assert.Contains(notes, n => n.Code == FtmCodes.NotExported && n.Member == "externalIds");
    }

    private static NegotiationDocument RoundTrip(NegotiationDocument document)
    {
        using var output = new MemoryStream();
        FtmExport.Write(document, output);
        output.Position = 0;
        var gathered = ImportGathering.GatherAsync(FtmImport.ReadAsync(output, FtmFormat.Entities), document.Id, document.Title).GetAwaiter().GetResult();
        return gathered.Match(result => result.Document, failure => throw new InvalidOperationException("the import of the export is not valid: " + failure));
    }

    /// <summary>The original's content with the lost members (and only those) as the import gives them back.</summary>
    internal static NegotiationContent Normalise(NegotiationDocument document)
    {
        var content = document.Content;
        var parties = content.Parties.Select(p => p switch
        {
            State s => s with { ExternalIds = ExternalIds(s.Id.Value, s.ExternalIds, organization: true), Aliases = Aliases(s) } as Party,
            GovernmentBody b => b with { ExternalIds = ExternalIds(b.Id.Value, b.ExternalIds, organization: true), Aliases = Aliases(b) },
            Organization o => o with { ExternalIds = ExternalIds(o.Id.Value, o.ExternalIds, organization: true), Aliases = Aliases(o) },
            Person person => person with { ExternalIds = ExternalIds(person.Id.Value, person.ExternalIds, organization: false), Aliases = Aliases(person) },
            _ => throw new InvalidOperationException("outside the round trip's domain"),
        });
        var sanctions = content.Sanctions.Select(s => s with
        {
            ExternalIds = [new ExternalId("ftm", s.Id.Value), .. s.ExternalIds.Where(x => x.Scheme == "unsc")],
            History = CanonicalHistory(s),
            Attribution = null,
            LegalInstruments = default,
        });
        return new NegotiationContent(Parties: [.. parties], Sanctions: [.. sanctions]);
    }

    // The history the import makes of a status, a start (the first imposition, or the proposal) and an end.
    private static EquatableArray<SanctionChange> CanonicalHistory(Sanction s)
    {
        var start = s.Status == SanctionStatus.Proposed ? s.History[0].Date : s.StartDate;
        var changes = new List<SanctionChange>();
        if (s.Status == SanctionStatus.Proposed)
        {
            return [new SanctionChange(SanctionChangeKind.Proposed, start)];
        }

        if (start is not null)
        {
            changes.Add(new SanctionChange(SanctionChangeKind.Imposed, start));
        }

        switch (s.Status)
        {
            case SanctionStatus.Suspended: changes.Add(new SanctionChange(SanctionChangeKind.Suspended)); break;
            case SanctionStatus.Waived: changes.Add(new SanctionChange(SanctionChangeKind.Waived)); break;
            case SanctionStatus.Lifted: changes.Add(new SanctionChange(SanctionChangeKind.Lifted, s.EndDate)); break;
            case SanctionStatus.Expired: changes.Add(new SanctionChange(SanctionChangeKind.Expired, s.EndDate)); break;
        }

        return [.. changes];
    }

    private static readonly string[] SchemeOrder = ["wikidata", "lei", "registration", "inn", "ogrn", "swift-bic", "imo"];

    private static EquatableArray<ExternalId> ExternalIds(string id, EquatableArray<ExternalId> ids, bool organization)
    {
        var kept = ids.Where(x => Array.IndexOf(SchemeOrder, x.Scheme) >= 0 && (organization || x.Scheme != "imo"))
            .OrderBy(x => Array.IndexOf(SchemeOrder, x.Scheme));
        return [new ExternalId("ftm", id), .. kept];
    }

    private static EquatableArray<string> Aliases(Party p) => [.. p.Aliases.Where(a => a != p.Name).Distinct()];

    private static string SeedText(string name)
    {
        using var stream = typeof(FtmRoundTripTests).Assembly.GetManifestResourceStream($"seeds/{name}.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
