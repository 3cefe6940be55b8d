using System.Runtime.CompilerServices;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Csv;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.Ofac;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using static Negotiation.Domain.Interop.ScreeningList.ScreeningListCodes;

namespace Negotiation.Domain.Interop.ScreeningList;

/// <summary>One run of <see cref="ScreeningListImport"/>: the header's columns, the ids, lists and authorities seen.</summary>
internal sealed class ScreeningListReader(ImportOptions options, PartialDate published) : ICsvRowMapper
{
    private const string SuccessorTail = "; and any successor, sub-unit, or subsidiary thereof";

    /// <summary>The columns of the file, as trade.gov's CSV download names them.</summary>
    internal static readonly string[] KnownColumns =
    [
        "_id", "source", "entity_number", "type", "programs", "name", "title", "addresses", "federal_register_notice",
        "start_date", "end_date", "standard_order", "license_requirement", "license_policy", "call_sign", "vessel_type",
        "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url",
        "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids",
    ];

    private static readonly string[] RequiredColumns = ["_id", "source", "name"];
    private static readonly string[] VesselColumns = ["call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner"];
    private static readonly string[] DroppedColumns = ["dates_of_birth", "places_of_birth", "ids"];

    private readonly SourceId _file = new(ScreeningListImport.SourceId);
    private readonly List<ImportRecord> _output = [];
    private readonly Dictionary<string, int> _idCounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _partyIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sanctionIds = new(StringComparer.Ordinal);
    private readonly HashSet<PartyId> _authorities = [];
    private readonly Dictionary<string, ListSources> _lists = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notedUrls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private string[] _header = [];

    /// <summary>The _id of the row being mapped, once read and found good.</summary>
    public string? RowId { get; private set; }

