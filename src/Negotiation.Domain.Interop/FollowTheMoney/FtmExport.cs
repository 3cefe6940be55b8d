using System.Buffers;
using System.Text.Json;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// Exports a document's parties and sanctions as FollowTheMoney <c>entities.ftm.json</c>: one entity per line, UTF-8.
/// </summary>
/// <remarks>
/// <para>
/// A state becomes a <c>PublicBody</c> with the topic <c>gov.national</c>; a government body a <c>PublicBody</c> with
/// <c>parent</c> and <c>classification</c>; an organization an <c>Organization</c> (a company a <c>Company</c>); a
/// person a <c>Person</c>, plus a <c>Position</c> and an <c>Occupancy</c> per office; a coalition an
/// <c>Organization</c> plus a <c>Membership</c> per member; a sanction with N targets N <c>Sanction</c>s, its legal
/// basis in <c>summary</c>. The records with no FtM schema (groups, issues, demands, agreements, stances, events,
/// sources, recognitions, pledges, the bargaining domain) are not written: each is a note of the export.
/// </para>
/// <para>
/// Entities keep the record's id, or the original FollowTheMoney id when the record has an external id of scheme
/// <c>ftm</c> from which its id was made, so that an import of the export gives the same ids back.
/// </para>
/// <para>
/// <b>Round trip.</b> For a document whose parties are states, government bodies, organizations and persons and whose
/// sanctions each have one target, <see cref="FtmImport"/> of the export gives the same document except for these
/// members, which FollowTheMoney has no place for:
/// </para>
/// <list type="bullet">
/// <item>every party and sanction gains the external id <c>ftm</c> of its entity's id, first of its external ids;
/// external ids of schemes other than <c>wikidata</c>, <c>lei</c>, <c>registration</c>, <c>inn</c>, <c>ogrn</c>,
/// <c>swift-bic</c>, <c>imo</c> (organizations and bodies only) and, on sanctions, <c>unsc</c> are lost; the others come
/// back in that order of schemes;</item>
/// <item>aliases equal to the name, and repeated aliases, are dropped;</item>
/// <item>a sanction's history becomes what its status, the date of its first imposition (of its proposal, when it is
/// proposed) and the date of its lift or expiry say: <c>[imposed start]</c> then <c>suspended</c>, <c>waived</c>,
/// <c>lifted end</c> or <c>expired end</c> (undated); a proposal is <c>[proposed start]</c>. The changes' <c>by</c>,
/// attribution and notes, and any change between, are lost;</item>
/// <item>a sanction's attribution and legal instruments, and the document's sources: an attribution's sources with
/// an address come back as <c>sourceUrl</c>, but as sources made from the addresses, cited as official;</item>
/// <item>the document's id, title, description and every record of a kind with no FtM schema;</item>
/// <item>a sanction's authority comes back as itself when it is a state or a body whose name no other state or body
/// of the document has (the import finds an authority by name); else as a body made for its name;</item>
/// <item>a sanction whose id a party also has is written as <c>id.sanction</c> (a <c>renamed-id</c> note), and comes
/// back under the slug of that text.</item>
/// </list>
/// </remarks>
public static class FtmExport
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>, which the caller keeps and disposes.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where the lines go.</param>
    /// <returns>What was not written, one note per record or member.</returns>
    public static IReadOnlyList<FtmExportNote> Write(NegotiationDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var notes = new List<FtmExportNote>();
        var buffer = new ArrayBufferWriter<byte>(4096);
        foreach (var entity in Entities(document, notes))
        {
            buffer.ResetWrittenCount();
            WriteEntity(entity, buffer);
            output.Write(buffer.WrittenSpan);
        }

        output.Flush();
        return notes;
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>, which the caller keeps and disposes.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where the lines go.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    /// <returns>What was not written, one note per record or member.</returns>
    public static async Task<IReadOnlyList<FtmExportNote>> WriteAsync(NegotiationDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var notes = new List<FtmExportNote>();
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        foreach (var entity in Entities(document, notes))
        {
            WriteEntity(entity, buffer);
            if (buffer.WrittenCount > 48 * 1024)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return notes;
    }

    private static void WriteEntity(FtmOutEntity entity, ArrayBufferWriter<byte> buffer)
    {
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("schema", entity.Schema);
            writer.WriteStartObject("properties");
            foreach (var (property, values) in entity.Properties)
            {
                writer.WriteStartArray(property);
                foreach (var value in values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
    }

    private static IEnumerable<FtmOutEntity> Entities(NegotiationDocument document, List<FtmExportNote> notes)
    {
        var content = document.Content;
        var parties = content.Parties.ToDictionary(p => p.Id);
        var exportIds = content.Parties.ToDictionary(p => p.Id, p => ExportId(p.Id.Value, p.ExternalIds));
        var partyIds = new HashSet<string>(exportIds.Values, StringComparer.Ordinal);
        string IdOf(PartyId id) => exportIds.TryGetValue(id, out var text) ? text : id.Value;

        foreach (var party in content.Parties)
        {
            var id = exportIds[party.Id];
            switch (party)
            {
                case State state:
                    yield return Party(state, id, FtmSchemas.PublicBody, "country", organization: true, notes)
                        .With("topics", FtmMapper.NationalGovernment);
                    break;
                case GovernmentBody body:
                    yield return Party(body, id, FtmSchemas.PublicBody, "country", organization: true, notes)
                        .With("parent", IdOf(body.Parent))
                        .With("classification", Snake(body.Type.ToString()));
                    break;
                case Organization organization:
                    var entity = Party(organization, id, organization.Type == OrganizationType.Company ? FtmSchemas.Company : FtmSchemas.Organization, "country", organization: true, notes);
                    if (organization.Type != OrganizationType.Company)
                    {
                        entity.With("classification", Snake(organization.Type.ToString()));
                    }

                    if (organization.Parent is { } parent)
                    {
                        entity.With("parent", IdOf(parent));
                    }

                    yield return entity;
                    break;
                case Person person:
                    yield return Party(person, id, FtmSchemas.Person, "nationality", organization: false, notes);
                    for (var k = 0; k < person.Positions.Count; k++)
                    {
                        var held = person.Positions[k];
                        var position = new FtmOutEntity($"{id}.position-{k + 1}", FtmSchemas.Position).With("name", held.Office);
                        if (held.Body is { } body)
                        {
                            position.With("organization", IdOf(body));
                        }

                        yield return position;
                        var occupancy = new FtmOutEntity($"{id}.occupancy-{k + 1}", FtmSchemas.Occupancy).With("holder", id).With("post", position.Id);
                        if (held.From is { } from)
                        {
                            occupancy.With("startDate", FtmDates.Format(from));
                        }

                        if (held.To is { } to)
                        {
                            occupancy.With("endDate", FtmDates.Format(to));
                        }

                        yield return occupancy;
                    }

                    break;
                case Coalition coalition:
                    yield return Party(coalition, id, FtmSchemas.Organization, "country", organization: true, notes);
                    for (var k = 0; k < coalition.Members.Count; k++)
                    {
                        yield return new FtmOutEntity($"{id}.membership-{k + 1}", FtmSchemas.Membership).With("member", IdOf(coalition.Members[k])).With("organization", id);
                    }

                    break;
                default:
                    notes.Add(new(FtmCodes.NoFtmSchema, party.Id.Value, null, $"a {party.GetType().Name.ToLowerInvariant()} has no FollowTheMoney schema; it was not written"));
                    break;
            }
        }

        foreach (var sanction in content.Sanctions)
        {
            foreach (var entity in Sanction(sanction, parties, IdOf, partyIds, content, notes))
            {
                yield return entity;
            }
        }

        foreach (var (kind, ids) in new (string, IEnumerable<string>)[]
        {
            ("issue", content.Issues.Select(r => r.Id.Value)),
            ("demand", content.Demands.Select(r => r.Id.Value)),
            ("agreement", content.Agreements.Select(r => r.Id.Value)),
            ("stance", content.Stances.Select(r => r.Id.Value)),
            ("event", content.Events.Select(r => r.Id.Value)),
            ("source", content.Sources.Select(r => r.Id.Value)),
            ("recognition", content.Recognitions.Select(r => r.Id.Value)),
            ("pledge", content.Pledges.Select(r => r.Id.Value)),
        })
        {
            foreach (var recordId in ids)
            {
                notes.Add(new(FtmCodes.NoFtmSchema, recordId, null, $"a {kind} has no FollowTheMoney schema; it was not written"));
            }
        }

        if (content.Bargaining is not null)
        {
            notes.Add(new(FtmCodes.NoFtmSchema, "", "bargaining", "the bargaining domain has no FollowTheMoney schema; it was not written"));
        }
    }

    private static IEnumerable<FtmOutEntity> Sanction(Sanction sanction, Dictionary<PartyId, Party> parties, Func<PartyId, string> idOf, HashSet<string> partyIds, NegotiationContent content, List<FtmExportNote> notes)
    {
        var baseId = ExportId(sanction.Id.Value, sanction.ExternalIds);
        if (partyIds.Contains(baseId))
        {
            notes.Add(new(FtmCodes.RenamedId, sanction.Id.Value, null, $"a party has the id '{baseId}'; the sanction was written as '{baseId}.sanction'"));
            baseId += ".sanction";
        }

        if (!sanction.LegalInstruments.IsEmpty)
        {
            notes.Add(new(FtmCodes.NotExported, sanction.Id.Value, "legalInstruments", "FollowTheMoney has no typed legal instruments; the legal basis is written in 'summary'"));
        }

        if (sanction.Attribution is not null)
        {
            notes.Add(new(FtmCodes.NotExported, sanction.Id.Value, "attribution", "only the addresses and the first publisher of the sources are written ('sourceUrl', 'publisher'); the confidence, notes and counterclaims are not"));
        }

        var start = sanction.Status == SanctionStatus.Proposed ? sanction.History[0].Date : sanction.StartDate;
        if (sanction.History.Count > CanonicalLength(sanction) || sanction.History.Any(c => c.By is not null || c.Attribution is not null || c.Note is not null))
        {
            notes.Add(new(FtmCodes.NotExported, sanction.Id.Value, "history", "only the status, the first imposition's date and the end date are written"));
        }

        foreach (var external in sanction.ExternalIds)
        {
            if (external.Scheme is not ("unsc" or FtmMapper.Scheme))
            {
                notes.Add(new(FtmCodes.NotExported, sanction.Id.Value, "externalIds", $"FollowTheMoney has no property for the scheme '{external.Scheme}'"));
            }
        }

        var authority = parties.GetValueOrDefault(sanction.Authority);
        var country = CountryOf(authority, parties);
        for (var k = 0; k < sanction.Targets.Count; k++)
        {
            var entity = new FtmOutEntity(sanction.Targets.Count == 1 ? baseId : $"{baseId}.target-{k + 1}", FtmSchemas.Sanction)
                .With("entity", idOf(sanction.Targets[k]));
            if (authority is not null)
            {
                entity.With("authority", authority.Name);
            }

            if (country is not null)
            {
                entity.With("country", country);
            }

            entity.With("program", sanction.Program)
                .With("summary", sanction.LegalBasis)
                .With("reason", sanction.Reason)
                .With("description", sanction.Description);
            foreach (var measure in sanction.Measures)
            {
                entity.With("provisions", FtmMeasures.Label(measure));
            }

            entity.With("status", Snake(sanction.Status.ToString()));
            if (start is { } s)
            {
                entity.With("startDate", FtmDates.Format(s));
            }

            if (sanction.EndDate is { } end)
            {
                entity.With("endDate", FtmDates.Format(end));
            }

            if (sanction.ListingDate is { } listed)
            {
                entity.With("listingDate", FtmDates.Format(listed));
            }

            entity.With("authorityId", sanction.AuthorityId);
            foreach (var external in sanction.ExternalIds)
            {
                if (external.Scheme == "unsc")
                {
                    entity.With("unscId", external.Value);
                }
            }

            if (sanction.Attribution is { } attribution)
            {
                var publisher = (string?)null;
                foreach (var sourceId in attribution.Sources)
                {
                    var source = content.Sources.FirstOrDefault(x => x.Id == sourceId);
                    if (source?.Url is { } url)
                    {
                        entity.With("sourceUrl", url.OriginalString);
                        publisher ??= source.Publisher;
                    }
                }

                entity.With("publisher", publisher);
            }

            yield return entity;
        }
    }

    // How many changes the import gives back for this sanction's status (see the remarks).
    private static int CanonicalLength(Sanction sanction) => sanction.Status switch
    {
        SanctionStatus.Proposed => 1,
        SanctionStatus.Active => sanction.StartDate is null ? 0 : 1,
        _ => sanction.StartDate is null ? 1 : 2,
    };

    private static string? CountryOf(Party? party, Dictionary<PartyId, Party> parties)
    {
        // The authority's own country, else the nearest ancestor's (an agency under a ministry under a state).
        for (var depth = 0; party is not null && depth <= NegotiationDocument.MaxParentDepth + 1; depth++)
        {
            if (party.Country is { } code)
            {
                return code.Value.ToLowerInvariant();
            }

            party = party.ParentId is { } parent ? parties.GetValueOrDefault(parent) : null;
        }

        return null;
    }

    private static FtmOutEntity Party(Party party, string id, string schema, string countryProperty, bool organization, List<FtmExportNote> notes)
    {
        var entity = new FtmOutEntity(id, schema).With("name", party.Name);
        foreach (var alias in party.Aliases)
        {
            entity.With("alias", alias);
        }

        if (party.Country is { } country)
        {
            entity.With(countryProperty, country.Value.ToLowerInvariant());
        }

        entity.With("description", party.Description);
        foreach (var (property, scheme, organizationsOnly) in FtmMapper.IdentifierProperties)
        {
            if (organizationsOnly && !organization)
            {
                continue;
            }

            foreach (var external in party.ExternalIds)
            {
                if (external.Scheme == scheme)
                {
                    entity.With(property, external.Value);
                }
            }
        }

        foreach (var external in party.ExternalIds)
        {
            var written = external.Scheme == FtmMapper.Scheme
                || Array.Exists(FtmMapper.IdentifierProperties, p => p.Scheme == external.Scheme && (organization || !p.OrganizationsOnly));
            if (!written)
            {
                notes.Add(new(FtmCodes.NotExported, party.Id.Value, "externalIds", $"FollowTheMoney has no property for the scheme '{external.Scheme}' on a {schema}"));
            }
        }

        return entity;
    }

    /// <summary>The entity id: the original FtM id when the record's id was made from it, else the record's id.</summary>
    private static string ExportId(string id, Collections.EquatableArray<ExternalId> externalIds)
    {
        foreach (var external in externalIds)
        {
            if (external.Scheme == FtmMapper.Scheme && Slug.From(external.Value) == id)
            {
                return external.Value;
            }
        }

        return id;
    }

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
