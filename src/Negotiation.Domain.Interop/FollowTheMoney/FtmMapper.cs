using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// The mapping table of the design note, entity by entity: <see cref="Classify"/> and <see cref="Register"/> in the
/// first pass, <see cref="Map"/> in the second, with the index of the first to resolve references.
/// </summary>
internal sealed class FtmMapper(FtmIndex index)
{
    /// <summary>The scheme of the external id that keeps an entity's FollowTheMoney id.</summary>
    public const string Scheme = "ftm";

    /// <summary>The topic that makes a public body without a parent a state.</summary>
    public const string NationalGovernment = "gov.national";

    /// <summary>FollowTheMoney identifier properties that become external ids, and their schemes, in the order written.</summary>
    internal static readonly (string Property, string Scheme, bool OrganizationsOnly)[] IdentifierProperties =
    [
        ("wikidataId", "wikidata", false),
        ("leiCode", "lei", false),
        ("registrationNumber", "registration", false),
        ("innCode", "inn", false),
        ("ogrnCode", "ogrn", false),
        ("swiftBic", "swift-bic", false),
        ("imoNumber", "imo", true),
    ];

    private static readonly string[] NameProperties = ["name", "alias", "previousName", "weakAlias"];
    private static readonly string[] PersonCountries = ["nationality", "citizenship", "country"];
    private static readonly string[] OrganizationCountries = ["mainCountry", "jurisdiction", "country"];
    private static readonly string[] SanctionProperties = ["entity", "authority", "country", "program", "reason", "summary", "description", "provisions", "status", "startDate", "endDate", "listingDate", "authorityId", "unscId", "sourceUrl", "publisher"];

    // In the set of used properties: every property, for an entity not imported at all. Not a property name of FtM.
    private const string AllProperties = "*";