    public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream csv, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new CsvReader(csv, CsvTextEncoding.Utf8, options.MaxLineBytes, options.Progress);
        try
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new ImportException(new ImportError(EmptyFile, 0, 0, "", null, "the file is empty: the Consolidated Screening List's CSV starts with a header"));
            }

            ReadHeader(reader);
        }
        catch (CsvFormatException e)
        {
            throw new ImportException(ToError(e));
        }
        catch (CsvRowException e)
        {
            throw new ImportException(e.Error);
        }

        _output.Add(new ImportedSource(
            new Source(_file, "International Trade Administration, US Department of Commerce", SourceType.Dataset, "Consolidated Screening List (CSV download)", published: published),
            0));
        for (var i = 0; i < _output.Count; i++)
        {
            yield return _output[i];
        }

        _output.Clear();
        while (true)
        {
            var more = false;
            ImportError? error = null;
            try
            {
                more = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (more)
                {
                    CsvRowGuard.Map(this, reader, "");
                }
            }
            catch (CsvFormatException e)
            {
                error = ToError(e);
                if (e.WholeInput)
                {
                    throw new ImportException(error);
                }
            }
            catch (CsvRowException e)
            {
                error = e.Error;
            }

            if (error is not null)
            {
                if (!options.SkipBadLines)
                {
                    throw new ImportException(error);
                }

                // What the bad row made so far goes with it, but for what later rows count on having been given: the
                // authorities and the lists' sources, made once for the file (a row refused after making them is one a
                // record's guard refused, caught by CsvRowGuard).
                _output.RemoveAll(static r => r is not (ImportedSource or ImportedParty { Line: 0 }));
                _output.Add(Note(SkippedLine, error.Line, error.SourceId, error.Path.Length > 0 ? error.Path : null, $"line skipped: {error}"));
            }

            for (var i = 0; i < _output.Count; i++)
            {
                yield return _output[i];
            }

            _output.Clear();
            if (!more && error is null)
            {
                break;
            }
        }
    }

    private void ReadHeader(CsvReader reader)
    {
        _header = new string[reader.FieldCount];
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader.GetString(i).Trim();
            _header[i] = name;
            if (!_columns.TryAdd(name, i))
            {
                throw new CsvRowException(new ImportError(DuplicateColumn, reader.Line, reader.GetColumn(i), name, null, $"the header names the column '{name}' twice"));
            }

            if (Array.IndexOf(KnownColumns, name) < 0)
            {
                _output.Add(Note(UnknownColumn, reader.Line, null, name, $"the column '{name}' is not one of the Consolidated Screening List's: its cells are not imported"));
            }
        }

        foreach (var required in RequiredColumns)
        {
            if (!_columns.ContainsKey(required))
            {
                throw new CsvRowException(new ImportError(MissingColumn, reader.Line, 0, required, null, $"the header has no column '{required}'; it needs {string.Join(", ", RequiredColumns)}"));
            }
        }
    }

    /// <summary>Maps a row (through <see cref="CsvRowGuard"/>, which catches what a record refuses).</summary>
    public void MapRow(CsvReader reader)
    {
        RowId = null;
        var line = reader.Line;
        if (reader.FieldCount != _header.Length)
        {
            throw new CsvRowException(new ImportError(WrongColumnCount, line, 0, "", null, $"the header has {_header.Length} columns; this row has {reader.FieldCount}"));
        }

        var row = new Row(reader, _columns);
        var sourceId = row["_id"];
        if (sourceId is null)
        {
            throw new CsvRowException(new ImportError(MissingId, line, row.Column("_id"), "_id", null, "the row has no _id"));
        }

        // The _id is the row's identity: the ids of its party and sanctions are made of it, and it is kept as the
        // external id csl, by which the same entry is found in a later download. An _id the records can't keep is not
        // replaced by another (the entry could no longer be matched): the row is refused, as with no _id, and with
        // SkipBadLines it is a skipped-line note. The error names no source id: the _id is what is wrong.
        if (!TextRules.IsName(sourceId))
        {
            throw new CsvRowException(new ImportError(InvalidId, line, row.Column("_id"), "_id", null,
                $"the _id is not an id the library can keep: one line of at most {TextRules.MaxNameLength} characters, with a visible character and no control or bidirectional control character"));
        }

        RowId = sourceId;

        var name = row["name"];
        if (name is not null && name.EndsWith(SuccessorTail, StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^SuccessorTail.Length].TrimEnd();
            _output.Add(Note(NameShortened, line, sourceId, "name", $"'{SuccessorTail.TrimStart(';', ' ')}' cut from the end of the name"));
        }

        if (!TextRules.IsName(name))
        {
            throw new CsvRowException(new ImportError(InvalidName, line, row.Column("name"), "name", sourceId, name is null
                ? "the row has no name"
                : $"the name is not a name: one line of at most {TextRules.MaxNameLength} characters without control characters"));
        }

        var type = row["type"];
        var kind = type?.ToLowerInvariant();
        if (kind is not (null or "individual" or "entity" or "vessel" or "aircraft"))
        {
            throw new CsvRowException(new ImportError(UnknownType, line, row.Column("type"), "type", sourceId, $"type '{type}' is none of Individual, Entity, Vessel, Aircraft or empty"));
        }

        // A repeated _id gets a suffix; so does an _id whose party id an earlier row's took ("x" twice, then "x-2").
        var repeated = _idCounts.TryGetValue(sourceId, out var count);
        var key = ++count == 1 ? sourceId : $"{sourceId}-{count}";
        var partyText = Slug.From("csl-" + key);
        while (!_partyIds.Add(partyText))
        {
            key = $"{sourceId}-{++count}";
            partyText = Slug.From("csl-" + key);
        }

        _idCounts[sourceId] = count;
        if (count > 1)
        {
            _output.Add(Note(DuplicateId, line, sourceId, "_id", repeated
                ? $"_id {sourceId} is on an earlier row too: this row's party is {partyText}"
                : $"the party id of _id {sourceId} is an earlier row's: this row's party is {partyText}"));
        }

        var list = ScreeningListSource.Find(row["source"] ?? "");
        if (kind is "vessel" or "aircraft")
        {
            _output.Add(Note(kind == "vessel" ? VesselNotImported : AircraftNotImported, line, sourceId, "type", $"{name} is a{(kind == "aircraft" ? "n" : "")} {kind}, which the library does not hold: not imported, nor its listing"));
            return;
        }

        var person = kind == "individual";
        if (kind is null)
        {
            _output.Add(Note(TypeAssumed, line, sourceId, "type", "the row gives no type (the Commerce and State lists give none): imported as an organization"));
        }

        var partyId = new PartyId(partyText);
        var externalIds = new List<ExternalId> { new("csl", sourceId) };
        if (row["entity_number"] is { } number)
        {
            if (list is { NumbersAreOfac: true } && TextRules.IsName(number))
            {
                externalIds.Add(new ExternalId("ofac-sdn", number));
            }
            else if (list is { NumbersAreOfac: true })
            {
                // A cross-reference, not the row's identity: the listing matters more than the number it is matched
                // by in OFAC's files, so the row is imported without it, with a note.
                _output.Add(Note(TextNotImported, line, sourceId, "entity_number", $"entity_number '{Shorten(number)}' is not an id the library can keep (one line of at most {TextRules.MaxNameLength} characters, visible, without control characters): the row is imported without its ofac-sdn id"));
            }
            else
            {
                _output.Add(Note(ColumnNotImported, line, sourceId, "entity_number", $"entity_number '{number}' is not an OFAC entry number on this list: not imported"));
            }
        }

        foreach (var column in VesselColumns)
        {
            if (row[column] is { } value)
            {
                _output.Add(Note(ColumnNotImported, line, sourceId, column, $"{column} '{value}' applies to vessels only: not imported"));
            }
        }

        foreach (var column in DroppedColumns)
        {
            if (row[column] is { } value)
            {
                _output.Add(Note(ColumnNotImported, line, sourceId, column, $"{column} '{Shorten(value)}' not imported (parties do not hold it)"));
            }
        }

        var aliases = Aliases(row, sourceId, name!, line);
        var remarks = row["remarks"];
        if (remarks is not null && !TextRules.IsText(remarks))
        {
            _output.Add(Note(TextNotImported, line, sourceId, "remarks", "the remarks are too long or not text for a description"));
            remarks = null;
        }

        var title = row["title"];
        Party party;
        if (person)
        {
            if (title is not null && !TextRules.IsName(title))
            {
                _output.Add(Note(TextNotImported, line, sourceId, "title", $"the title '{Shorten(title)}' is not a valid office name"));
                title = null;
            }

            var country = PersonCountry(row, sourceId, line);
            if (row["addresses"] is { } addresses)
            {
                _output.Add(Note(ColumnNotImported, line, sourceId, "addresses", $"addresses '{Shorten(addresses)}' not imported (parties have no addresses)"));
            }

            EquatableArray<PositionHeld> positions = title is null ? default : new[] { new PositionHeld(title) };
            party = new Person(partyId, name!, country, positions, aliases, remarks);
        }
        else
        {
            if (title is not null)
            {
                _output.Add(Note(ColumnNotImported, line, sourceId, "title", $"an organization has no title: '{Shorten(title)}' not imported"));
            }

            foreach (var column in new[] { "nationalities", "citizenships" })
            {
                if (row[column] is { } value)
                {
                    _output.Add(Note(ColumnNotImported, line, sourceId, column, $"an organization has no {column}: '{value}' not imported"));
                }
            }

            var country = OrganizationCountry(row, sourceId, line);
            party = new Organization(partyId, name!, OrganizationType.Other, country, aliases: aliases, description: remarks);
        }

        var ids = externalIds.ToArray();
        _output.Add(new ImportedParty(party with { ExternalIds = ids }, line));
        if (list is null)
        {
            _output.Add(Note(UnknownSourceList, line, sourceId, "source", $"the list '{row["source"]}' is not in the import's table of lists: the party is imported without a sanction"));
            return;
        }

        AddSanctions(row, list, sourceId, key, line, partyId, ids);
    }

    private void AddSanctions(Row row, ScreeningListSource list, string sourceId, string key, long line, PartyId target, ExternalId[] ids)
    {
        UsAuthorities.EmitChain(list.Authority, _authorities, _output);
        var sources = ListSourcesOf(list, row, sourceId, line);

        PartialDate? listed = null;
        if (row["start_date"] is { } start)
        {
            if (PartialDate.TryParse(start, out var date))
            {
                listed = date;
            }
            else
            {
                _output.Add(Note(InvalidDate, line, sourceId, "start_date", $"start_date '{start}' is not a date (YYYY-MM-DD): not imported"));
            }
        }

        var notice = row["federal_register_notice"];
        if (notice is not null && !TextRules.IsName(notice))
        {
            _output.Add(Note(TextNotImported, line, sourceId, "federal_register_notice", $"the Federal Register notice '{Shorten(notice)}' is too long or not one line: not imported"));
            notice = null;
        }

        // What the list says of the listing, in its words: kept as the sanction's description, not mapped.
        var said = new List<string>();
        if (row["license_requirement"] is { } requirement)
        {
            said.Add($"License requirement: {requirement}");
        }

        if (row["license_policy"] is { } policy)
        {
            said.Add($"License policy: {policy}");
        }

        if (row["standard_order"] is { } order)
        {
            said.Add($"Standard order: {order}");
        }

        if (row["end_date"] is { } end)
        {
            said.Add($"End date in the list: {end}");
        }

        var description = said.Count == 0 ? null : string.Join("\n", said);
        if (description is not null && !TextRules.IsText(description))
        {
            _output.Add(Note(TextNotImported, line, sourceId, "license_requirement", "the license requirement, license policy, standard order and end date are too long for a description: not imported"));
            description = null;
        }

        var programs = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var program in (row["programs"] ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!seen.Add(program))
            {
                _output.Add(Note(DuplicateProgram, line, sourceId, "programs", $"the program {program} is named twice: one sanction"));
            }
            else if (!TextRules.IsName(program))
            {
                _output.Add(Note(TextNotImported, line, sourceId, "programs", $"the program '{Shorten(program)}' is not a valid program name: not imported"));
            }
            else
            {
                programs.Add(program);
            }
        }

        // A row that names no program (the Commerce and State lists) is one listing on its list.
        var tags = programs.Count == 0 ? [null] : programs.Select(static p => (string?)p).ToList();
        foreach (var tag in tags)
        {
            // A program can make the id of another row's sanction ("x" with program 2, and "x-2"): a suffix keeps them apart.
            var wanted = Slug.From(tag is null ? $"csl-{key}" : $"csl-{key}-{tag.ToLowerInvariant()}");
            var sanctionText = wanted;
            for (var n = 2; !_sanctionIds.Add(sanctionText); n++)
            {
                sanctionText = Slug.From($"{wanted}-{n}");
            }

            if (sanctionText != wanted)
            {
                _output.Add(Note(DuplicateId, line, sourceId, tag is null ? "_id" : "programs", $"the sanction id {wanted} is an earlier row's: this one is {sanctionText}"));
            }

            var sanction = new Sanction(
                new SanctionId(sanctionText),
                list.Authority,
                new[] { target },
                list.Measures,
                program: tag ?? list.ListName,
                listingDate: listed,
                authorityId: notice,
                attribution: new Attribution(Confidence.Official, sources))
            {
                Description = description,
                ExternalIds = ids,
            };
            _output.Add(new ImportedSanction(sanction, line));
        }
    }

    /// <summary>The sources a list's sanctions cite: the file, and the list's own pages the first of its rows names.</summary>
    private EquatableArray<SourceId> ListSourcesOf(ScreeningListSource list, Row row, string sourceId, long line)
    {
        if (!_lists.TryGetValue(list.Code, out var known))
        {
            var ids = new List<SourceId> { _file };
            var urls = new List<string>();
            var publisher = UsAuthorities.Name(list.Authority);
            foreach (var (column, suffix, what) in new[] { ("source_list_url", "", ""), ("source_information_url", "-information", " (information)") })
            {
                if (row[column] is { } text && !urls.Contains(text, StringComparer.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                {
                    var id = new SourceId(Slug.From($"csl-{list.Code.ToLowerInvariant()}{suffix}"));
                    var source = new Source(id, publisher, SourceType.Government, list.ListName + what);

                    // Uri takes much that a Source refuses (spaces, an upper-case scheme, a user name, Unicode, a port
                    // past 65535, a bad %-escape). The core's rule for web addresses has no public question, as TextRules
                    // is for text, so the one member is set here and its refusal caught: the address is dropped with a
                    // note, and the list's sanctions cite the file alone.
                    try
                    {
                        source = source with { Url = url };
                    }
                    catch (ArgumentException e)
                    {
                        _notedUrls.Add(text);
                        _output.Add(Note(ColumnNotImported, line, sourceId, column, $"{column} '{Shorten(text)}' not imported: {GuardMessage(e)}"));
                        continue;
                    }

                    urls.Add(text);
                    ids.Add(id);
                    _output.Add(new ImportedSource(source, line));
                }
            }

            known = _lists[list.Code] = new ListSources(ids.ToArray(), urls);
        }

        foreach (var column in new[] { "source_list_url", "source_information_url" })
        {
            if (row[column] is { } text && !known.Urls.Contains(text, StringComparer.Ordinal) && _notedUrls.Add(text))
            {
                _output.Add(Note(ColumnNotImported, line, sourceId, column, $"'{text}' is not the address an earlier row gave for the {list.ListName}, or not a web address: not imported"));
            }
        }

        return known.Ids;
    }

    private EquatableArray<string> Aliases(Row row, string sourceId, string name, long line)
    {
        var aliases = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        foreach (var part in (row["alt_names"] ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // The Entity List joins its last alias with "; and ".
            var alias = part.StartsWith("and ", StringComparison.Ordinal) ? part[4..].TrimStart() : part;
            if (!TextRules.IsName(alias))
            {
                _output.Add(Note(TextNotImported, line, sourceId, "alt_names", $"the alias '{Shorten(alias)}' is not a valid name: not imported"));
            }
            else if (seen.Add(alias))
            {
                aliases.Add(alias);
            }
        }

        return aliases.ToArray();
    }

    private CountryCode? PersonCountry(Row row, string sourceId, long line)
    {
        foreach (var column in new[] { "nationalities", "citizenships" })
        {
            foreach (var value in (row[column] ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Country(value) is { } code)
                {
                    return code;
                }

                _output.Add(Note(UnmappedCountry, line, sourceId, column, $"'{value}' is not a country code or name the import knows"));
            }
        }

        return null;
    }

    private CountryCode? OrganizationCountry(Row row, string sourceId, long line)
    {
        if (row["addresses"] is not { } addresses)
        {
            return null;
        }

        // Each address ends with its country's alpha-2 code: "605 TRAIL LAKE DRIVE, RICHARDSON, TX, 75081, US".
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        var unmapped = new List<string>();
        foreach (var address in addresses.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var last = address[(address.LastIndexOf(',') + 1)..].Trim();
            if (last.Length != 2 || !char.IsAsciiLetterUpper(last[0]) || !char.IsAsciiLetterUpper(last[1]))
            {
                continue; // no country at the end ("... and 21 Changsheng Street, Shijiazhuang, Hebei, China")
            }

            if (CountryCode.TryCreate(last, out var code))
            {
                codes.Add(code.Value);
            }
            else
            {
                unmapped.Add(last);
                _output.Add(Note(UnmappedCountry, line, sourceId, "addresses", $"'{last}' at the end of an address is not an ISO 3166-1 code"));
            }
        }

        CountryCode? country = codes.Count == 1 && unmapped.Count == 0 ? new CountryCode(codes.Min!) : null;
        if (codes.Count + unmapped.Count > 1)
        {
            _output.Add(Note(SeveralCountries, line, sourceId, "addresses", $"the addresses name several countries ({string.Join(", ", codes.Concat(unmapped))}): the party gets none"));
        }

        var use = country is { } c ? $"; their one country, {c}, is the party's" : "";
        _output.Add(Note(ColumnNotImported, line, sourceId, "addresses", $"addresses '{Shorten(addresses)}' not imported (parties have no addresses){use}"));
        return country;
    }

    private static CountryCode? Country(string value) =>
        CountryCode.TryCreate(value, out var code) ? code : OfacCountryNames.Find(value);

    private ImportError ToError(CsvFormatException e) =>
        new(e.Code, e.Line, e.Column, e.Field >= 0 && e.Field < _header.Length ? _header[e.Field] ?? "" : "", null, e.Message);

    private static ImportedNote Note(string code, long line, string? id, string? property, string message) => new(new ImportNote(code, line, id, property, message));

    /// <summary>A guard's message without the " (Parameter 'Url')" that <see cref="ArgumentException"/> adds.</summary>
    private static string GuardMessage(ArgumentException e) =>
        e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
    }

    private sealed record ListSources(EquatableArray<SourceId> Ids, List<string> Urls);

    /// <summary>A row's cells by column name: trimmed, <see langword="null"/> when empty or when the file has no such column.</summary>
    private readonly struct Row(CsvReader reader, Dictionary<string, int> columns)
    {
        public string? this[string column]
        {
            get
            {
                if (!columns.TryGetValue(column, out var index))
                {
                    return null;
                }

                var text = reader.GetString(index).Trim();
                return text.Length == 0 ? null : text;
            }
        }

        public long Column(string column) => columns.TryGetValue(column, out var index) ? reader.GetColumn(index) : 0;
    }
}
