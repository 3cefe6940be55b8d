using System.Globalization;
using System.Runtime.CompilerServices;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Csv;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.ScreeningList;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using static Negotiation.Domain.Interop.Ofac.OfacImportCodes;

namespace Negotiation.Domain.Interop.Ofac;

/// <summary>One run of <see cref="OfacSdnImport"/>: the companion files' index, the entries seen, the records to give.</summary>
internal sealed class OfacSdnReader(ImportOptions options, PartialDate published) : ICsvRowMapper
{
    private const string SdnFile = "sdn.csv";
    private const string AddFile = "add.csv";
    private const string AltFile = "alt.csv";
    private const string CommentsFile = "sdn_comments.csv";

    private static readonly string[] SdnColumns = ["ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"];
    private static readonly string[] AddColumns = ["ent_num", "Add_num", "Address", "City/State/Province/Postal Code", "Country", "Add_remarks"];
    private static readonly string[] AltColumns = ["ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"];
    private static readonly string[] CommentsColumns = ["ent_num", "Remarks Extended"];

    private static readonly EquatableArray<SanctionMeasure> Measures = new[] { SanctionMeasure.AssetFreeze, SanctionMeasure.FinancialRestriction };

    private readonly SourceId _source = new(OfacSdnImport.SourceId);
    private readonly Attribution _attribution = Attribution.Official(new SourceId(OfacSdnImport.SourceId));
    private readonly List<ImportRecord> _output = [];
    private readonly HashSet<int> _seen = [];
    private readonly Dictionary<int, List<AddressRow>> _addresses = [];
    private readonly Dictionary<int, List<AltRow>> _alternateNames = [];
    private readonly Dictionary<int, CommentRow> _comments = [];

    /// <summary>The ent_num of the entry being mapped, once read.</summary>
    public string? RowId { get; private set; }

    public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream sdn, Stream? add, Stream? alt, Stream? comments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The companions first: each entry's addresses, names and remarks are at hand when its row of sdn.csv is read.
        if (add is not null)
        {
            await IndexAsync(add, AddFile, AddColumns, IndexAddress, cancellationToken).ConfigureAwait(false);
        }

        if (alt is not null)
        {
            await IndexAsync(alt, AltFile, AltColumns, IndexAlternateName, cancellationToken).ConfigureAwait(false);
        }

        if (comments is not null)
        {
            await IndexAsync(comments, CommentsFile, CommentsColumns, IndexComment, cancellationToken).ConfigureAwait(false);
        }

        _output.Add(new ImportedSource(
            new Source(_source, "US Department of the Treasury, Office of Foreign Assets Control", SourceType.Dataset, "Specially Designated Nationals and Blocked Persons List (SDN), CSV files", published: published),
            0));
        UsAuthorities.EmitChain(UsAuthorities.Ofac, [], _output);
        for (var i = 0; i < _output.Count; i++)
        {
            yield return _output[i];
        }

        _output.Clear();