    // Reused from entity to entity: the notes of the one being mapped and the properties it used.
    private readonly List<ImportNote> _notes = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private readonly HashSet<string> _made = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Text, string? Country), PartyId> _authorities = [];
    private readonly Dictionary<string, SourceId> _sourcesByUrl = new(StringComparer.Ordinal);

    // The measures of each provision text read so far (null: none), up to a bound that a hostile file can't pass.
    private const int MaxProvisions = 4096;
    private readonly Dictionary<string, SanctionMeasure[]?> _provisions = new(StringComparer.Ordinal);

    // Lists a record is built in, reused from entity to entity: each is copied into the record's array when it is made,
    // so only that array is allocated.
    private readonly List<string> _aliases = [];
    private readonly List<PositionHeld> _positions = [];
    private readonly List<PartyId> _targets = [];
    private readonly List<SanctionMeasure> _measures = [];
    private readonly List<SanctionChange> _history = [];
    private readonly List<SourceId> _sourceIds = [];
    private readonly List<string> _reasons = [];
    private readonly List<ExternalId> _externalIds = [];

    // What one of those lists holds already, so that a value repeated thousands of times is not looked for in a list.
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    // ---- first pass ----

    /// <summary>What <paramref name="entity"/> becomes; the same answer in both passes.</summary>
    public static FtmKind Classify(FtmEntity entity)
    {
        switch (entity.Schema)
        {
            case FtmSchemas.Person:
                return PickName(entity, null) is null ? FtmKind.NotImported : FtmKind.Person;
            case FtmSchemas.Organization or FtmSchemas.LegalEntity or FtmSchemas.Company:
                return PickName(entity, null) is null ? FtmKind.NotImported
                    : OrganizationTypeOf(entity) == OrganizationType.Intergovernmental ? FtmKind.IntergovernmentalOrganization : FtmKind.Organization;
            case FtmSchemas.PublicBody:
                return PickName(entity, null) is null ? FtmKind.NotImported : IsState(entity, out _) ? FtmKind.State : FtmKind.GovernmentBody;
            case FtmSchemas.Position:
                return FtmKind.Position;
            case FtmSchemas.Occupancy:
                return FtmKind.Occupancy;
            case FtmSchemas.Sanction:
                return FtmKind.Sanction;
            case FtmSchemas.Address:
                return FtmKind.Address;
            default:
                return FtmKind.NotImported;
        }
    }

    /// <summary>Keeps in the index the facts of <paramref name="entity"/> that other records need.</summary>
    public void Register(FtmEntity entity, FtmKind kind)
    {
        switch (kind)
        {
            case FtmKind.Position when entity.First("name") is { } name:
                index.Positions[entity.Key] = (name, entity.First("organization"));
                break;
            case FtmKind.Occupancy when entity.First("holder") is { } holder && entity.First("post") is { } post:
                var (from, to) = Period(entity, "startDate", "endDate", null);
                var holderKey = FtmIndex.Key(holder);
                if (!index.OccupanciesByHolder.TryGetValue(holderKey, out var list))
                {
                    index.OccupanciesByHolder[holderKey] = list = [];
                }

                list.Add(new FtmOccupancy(post, from, to));
                break;
            case FtmKind.Address when FirstCountry(entity, ["country"], null) is { } country:
                index.SetAddressCountry(entity.Key, country);
                break;
            case FtmKind.State:
                IsState(entity, out var code);
                index.StatesByCountry.TryAdd(code, Slug.From(entity.Id));
                AddAuthorityName(entity, code);
                break;
            case FtmKind.GovernmentBody:
                AddAuthorityName(entity, FirstCountry(entity, OrganizationCountries, null));
                break;
        }
    }

    private void AddAuthorityName(FtmEntity entity, CountryCode? country)
    {
        var name = PickName(entity, null)!;
        if (!index.AuthorityNames.TryGetValue(name, out var list))
        {
            index.AuthorityNames[name] = list = [];
        }

        list.Add((country, Slug.From(entity.Id)));
    }

    // ---- second pass ----

    /// <summary>Maps <paramref name="entity"/> into <paramref name="output"/>: its record (if any), the parties it implies, and a note for everything dropped or changed.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="kind">What <see cref="Classify"/> says of it (the same in both passes: kept in the index, or asked again).</param>
    /// <param name="output">Where its records and notes go.</param>
    public void Map(FtmEntity entity, FtmKind kind, List<ImportRecord> output)
    {
        var notes = _notes;
        notes.Clear();
        if (entity.ReadNotes is { } read)
        {
            notes.AddRange(read);
        }

        var used = _used;
        used.Clear();
        try
        {
            MapKind(entity, kind, used, notes, output);
        }
        catch (ArgumentException e)
        {
            // The last line of defence: a record's own rules refused what the checks above let through (ids of the input
            // that collide with one the import makes, say). The entity is not imported, and says why; what it made
            // before (a state, a source) is whole and stays. Its own record is always made last, so none is half there.
            notes.Add(Note(FtmCodes.InvalidValue, entity, null, $"the {entity.Schema} was not imported: {e.Message}"));
            used.Add(AllProperties);
        }

        for (var i = 0; i < entity.PropertyCount && !used.Contains(AllProperties); i++)
        {
            var property = entity.PropertyAt(i);
            if (property.Count > 0 && !used.Contains(property.Name))
            {
                notes.Add(Note(FtmCodes.UnmappedProperty, entity, property.Name, UnmappedMessage(property.Count)));
            }
        }

        foreach (var note in notes)
        {
            output.Add(new ImportedNote(note));
        }
    }

    private void MapKind(FtmEntity entity, FtmKind kind, HashSet<string> used, List<ImportNote> notes, List<ImportRecord> output)
    {
        switch (kind)
        {
            case FtmKind.Person: MapPerson(entity, used, notes, output); break;
            case FtmKind.Organization or FtmKind.IntergovernmentalOrganization: MapOrganization(entity, used, notes, output); break;
            case FtmKind.State or FtmKind.GovernmentBody: MapPublicBody(entity, kind, used, notes, output); break;
            case FtmKind.Sanction: MapSanction(entity, used, notes, output); break;
            case FtmKind.Position: MapPosition(entity, used, notes); break;
            case FtmKind.Occupancy: MapOccupancy(entity, used, notes); break;
            default:
                if (entity.Schema is FtmSchemas.Person or FtmSchemas.Organization or FtmSchemas.LegalEntity or FtmSchemas.Company or FtmSchemas.PublicBody)
                {
                    notes.Add(Note(FtmCodes.MissingName, entity, "name", $"the {entity.Schema} has no name the library accepts; it was not imported"));
                }
                else
                {
                    notes.Add(Note(FtmCodes.UnsupportedSchema, entity, null, $"the schema {entity.Schema} has no record in the library; the entity was not imported"));
                }

                used.Add(AllProperties); // one note for the whole entity
                break;
        }
    }

    private void MapPerson(FtmEntity e, HashSet<string> used, List<ImportNote> notes, List<ImportRecord> output)
    {
        var (name, aliases) = Names(e, used, notes);
        var country = FirstCountry(e, PersonCountries, notes);
        used.UnionWith(PersonCountries);
        var positions = _positions;
        positions.Clear();
        if (index.OccupanciesByHolder.TryGetValue(e.Key, out var occupancies))
        {
            foreach (var occupancy in occupancies)
            {
                if (index.Positions.TryGetValue(FtmIndex.Key(occupancy.Post), out var position) && IsName(position.Name))
                {
                    var body = position.Organization is { } organization && IsParty(index.KindOf(organization)) ? new PartyId(Slug.From(organization)) : (PartyId?)null;
                    positions.Add(new PositionHeld(position.Name, body, occupancy.From, occupancy.To));
                }
            }
        }

        used.Add("position");
        foreach (var office in e.Values("position"))
        {
            if (!IsName(office))
            {
                notes.Add(Note(FtmCodes.InvalidValue, e, "position", $"'{FtmJsonParser.Clip(office)}' is not an office name the library accepts (one line, at most 500 characters)"));
            }
            else if (!HoldsOffice(positions, office))
            {
                positions.Add(new PositionHeld(office));
            }
        }

        var person = new Person(new PartyId(Slug.From(e.Id)), name, country, [.. positions], [.. aliases], Description(e, used, notes))
        {
            ExternalIds = ExternalIds(e, organization: false, used, notes),
        };
        output.Add(new ImportedParty(person, e.Line));
    }

    private void MapOrganization(FtmEntity e, HashSet<string> used, List<ImportNote> notes, List<ImportRecord> output)
    {
        var (name, aliases) = Names(e, used, notes);
        var country = OrganizationCountry(e, used, notes);
        var type = OrganizationTypeOf(e);
        var id = new PartyId(Slug.From(e.Id));
        if (type != OrganizationType.Other || e.Values("classification").Count == 0 || e.Schema == FtmSchemas.Company)
        {
            used.Add("classification");
        }

        PartyId? parent = null;
        if (e.First("parent") is { } parentId)
        {
            used.Add("parent");
            if (index.KindOf(parentId) is FtmKind.Organization or FtmKind.IntergovernmentalOrganization && Slug.From(parentId) != id.Value)
            {
                parent = new PartyId(Slug.From(parentId));
            }
            else
            {
                notes.Add(Note(FtmCodes.UnresolvedReference, e, "parent", $"the parent '{FtmJsonParser.Clip(parentId)}' is not an organization of the input; it was dropped"));
            }

            ExtraValues(e, "parent", notes);
        }

        var organization = new Organization(id, name, type, country, parent, [.. aliases], Description(e, used, notes))
        {
            ExternalIds = ExternalIds(e, organization: true, used, notes),
        };
        output.Add(new ImportedParty(organization, e.Line));
    }

    private void MapPublicBody(FtmEntity e, FtmKind kind, HashSet<string> used, List<ImportNote> notes, List<ImportRecord> output)
    {
        var (name, aliases) = Names(e, used, notes);
        var id = new PartyId(Slug.From(e.Id));
        var description = Description(e, used, notes);
        var externalIds = ExternalIds(e, organization: true, used, notes);
        if (e.Values("topics").Contains(NationalGovernment))
        {
            used.Add("topics");
        }

        if (kind == FtmKind.State)
        {
            var country = OrganizationCountry(e, used, notes)!.Value;
            output.Add(new ImportedParty(new State(id, name, country, [.. aliases], description) { ExternalIds = externalIds }, e.Line));
            return;
        }

        var bodyCountry = OrganizationCountry(e, used, notes);
        var type = GovernmentBodyType.Other;
        if (e.First("classification") is { } classification && Enum.TryParse<GovernmentBodyType>(classification.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(classification, out _))
        {
            type = parsed;
            used.Add("classification");
            ExtraValues(e, "classification", notes);
        }

        PartyId? parent = null;
        if (e.First("parent") is { } parentId)
        {
            used.Add("parent");
            if (index.KindOf(parentId) is FtmKind.State or FtmKind.GovernmentBody or FtmKind.IntergovernmentalOrganization && Slug.From(parentId) != id.Value)
            {
                parent = new PartyId(Slug.From(parentId));
            }
            else
            {
                notes.Add(Note(FtmCodes.UnresolvedReference, e, "parent", $"the parent '{FtmJsonParser.Clip(parentId)}' is not a state, a public body or an intergovernmental organization of the input; it was dropped"));
            }

            ExtraValues(e, "parent", notes);
        }

        if (parent is null && bodyCountry is { } code)
        {
            parent = StateOf(code, e, notes, output);
        }

        if (parent is null)
        {
            // Nothing to hang the body from: keep it as an organization rather than lose it.
            notes.Add(Note(FtmCodes.UnresolvedReference, e, "parent", "the public body has neither a parent of the input nor a country; it was imported as an organization"));
            output.Add(new ImportedParty(new Organization(id, name, OrganizationType.Other, null, null, [.. aliases], description) { ExternalIds = externalIds }, e.Line));
            return;
        }

        output.Add(new ImportedParty(new GovernmentBody(id, name, type, parent.Value, bodyCountry, [.. aliases], description) { ExternalIds = externalIds }, e.Line));
    }

    private void MapPosition(FtmEntity e, HashSet<string> used, List<ImportNote> notes)
    {
        used.Add("name");
        used.Add("organization");
        if (e.First("name") is not { } name || !IsName(name))
        {
            notes.Add(Note(FtmCodes.MissingName, e, "name", "the position has no name the library accepts; its occupancies give no office"));
        }

        ExtraValues(e, "name", notes);
        if (e.First("organization") is { } organization && !IsParty(index.KindOf(organization)))
        {
            notes.Add(Note(FtmCodes.UnresolvedReference, e, "organization", $"the organization '{FtmJsonParser.Clip(organization)}' is not imported; the office has no body"));
        }
    }

    private void MapOccupancy(FtmEntity e, HashSet<string> used, List<ImportNote> notes)
    {
        used.UnionWith(["holder", "post", "startDate", "endDate"]);
        _ = Period(e, "startDate", "endDate", notes);
        if (e.First("holder") is not { } holder || index.KindOf(holder) != FtmKind.Person)
        {
            notes.Add(Note(FtmCodes.UnresolvedReference, e, "holder", "the holder is not a person of the input; the occupancy was dropped"));
        }
        else if (e.First("post") is not { } post || index.KindOf(post) != FtmKind.Position)
        {
            notes.Add(Note(FtmCodes.UnresolvedReference, e, "post", "the post is not a position of the input; the occupancy was dropped"));
        }
    }

    private void MapSanction(FtmEntity e, HashSet<string> used, List<ImportNote> notes, List<ImportRecord> output)
    {
        used.UnionWith(SanctionProperties);
        var targets = _targets;
        targets.Clear();
        _seen.Clear(); // the targets' slugs
        foreach (var target in e.Values("entity"))
        {
            var kind = index.KindOf(target);
            if (IsParty(kind))
            {
                var id = new PartyId(Slug.From(target));
                if (_seen.Add(id.Value))
                {
                    targets.Add(id);
                }
            }
            else
            {
                notes.Add(Note(FtmCodes.UnimportedTarget, e, "entity", index.Contains(target)
                    ? $"the target '{FtmJsonParser.Clip(target)}' is not imported (not a person, an organization or a public body)"
                    : $"the target '{FtmJsonParser.Clip(target)}' is not in the input"));
            }
        }

        if (targets.Count == 0)
        {
            notes.Add(Note(FtmCodes.UnimportedTarget, e, "entity", "the sanction has no imported target; it was not imported"));
            return;
        }

        var country = FirstCountry(e, ["country"], notes);
        ExtraValues(e, "country", notes);
        var authorityText = e.First("authority") is { } text && IsName(text) ? text : null;
        if (e.First("authority") is { } badAuthority && authorityText is null)
        {
            notes.Add(Note(FtmCodes.InvalidValue, e, "authority", $"'{FtmJsonParser.Clip(badAuthority)}' is not a name the library accepts"));
        }

        ExtraValues(e, "authority", notes);
        var authority = Authority(e, authorityText, country, notes, output);
        if (authority is null)
        {
            notes.Add(Note(FtmCodes.MissingAuthority, e, "authority", "the sanction names neither an authority nor a country; it was not imported"));
            return;
        }

        var measures = _measures;
        measures.Clear();
        foreach (var provision in e.Values("provisions"))
        {
            if (!MatchProvision(provision, measures))
            {
                notes.Add(Note(FtmCodes.UnmappedProvision, e, "provisions", $"'{FtmJsonParser.Clip(provision)}' matches no measure; read as 'other'"));
                if (!measures.Contains(SanctionMeasure.Other))
                {
                    measures.Add(SanctionMeasure.Other);
                }
            }
        }

        if (measures.Count == 0)
        {
            notes.Add(Note(FtmCodes.UnmappedProvision, e, "provisions", "the sanction names no provision; its measure is 'other'"));
            measures.Add(SanctionMeasure.Other);
        }

        var listing = Earliest(e, "listingDate", notes);
        var (start, end) = Period(e, "startDate", "endDate", notes);
        if (end is { } endDate && listing is { } listed && endDate.IsBefore(listed))
        {
            notes.Add(Note(FtmCodes.DateConflict, e, "endDate", $"the end ({endDate}) is before the listing ({listed}); the end was dropped"));
            end = null;
        }

        var history = History(e, start, end, notes);
        var sourceIds = Sources(e, authorityText, notes, output);
        var reasons = _reasons;
        reasons.Clear();
        foreach (var reason in e.Values("reason"))
        {
            if (IsText(reason, e, "reason", notes))
            {
                reasons.Add(reason);
            }
        }

        var externalIds = _externalIds;
        externalIds.Clear();
        externalIds.Add(new ExternalId(Scheme, e.Id));
        foreach (var unsc in e.Values("unscId"))
        {
            if (IsName(unsc))
            {
                externalIds.Add(new ExternalId("unsc", unsc));
            }
            else
            {
                notes.Add(Note(FtmCodes.InvalidValue, e, "unscId", $"'{FtmJsonParser.Clip(unsc)}' is not an id the library accepts"));
            }
        }

        var sanction = new Sanction(
            new SanctionId(Slug.From(e.Id)),
            authority.Value,
            [.. targets],
            [.. measures],
            [.. history],
            program: SingleName(e, "program", notes),
            legalBasis: SingleName(e, "summary", notes),
            reason: Reason(e, reasons, notes),
            listingDate: listing,
            authorityId: SingleName(e, "authorityId", notes),
            attribution: sourceIds.Count == 0 ? null : new Attribution(Confidence.Official, [.. sourceIds]))
        {
            Description = SingleText(e, "description", notes),
            ExternalIds = [.. externalIds],
        };
        output.Add(new ImportedSanction(sanction, e.Line));
    }

    /// <summary>The reasons, one a line, as long as they fit in one text; past that, the first alone, with a note.</summary>
    private static string? Reason(FtmEntity e, List<string> reasons, List<ImportNote> notes)
    {
        if (reasons.Count == 0)
        {
            return null;
        }

        var joined = reasons.Count == 1 ? reasons[0] : string.Join("\n", reasons);
        if (TextRules.IsText(joined))
        {
            return joined;
        }

        notes.Add(Note(FtmCodes.ExtraValues, e, "reason", $"the reasons together pass {TextRules.MaxTextLength} characters; the first was kept, {reasons.Count - 1} dropped"));
        return reasons[0];
    }

    /// <summary><see cref="FtmMeasures.Match"/>, remembered for the first few thousand provisions: real lists use a few dozen texts.</summary>
    private bool MatchProvision(string provision, List<SanctionMeasure> measures)
    {
        if (!_provisions.TryGetValue(provision, out var named))
        {
            var found = new List<SanctionMeasure>();
            named = FtmMeasures.Match(provision, found) ? [.. found] : null;
            if (_provisions.Count < MaxProvisions)
            {
                _provisions.Add(provision, named);
            }
        }

        if (named is null)
        {
            return false;
        }

        foreach (var measure in named)
        {
            if (!measures.Contains(measure))
            {
                measures.Add(measure);
            }
        }

        return true;
    }

    private List<SanctionChange> History(FtmEntity e, PartialDate? start, PartialDate? end, List<ImportNote> notes)
    {
        var statusText = e.First("status");
        ExtraValues(e, "status", notes);
        SanctionStatus? status = statusText?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "active" or "in force" or "current" or "imposed" => SanctionStatus.Active,
            "proposed" => SanctionStatus.Proposed,
            "suspended" => SanctionStatus.Suspended,
            "waived" => SanctionStatus.Waived,
            "lifted" or "delisted" or "revoked" or "removed" or "inactive" => SanctionStatus.Lifted,
            "expired" or "ended" => SanctionStatus.Expired,
            _ => null,
        };
        if (statusText is not null && status is null)
        {
            notes.Add(Note(FtmCodes.UnmappedStatus, e, "status", $"'{FtmJsonParser.Clip(statusText)}' is not a status the library knows; read from the end date"));
        }

        // When absent, a sanction with an end date is lifted.
        status ??= end is null ? SanctionStatus.Active : SanctionStatus.Lifted;
        if (end is not null && status is not (SanctionStatus.Lifted or SanctionStatus.Expired))
        {
            notes.Add(Note(FtmCodes.DateConflict, e, "endDate", $"a sanction with the status '{statusText}' has not ended; its end date ({end}) was dropped"));
        }

        var history = _history;
        history.Clear();
        if (status == SanctionStatus.Proposed)
        {
            history.Add(new SanctionChange(SanctionChangeKind.Proposed, start));
            return history;
        }

        if (start is not null)
        {
            history.Add(new SanctionChange(SanctionChangeKind.Imposed, start));
        }

        switch (status)
        {
            case SanctionStatus.Suspended: history.Add(new SanctionChange(SanctionChangeKind.Suspended)); break;
            case SanctionStatus.Waived: history.Add(new SanctionChange(SanctionChangeKind.Waived)); break;
            case SanctionStatus.Lifted: history.Add(new SanctionChange(SanctionChangeKind.Lifted, end)); break;
            case SanctionStatus.Expired: history.Add(new SanctionChange(SanctionChangeKind.Expired, end)); break;
        }

        return history;
    }

    private List<SourceId> Sources(FtmEntity e, string? authorityText, List<ImportNote> notes, List<ImportRecord> output)
    {
        var ids = _sourceIds;
        ids.Clear();
        _seen.Clear(); // the sources' slugs
        var publisher = e.First("publisher") is { } p && IsName(p) ? p : authorityText;
        foreach (var url in e.Values("sourceUrl"))
        {
            // An address already made a source: the same text gives the same source, already given out.
            if (_sourcesByUrl.TryGetValue(url, out var known))
            {
                if (_seen.Add(known.Value))
                {
                    ids.Add(known);
                }

                continue;
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                notes.Add(Note(FtmCodes.InvalidValue, e, "sourceUrl", $"'{FtmJsonParser.Clip(url)}' is not a web address; it was dropped"));
                continue;
            }

            Source source;
            try
            {
                source = new Source(new SourceId(Slug.From(url)), publisher ?? uri.Host, SourceType.Government, url: uri);
            }
            catch (ArgumentException)
            {
                notes.Add(Note(FtmCodes.InvalidValue, e, "sourceUrl", $"'{FtmJsonParser.Clip(url)}' is not an address the library accepts; it was dropped"));
                continue;
            }

            if (_seen.Add(source.Id.Value))
            {
                ids.Add(source.Id);
            }

            if (_sources.Add(source.Id.Value))
            {
                output.Add(new ImportedSource(source, e.Line));
            }

            _sourcesByUrl[url] = source.Id;
        }

        ExtraValues(e, "publisher", notes);
        return ids;
    }

    private PartyId? Authority(FtmEntity e, string? text, CountryCode? country, List<ImportNote> notes, List<ImportRecord> output)
    {
        if (text is null)
        {
            return country is { } code ? StateOf(code, e, notes, output) : null;
        }

        // A state or a body of the input by that very name: the one of the sanction's country, else the first.
        if (index.AuthorityNames.TryGetValue(text, out var named))
        {
            foreach (var (c, slug) in named)
            {
                if (c == country)
                {
                    return new PartyId(slug);
                }
            }

            return new PartyId(named[0].Slug);
        }

        // The body or organization made for this text before: the same text and country give the same one.
        if (_authorities.TryGetValue((text, country?.Value), out var made))
        {
            return made;
        }

        if (country is { } state)
        {
            var id = new PartyId(Slug.From($"ftm authority {state.Value} {text}"));
            _authorities[(text, state.Value)] = id;
            if (_made.Add(id.Value))
            {
                var parent = StateOf(state, e, notes, output);
                output.Add(new ImportedParty(new GovernmentBody(id, text, GovernmentBodyType.Other, parent, state), 0));
                notes.Add(Note(FtmCodes.CreatedParty, e, "authority", $"the authority '{text}' became the body '{id}' of the state of {state}"));
            }

            return id;
        }

        var organization = new PartyId(Slug.From($"ftm authority {text}"));
        _authorities[(text, null)] = organization;
        if (_made.Add(organization.Value))
        {
            output.Add(new ImportedParty(new Organization(organization, text, OrganizationType.Other), 0));
            notes.Add(Note(FtmCodes.CreatedParty, e, "authority", $"the authority '{text}', of no country, became the organization '{organization}'"));
        }

        return organization;
    }

    /// <summary>The state of <paramref name="country"/>: the one read, else one made (once) with a note.</summary>
    private PartyId StateOf(CountryCode country, FtmEntity e, List<ImportNote> notes, List<ImportRecord> output)
    {
        if (index.StatesByCountry.TryGetValue(country, out var slug))
        {
            return new PartyId(slug);
        }

        var id = new PartyId(Slug.From($"ftm state {country.Value}"));
        if (_made.Add(id.Value))
        {
            output.Add(new ImportedParty(new State(id, CountryTable.Get(country).CommonName, country), 0));
            notes.Add(Note(FtmCodes.CreatedParty, e, null, $"the state of {country} is in no entity of the input; made as '{id}'"));
        }

        return id;
    }

    // ---- shared pieces ----

    private static bool IsParty(FtmKind kind) => kind is FtmKind.Person or FtmKind.Organization or FtmKind.IntergovernmentalOrganization or FtmKind.State or FtmKind.GovernmentBody;

    private static bool IsState(FtmEntity e, out CountryCode country)
    {
        country = default;
        if (!e.Values("topics").Contains(NationalGovernment) || e.Values("parent").Count > 0 || FirstCountry(e, OrganizationCountries, null) is not { } code)
        {
            return false;
        }

        country = code;
        return true;
    }

    private static OrganizationType OrganizationTypeOf(FtmEntity e)
    {
        if (e.Schema == FtmSchemas.Company)
        {
            return OrganizationType.Company;
        }

        return e.First("classification") is { } text && !int.TryParse(text, out _)
            && Enum.TryParse<OrganizationType>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var type) && Enum.IsDefined(type)
            ? type
            : OrganizationType.Other;
    }

    /// <summary>The name: OpenSanctions' caption if it is one of the names, else the first name the library accepts.</summary>
    private static string? PickName(FtmEntity e, List<ImportNote>? notes)
    {
        var names = e.Values("name");
        if (e.Caption is { } caption && names.Contains(caption) && IsName(caption))
        {
            return caption;
        }

        foreach (var name in names)
        {
            if (IsName(name))
            {
                return name;
            }
        }

        _ = notes;
        return null;
    }

    private (string Name, List<string> Aliases) Names(FtmEntity e, HashSet<string> used, List<ImportNote> notes)
    {
        used.UnionWith(NameProperties);
        var name = PickName(e, notes)!;
        var aliases = _aliases;
        aliases.Clear();
        _seen.Clear(); // the aliases
        foreach (var property in NameProperties)
        {
            foreach (var value in e.Values(property))
            {
                if (!IsName(value))
                {
                    notes.Add(Note(FtmCodes.InvalidValue, e, property, $"'{FtmJsonParser.Clip(value)}' is not a name the library accepts (one line, at most 500 characters); it was dropped"));
                }
                else if (value != name && _seen.Add(value))
                {
                    aliases.Add(value);
                }
            }
        }

        return (name, aliases);
    }

    private static string? Description(FtmEntity e, HashSet<string> used, List<ImportNote> notes)
    {
        used.Add("description");
        return SingleText(e, "description", notes);
    }

    private EquatableArray<ExternalId> ExternalIds(FtmEntity e, bool organization, HashSet<string> used, List<ImportNote> notes)
    {
        var ids = _externalIds;
        ids.Clear();
        ids.Add(new ExternalId(Scheme, e.Id));
        foreach (var (property, scheme, organizationsOnly) in IdentifierProperties)
        {
            if (organizationsOnly && !organization)
            {
                continue;
            }

            used.Add(property);
            foreach (var value in e.Values(property))
            {
                if (IsName(value))
                {
                    ids.Add(new ExternalId(scheme, value));
                }
                else
                {
                    notes.Add(Note(FtmCodes.InvalidValue, e, property, $"'{FtmJsonParser.Clip(value)}' is not an id the library accepts; it was dropped"));
                }
            }
        }

        return [.. ids];
    }

    private CountryCode? OrganizationCountry(FtmEntity e, HashSet<string> used, List<ImportNote> notes)
    {
        used.UnionWith(OrganizationCountries);
        if (FirstCountry(e, OrganizationCountries, notes) is { } country)
        {
            return country;
        }

        foreach (var address in e.Values("addressEntity"))
        {
            if (index.AddressCountry(address) is { } fromAddress)
            {
                used.Add("addressEntity");
                return fromAddress;
            }
        }

        return null;
    }

    /// <summary>The first valid country of <paramref name="properties"/>, in order; a note for each code that is not one, and for valid ones not used.</summary>
    private static CountryCode? FirstCountry(FtmEntity e, string[] properties, List<ImportNote>? notes)
    {
        CountryCode? chosen = null;
        foreach (var property in properties)
        {
            var extra = 0;
            foreach (var value in e.Values(property))
            {
                if (value.Length == 2 && CountryCode.TryCreate(value, out var code))
                {
                    if (chosen is null)
                    {
                        chosen = code;
                    }
                    else if (chosen != code)
                    {
                        extra++;
                    }
                }
                else
                {
                    notes?.Add(Note(FtmCodes.UnmappedCountry, e, property, $"'{FtmJsonParser.Clip(value)}' is not an ISO 3166-1 country; it was dropped"));
                }
            }

            if (extra > 0)
            {
                notes?.Add(Note(FtmCodes.ExtraValues, e, property, $"{extra} other valid {(extra == 1 ? "country was" : "countries were")} not kept: a party has one country"));
            }
        }

        return chosen;
    }

    private static PartialDate? Earliest(FtmEntity e, string property, List<ImportNote>? notes)
    {
        PartialDate? earliest = null;
        foreach (var value in e.Values(property))
        {
            if (Date(e, property, value, notes) is not { } date)
            {
                continue;
            }

            if (earliest is not { } current || date.Start < current.Start)
            {
                earliest = date;
            }
        }

        return earliest;
    }

    private static PartialDate? Latest(FtmEntity e, string property, List<ImportNote>? notes)
    {
        PartialDate? latest = null;
        foreach (var value in e.Values(property))
        {
            if (Date(e, property, value, notes) is not { } date)
            {
                continue;
            }

            if (latest is not { } current || date.End > current.End)
            {
                latest = date;
            }
        }

        return latest;
    }

    /// <summary>The earliest start and the latest end; an end that opens before the start is dropped with a note.</summary>
    private static (PartialDate? Start, PartialDate? End) Period(FtmEntity e, string startProperty, string endProperty, List<ImportNote>? notes)
    {
        var start = Earliest(e, startProperty, notes);
        var end = Latest(e, endProperty, notes);
        if (start is { } s && end is { } t && (t.IsBefore(s) || t.Start < s.Start))
        {
            notes?.Add(Note(FtmCodes.DateConflict, e, endProperty, $"the end ({t}) is before the start ({s}); the end was dropped"));
            end = null;
        }

        return (start, end);
    }

    /// <summary>The date of <paramref name="value"/>, with a note when it was cut to the day; null and a note when it is not a date.</summary>
    private static PartialDate? Date(FtmEntity e, string property, string value, List<ImportNote>? notes)
    {
        if (FtmDates.Parse(value, out var truncated) is not { } date)
        {
            notes?.Add(Note(FtmCodes.InvalidDate, e, property, $"'{FtmJsonParser.Clip(value)}' is not an ISO date; it was dropped"));
            return null;
        }

        if (truncated)
        {
            notes?.Add(Note(FtmCodes.TruncatedDate, e, property, $"'{FtmJsonParser.Clip(value)}' was cut to the day {date}"));
        }

        return date;
    }

    private static bool HoldsOffice(List<PositionHeld> positions, string office)
    {
        foreach (var position in positions)
        {
            if (position.Office == office)
            {
                return true;
            }
        }

        return false;
    }

    private static string? SingleName(FtmEntity e, string property, List<ImportNote> notes)
    {
        ExtraValues(e, property, notes);
        if (e.First(property) is not { } value)
        {
            return null;
        }

        if (IsName(value))
        {
            return value;
        }

        notes.Add(Note(FtmCodes.InvalidValue, e, property, $"'{FtmJsonParser.Clip(value)}' is not a name the library accepts (one line, at most 500 characters); it was dropped"));
        return null;
    }

    private static string? SingleText(FtmEntity e, string property, List<ImportNote> notes)
    {
        ExtraValues(e, property, notes);
        return e.First(property) is { } value && IsText(value, e, property, notes) ? value : null;
    }

    private static void ExtraValues(FtmEntity e, string property, List<ImportNote> notes)
    {
        var count = e.Values(property).Count;
        if (count > 1)
        {
            notes.Add(Note(FtmCodes.ExtraValues, e, property, $"the library keeps one value; the first was kept, {count - 1} dropped"));
        }
    }

    // The message of an unmapped-property note for 1 to 15 values, made once: there is one such note per entity and property.
    private static readonly string[] UnmappedMessages = [.. Enumerable.Range(0, 16).Select(n => n == 1 ? "its value was not imported" : $"its {n} values were not imported")];

    private static string UnmappedMessage(int count) => count < UnmappedMessages.Length ? UnmappedMessages[count] : $"its {count} values were not imported";

    private static bool IsName(string value) => TextRules.IsName(value);

    private static bool IsText(string value, FtmEntity e, string property, List<ImportNote> notes)
    {
        if (TextRules.IsText(value))
        {
            return true;
        }

        notes.Add(Note(FtmCodes.InvalidValue, e, property, "the text is not one the library accepts (at most 20 000 characters, no control characters); it was dropped"));
        return false;
    }

    private static ImportNote Note(string code, FtmEntity e, string? property, string message) => new(code, e.Line, e.Id, property, message);
}