        using var reader = new CsvReader(sdn, CsvTextEncoding.Latin1, options.MaxLineBytes, options.Progress);
        var rows = 0;
        while (true)
        {
            var more = false;
            ImportError? error = null;
            try
            {
                more = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (more)
                {
                    rows++;
                    CsvRowGuard.Map(this, reader, SdnFile);
                }
            }
            catch (CsvFormatException e)
            {
                rows++;
                error = ToError(e, SdnFile, SdnColumns);
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
                _output.Clear(); // what the bad row made so far goes with it
                Skip(error);
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

        if (rows == 0)
        {
            throw new ImportException(new ImportError(EmptyFile, 0, 0, SdnFile, null, "sdn.csv holds no entry"));
        }

        NoteOrphans();
        for (var i = 0; i < _output.Count; i++)
        {
            yield return _output[i];
        }

        _output.Clear();
    }

    private void Skip(ImportError error)
    {
        if (!options.SkipBadLines)
        {
            throw new ImportException(error);
        }

        _output.Add(Note(SkippedLine, error.Line, error.SourceId, error.Path, $"line skipped: {error}"));
    }

    private async Task IndexAsync(Stream stream, string file, string[] columns, Action<CsvReader> index, CancellationToken cancellationToken)
    {
        using var reader = new CsvReader(stream, CsvTextEncoding.Latin1, options.MaxLineBytes);
        while (true)
        {
            var more = false;
            ImportError? error = null;
            try
            {
                more = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (more)
                {
                    CheckColumnCount(reader, file, columns.Length);
                    index(reader);
                }
            }
            catch (CsvFormatException e)
            {
                error = ToError(e, file, columns);
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
                Skip(error);
            }
            else if (!more)
            {
                return;
            }
        }
    }

    private void IndexAddress(CsvReader reader)
    {
        var ent = EntNum(reader, AddFile);
        var meaningful = Cell(reader, 2) is not null || Cell(reader, 3) is not null || Cell(reader, 4) is not null || Cell(reader, 5) is not null;
        Add(_addresses, ent, new AddressRow(reader.Line, Cell(reader, 4), meaningful));
    }

    private void IndexAlternateName(CsvReader reader)
    {
        var ent = EntNum(reader, AltFile);
        Add(_alternateNames, ent, new AltRow(reader.Line, Cell(reader, 2), Cell(reader, 3), Cell(reader, 4)));
    }

    private void IndexComment(CsvReader reader)
    {
        var ent = EntNum(reader, CommentsFile);
        if (!_comments.TryAdd(ent, new CommentRow(reader.Line, reader.GetString(1))))
        {
            throw Row(DuplicateEntNum, reader, 0, CommentsFile, ent, $"ent_num {ent} has a second row in sdn_comments.csv (the first is on line {_comments[ent].Line})");
        }
    }

    private static void Add<T>(Dictionary<int, List<T>> index, int ent, T row)
    {
        if (!index.TryGetValue(ent, out var rows))
        {
            index[ent] = rows = [];
        }

        rows.Add(row);
    }

    /// <summary>Maps a row of sdn.csv (through <see cref="CsvRowGuard"/>, which catches what a record refuses).</summary>
    void ICsvRowMapper.MapRow(CsvReader reader)
    {
        RowId = null;
        MapEntry(reader);
    }

    private void MapEntry(CsvReader reader)
    {
        CheckColumnCount(reader, SdnFile, SdnColumns.Length);
        var line = reader.Line;
        var ent = EntNum(reader, SdnFile);
        var id = RowId = ent.ToString(CultureInfo.InvariantCulture);
        if (!_seen.Add(ent))
        {
            throw Row(DuplicateEntNum, reader, 0, SdnFile, ent, $"ent_num {id} is on an earlier row of sdn.csv too");
        }

        var name = Cell(reader, 1);
        if (!TextRules.IsName(name))
        {
            throw Row(InvalidName, reader, 1, SdnFile, ent, name is null
                ? "the entry has no name"
                : $"the name is not a name: one line of at most {TextRules.MaxNameLength} characters without control characters");
        }

        var type = Cell(reader, 2);
        var programs = Cell(reader, 3);
        _addresses.Remove(ent, out var addresses);
        _alternateNames.Remove(ent, out var alternateNames);
        _comments.Remove(ent, out var comment);
        if (type is not null && !type.Equals("individual", StringComparison.OrdinalIgnoreCase))
        {
            var what = type.ToLowerInvariant() switch
            {
                "vessel" => VesselNotImported,
                "aircraft" => AircraftNotImported,
                _ => throw Row(UnknownSdnType, reader, 2, SdnFile, ent, $"SDN_Type '{type}' is none of individual, vessel, aircraft or -0- (an entity)"),
            };
            var tags = SplitPrograms(programs).Count;
            _output.Add(Note(what, line, id, "SDN_Type", $"{name} is {(type.Equals("aircraft", StringComparison.OrdinalIgnoreCase) ? "an" : "a")} {type.ToLowerInvariant()}, which the library does not hold: not imported, nor its {tags} program(s), {addresses?.Count ?? 0} address row(s) and {alternateNames?.Count ?? 0} alternate name(s)"));
            return;
        }

        var person = type is not null;
        var partyId = new PartyId(Slug.From("ofac-sdn-" + id));

        // Columns that do not apply: a title is an individual's, the vessel columns a vessel's.
        var title = Cell(reader, 4);
        if (title is not null && (!person || !TextRules.IsName(title)))
        {
            _output.Add(Note(IgnoredColumn, line, id, "Title", person ? $"the title '{title}' is not a valid office name" : $"an entity has no title: '{title}' not imported"));
            title = null;
        }

        for (var column = 5; column <= 10; column++)
        {
            if (Cell(reader, column) is { } value)
            {
                _output.Add(Note(IgnoredColumn, line, id, SdnColumns[column], $"{SdnColumns[column]} '{value}' applies to vessels only: not imported"));
            }
        }

        var remarks = Cell(reader, 11);
        if (comment is not null)
        {
            // The extension goes on where Remarks was cut at 1 000 characters, mid-word as often as not.
            remarks = (remarks ?? string.Empty) + comment.Text;
        }

        var aliases = Aliases(name!, id, line, remarks, alternateNames);
        var description = remarks;
        if (description is not null && !TextRules.IsText(description))
        {
            _output.Add(Note(RemarksNotImported, line, id, "Remarks", $"the remarks ({description.Length} characters) are too long or not text for a description"));
            description = null;
        }

        Party party;
        if (person)
        {
            var country = PersonCountry(id, line, remarks);
            NoteAddresses(id, addresses, countryFromThem: false, out _);
            EquatableArray<PositionHeld> positions = title is null ? default : new[] { new PositionHeld(title) };
            party = new Person(partyId, name!, country, positions, aliases, description);
        }
        else
        {
            NoteAddresses(id, addresses, countryFromThem: true, out var country);
            party = new Organization(partyId, name!, OrganizationType.Other, country, aliases: aliases, description: description);
        }

        var externalIds = new[] { new ExternalId("ofac-sdn", id) };
        _output.Add(new ImportedParty(party with { ExternalIds = externalIds }, line));
        AddSanctions(id, line, partyId, programs, externalIds);
    }

    private void AddSanctions(string id, long line, PartyId target, string? programs, ExternalId[] externalIds)
    {
        var tags = SplitPrograms(programs);
        if (tags.Count == 0)
        {
            _output.Add(Note(NoProgram, line, id, "Program", "the entry names no program: its party is imported without a sanction"));
            return;
        }

        var made = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var refused = 0;
        foreach (var tag in tags)
        {
            if (!made.Add(tag))
            {
                _output.Add(Note(DuplicateProgram, line, id, "Program", $"the program {tag} is named twice: one sanction"));
                continue;
            }

            // A tag the records would refuse as a program (a tab or line break, a control character, nothing visible,
            // over 500 characters) is dropped, not the entry: the entry is on the list whatever its program is called,
            // and a screening tool must still find it (see below).
            if (!TextRules.IsName(tag))
            {
                refused++;
                _output.Add(Note(ProgramNotImported, line, id, "Program", $"the program tag '{Shorten(tag)}' is not a program name (one line of at most {TextRules.MaxNameLength} characters, visible, without control characters): not imported"));
                continue;
            }

            // Program tags are upper-case codes; lower-cased they are usually a slug already, so the id stays readable.
            // Two tags apart only in what a slug drops still make one id each: a repeat is taken as the same program.
            var sanctionId = Slug.From($"ofac-sdn-{id}-{tag.ToLowerInvariant()}");
            if (!ids.Add(sanctionId))
            {
                _output.Add(Note(DuplicateProgram, line, id, "Program", $"the program {tag} makes the sanction id {sanctionId} of an earlier tag of the row: one sanction"));
                continue;
            }

            AddSanction(sanctionId, line, target, tag, externalIds);
        }

        if (refused > 0 && ids.Count == 0)
        {
            // Every tag was refused: the listing is kept, as one sanction without a program, rather than lost with them.
            AddSanction($"ofac-sdn-{id}", line, target, program: null, externalIds);
            _output.Add(Note(ProgramNotImported, line, id, "Program", $"no program of the entry could be imported: its listing is one sanction, ofac-sdn-{id}, without a program"));
        }
    }

    private void AddSanction(string sanctionId, long line, PartyId target, string? program, ExternalId[] externalIds)
    {
        var sanction = new Sanction(new SanctionId(sanctionId), UsAuthorities.Ofac, new[] { target }, Measures, program: program, attribution: _attribution)
        {
            ExternalIds = externalIds,
        };
        _output.Add(new ImportedSanction(sanction, line));
    }

    /// <summary>The program tags of a Program cell: <c>SDGT] [IRGC</c> is SDGT and IRGC.</summary>
    internal static List<string> SplitPrograms(string? programs)
    {
        var tags = new List<string>();
        if (programs is null)
        {
            return tags;
        }

        foreach (var part in programs.Split("] [", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tag = part.TrimStart('[').TrimEnd(']').Trim();
            if (tag.Length > 0)
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    private EquatableArray<string> Aliases(string name, string id, long line, string? remarks, List<AltRow>? alternateNames)
    {
        var aliases = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        void Consider(string alias, long at, string property)
        {
            if (!TextRules.IsName(alias))
            {
                _output.Add(Note(AliasNotImported, at, id, property, $"the alias '{Shorten(alias)}' is not a valid name"));
            }
            else if (seen.Add(alias))
            {
                aliases.Add(alias);
            }
        }

        foreach (var alt in alternateNames ?? [])
        {
            if (alt.Type is { } altType && altType.ToLowerInvariant() is not ("aka" or "fka" or "nka"))
            {
                _output.Add(Note(UnknownAltType, alt.Line, id, "alt.csv:alt_type", $"alt_type '{altType}' is none of aka, fka, nka; '{alt.Name}' is taken as an alias"));
            }

            if (alt.Remarks is not null)
            {
                _output.Add(Note(IgnoredColumn, alt.Line, id, "alt.csv:alt_remarks", $"alt_remarks '{alt.Remarks}' not imported"));
            }

            if (alt.Name is null)
            {
                _output.Add(Note(AliasNotImported, alt.Line, id, "alt.csv:alt_name", "the row has no alt_name"));
                continue;
            }

            Consider(alt.Name, alt.Line, "alt.csv:alt_name");
        }

        if (remarks is not null)
        {
            foreach (var alias in OfacRemarks.Aliases(remarks))
            {
                Consider(alias, line, "Remarks");
            }
        }

        return aliases.ToArray();
    }

    private CountryCode? PersonCountry(string id, long line, string? remarks)
    {
        if (remarks is null)
        {
            return null;
        }

        var (nationality, citizen) = OfacRemarks.NationalityAndCitizenship(remarks);
        foreach (var (name, what) in new[] { (nationality, "nationality"), (citizen, "citizen") })
        {
            if (name is null)
            {
                continue;
            }

            if (OfacCountryNames.Find(name) is { } code)
            {
                return code;
            }

            _output.Add(Note(UnmappedCountry, line, id, "Remarks", $"'{what} {name}': the country name is in neither the OFAC name table nor the country table"));
        }

        return null;
    }

    private void NoteAddresses(string id, List<AddressRow>? addresses, bool countryFromThem, out CountryCode? country)
    {
        country = null;
        if (addresses is null)
        {
            return;
        }

        var meaningful = addresses.Where(static a => a.Meaningful).ToList();
        if (meaningful.Count == 0)
        {
            return;
        }

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        var unmapped = 0;
        if (countryFromThem)
        {
            foreach (var address in meaningful)
            {
                if (address.Country is null)
                {
                    continue;
                }

                if (OfacCountryNames.Find(address.Country) is { } code)
                {
                    codes.Add(code.Value);
                }
                else
                {
                    unmapped++;
                    _output.Add(Note(UnmappedCountry, address.Line, id, "add.csv:Country", $"'{address.Country}' is in neither the OFAC name table nor the country table"));
                }
            }

            if (codes.Count == 1 && unmapped == 0)
            {
                country = new CountryCode(codes.Min!);
            }
            else if (codes.Count + unmapped > 1)
            {
                var names = string.Join(", ", meaningful.Select(static a => a.Country).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
                _output.Add(Note(SeveralCountries, meaningful[0].Line, id, "add.csv:Country", $"the addresses name several countries ({names}): the party gets none"));
            }
        }

        var use = country is { } c ? $"; their one country, {c}, is the party's" : "";
        _output.Add(Note(AddressesNotImported, meaningful[0].Line, id, "add.csv", $"{meaningful.Count} address(es) not imported (parties have no addresses){use}"));
    }

    private void NoteOrphans()
    {
        foreach (var (ent, rows) in _addresses)
        {
            foreach (var row in rows)
            {
                _output.Add(Note(OrphanRow, row.Line, ent.ToString(CultureInfo.InvariantCulture), AddFile, $"add.csv names ent_num {ent}, which is not in sdn.csv: the address is not imported"));
            }
        }

        foreach (var (ent, rows) in _alternateNames)
        {
            foreach (var row in rows)
            {
                _output.Add(Note(OrphanRow, row.Line, ent.ToString(CultureInfo.InvariantCulture), AltFile, $"alt.csv names ent_num {ent}, which is not in sdn.csv: '{row.Name}' is not imported"));
            }
        }

        foreach (var (ent, row) in _comments)
        {
            _output.Add(Note(OrphanRow, row.Line, ent.ToString(CultureInfo.InvariantCulture), CommentsFile, $"sdn_comments.csv names ent_num {ent}, which is not in sdn.csv: its remarks are not imported"));
        }
    }

    private static void CheckColumnCount(CsvReader reader, string file, int expected)
    {
        if (reader.FieldCount != expected)
        {
            throw new CsvRowException(new ImportError(WrongColumnCount, reader.Line, 0, file, null, $"a row of {file} has {expected} columns; this one has {reader.FieldCount}"));
        }
    }

    private static int EntNum(CsvReader reader, string file)
    {
        var text = Cell(reader, 0);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ent) || ent <= 0)
        {
            throw new CsvRowException(new ImportError(InvalidEntNum, reader.Line, reader.GetColumn(0), file + ":ent_num", null, $"ent_num '{text ?? "-0-"}' is not a positive whole number"));
        }

        return ent;
    }

    /// <summary>A cell's text, trimmed; <see langword="null"/> for OFAC's null <c>-0-</c> and for an empty cell.</summary>
    private static string? Cell(CsvReader reader, int index)
    {
        // Most cells are null: decided on the bytes, with no string made.
        var bytes = reader.GetBytes(index).Trim((byte)' ');
        if (bytes.IsEmpty || bytes.SequenceEqual("-0-"u8))
        {
            return null;
        }

        var text = reader.GetString(index).Trim();
        return text.Length == 0 || text == "-0-" ? null : text;
    }

    private static CsvRowException Row(string code, CsvReader reader, int field, string file, int ent, string message)
    {
        var columns = file switch { SdnFile => SdnColumns, AddFile => AddColumns, AltFile => AltColumns, _ => CommentsColumns };
        return new CsvRowException(new ImportError(code, reader.Line, reader.GetColumn(field), $"{file}:{columns[field]}", ent.ToString(CultureInfo.InvariantCulture), message));
    }

    private static ImportError ToError(CsvFormatException e, string file, string[] columns) =>
        new(e.Code, e.Line, e.Column, e.Field >= 0 && e.Field < columns.Length ? $"{file}:{columns[e.Field]}" : file, null, e.Message);

    private static ImportedNote Note(string code, long line, string? id, string? property, string message) => new(new ImportNote(code, line, id, property, message));

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    private sealed record AddressRow(long Line, string? Country, bool Meaningful);

    private sealed record AltRow(long Line, string? Type, string? Name, string? Remarks);

    private sealed record CommentRow(long Line, string Text);
}
