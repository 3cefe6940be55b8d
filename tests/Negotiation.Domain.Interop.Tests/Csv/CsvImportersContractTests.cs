using System.Text;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Interop.Ofac;
using Negotiation.Domain.Interop.ScreeningList;
using static Negotiation.Domain.Interop.Tests.Csv.Expected;

namespace Negotiation.Domain.Interop.Tests.Csv;

/// <summary>
/// Suspicious OFAC SDN and Consolidated Screening List input, from a fuzzing pass (branch fuzz-importers): each case
/// gives its typed error, or is read with its notes, read and gathered, with and without SkipBadLines; nothing but an
/// <see cref="Imports.ImportException"/> escapes, and a gathered document validates.
/// </summary>
public sealed class CsvImportersContractTests
{
    private static readonly PartialDate Published = new(2025, 1, 15);

    // ---------------- OFAC ----------------
    private const string Nulls = ",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

    public static readonly Dictionary<string, (OfacInput Input, Expected Expected)> OfacCases = BuildOfac();

    public static TheoryData<string> OfacNames => [.. OfacCases.Keys];

    private static string Row(int ent, string name = "\"EXAMPLE\"", string type = "-0- ", string program = "\"SDGT\"", string title = "-0- ", string remarks = "-0- ")
        => $"{ent},{name},{type},{program},{title},-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,{remarks}\r\n";

    private static string Q(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    private static Dictionary<string, (OfacInput, Expected)> BuildOfac()
    {
        var d = new Dictionary<string, (OfacInput, Expected)>();
        void S(string name, Expected expected, string sdn, string? add = null, string? alt = null, string? comments = null)
            => d[name] = (new(Latin1(sdn), add is null ? null : Latin1(add), alt is null ? null : Latin1(alt), comments is null ? null : Latin1(comments)), expected);

        NoteOf refused = new(OfacImportCodes.ProgramNotImported, "Program"), none = new(OfacImportCodes.NoProgram, "Program"), twice = new(OfacImportCodes.DuplicateProgram, "Program");
        foreach (var (label, program, expected) in new (string, string, Expected)[]
        {
            ("a tab inside", "SDGT\tX", Read(refused)), ("a line break inside", "SDGT\nX", Read(refused)), ("a CR inside", "SDGT\rX", Read(refused)),
            ("soft hyphen only", "\u00AD", Read(refused)), ("soft hyphen in brackets", "[\u00AD]", Read(refused)), ("NBSP only", "\u00A0", Read(none)),
            ("501 characters", new string('P', 501), Read(refused)), ("600 characters in a list", "A] [" + new string('P', 600), Read(refused)),
            ("brackets only", "] [] [] [", Read(none)), ("a tag with a tab among good ones", "SDGT] [IR\tGC] [IRAN", Read(refused)),
            ("tags differing in case", "sdgt] [SDGT] [Sdgt", Read(twice).Without(refused)), ("tags that slug alike", "A B] [A-B] [A_B] [a b", Read(twice).Without(refused)),
            ("5000 tags", string.Join("] [", Enumerable.Range(0, 5000).Select(static i => "P" + i)), Read().Without(refused, none)),
            ("unicode-ish Latin-1", "\u00FF\u00E9\u00DF", Read().Without(refused)),
        })
        {
            S($"program: {label}", expected, Row(1, program: Q(program)));
            S($"program of an individual: {label}", expected, Row(1, type: "\"individual\"", program: Q(program)));
        }

        foreach (var (label, title) in new[] { ("tab", "Mr\tX"), ("line break", "Mr\nX"), ("soft hyphen", "\u00AD"), ("501", new string('T', 501)) })
        {
            S($"title: {label}", Read(new NoteOf(OfacImportCodes.IgnoredColumn, "Title")), Row(1, type: "\"individual\"", title: Q(title)));
        }

        NoteOf alias = new(OfacImportCodes.AliasNotImported, "Remarks"), country = new(OfacImportCodes.UnmappedCountry, "Remarks"), remarksDropped = new(OfacImportCodes.RemarksNotImported, "Remarks");
        foreach (var (label, remarks, person, entity) in new (string, string, Expected, Expected)[]
        {
            ("aka empty", "a.k.a. ''; a.k.a. '; f.k.a. ;n.k.a. '\u00AD'", Read(alias), Read(alias)), ("aka tab", "a.k.a. 'A\tB'", Read(alias), Read(alias)),
            ("aka 600", "a.k.a. '" + new string('A', 600) + "'", Read(alias), Read(alias)),
            ("nationality odd", "nationality ; citizen ;nationality \u00AD; citizen Korea, North.", Read(country), Read().Without(country)),
            ("only dots", "...;;;.", Read().Without(remarksDropped), Read().Without(remarksDropped)),
            ("20001 characters", new string('r', 20_001), Read(remarksDropped), Read(remarksDropped)),
            ("a quote at the end", "a.k.a. 'X", Read().Without(alias), Read().Without(alias)),
            ("nationality of every form", "nationality United States; citizen Region: Crimea; nationality US; nationality us", Read().Without(country), Read()),
        })
        {
            S($"remarks: {label}", person, Row(1, type: "\"individual\"", remarks: Q(remarks)));
            S($"entity remarks: {label}", entity, Row(1, remarks: Q(remarks)));
        }

        S("remarks extended past 20000 by a comment", Read(remarksDropped), Row(1, remarks: Q(new string('r', 1000))), comments: "1," + Q(new string('c', 19_500)) + "\r\n");
        S("alt names odd", Read(new(OfacImportCodes.AliasNotImported, "alt.csv:alt_name"), new(OfacImportCodes.UnknownAltType, "alt.csv:alt_type")), Row(1),
            alt: "1,1,\"aka\",\"A\tB\",-0- \r\n1,2,\"zzz\",-0- ,\"x\"\r\n1,3,\"AKA\",\"EXAMPLE\",-0- \r\n1,4,-0- ,\"" + new string('A', 600) + "\",-0- \r\n1,5,\"aka\",\"\u00AD\",-0- \r\n");
        S("addresses odd", Read(new(OfacImportCodes.SeveralCountries, "add.csv:Country"), new(OfacImportCodes.AddressesNotImported, "add.csv")), Row(1),
            add: "1,1,-0- ,-0- ,\"United States\",-0- \r\n1,2,\"x\",-0- ,\"US\",-0- \r\n1,3,\"x\",-0- ,\"\u00AD\",-0- \r\n1,4,\"x\",-0- ,\"Korea, North\",-0- \r\n");
        S("addresses of an individual", Read(new NoteOf(OfacImportCodes.AddressesNotImported, "add.csv")), Row(1, type: "\"individual\""), add: "1,1,\"x\",-0- ,\"Nowhere\",-0- \r\n");
        S("companion rows only for other entries", Read(new NoteOf(OfacImportCodes.OrphanRow)), Row(1), add: "2,1,\"x\",-0- ,\"US\",-0- \r\n", alt: "2,1,\"aka\",\"A\",-0- \r\n", comments: "2,\"c\"\r\n");
        S("ent_num forms", RowError(OfacImportCodes.InvalidEntNum, 1, "sdn.csv:ent_num"),
            "+1,\"A\"" + Nulls + ",-0- ,-0- \r\n" + " 2 ,\"B\",-0- ,\"SDGT\"" + Nulls + "\r\n" + "0003,\"C\",-0- ,\"SDGT\"" + Nulls + "\r\n" + "2147483647,\"D\",-0- ,\"SDGT\"" + Nulls + "\r\n" + "2147483648,\"E\",-0- ,\"SDGT\"" + Nulls + "\r\n");
        S("ent_num 3 and 03", RowError(OfacImportCodes.DuplicateEntNum, 2, "sdn.csv:ent_num"), Row(3) + Row(3).Replace("3,", "03,", StringComparison.Ordinal));
        S("type forms", RowError(OfacImportCodes.UnknownSdnType, 5, "sdn.csv:SDN_Type"),
            Row(1, type: "\"INDIVIDUAL\"") + Row(2, type: "\"Vessel\"") + Row(3, type: "\"AIRCRAFT\"") + Row(4, type: "\" individual \"") + Row(5, type: "\"\u00CDndividual\""));
        S("name the same as an alias", Read().Without(alias), Row(1, name: "\"EXAMPLE\"", remarks: "\"a.k.a. 'example'; a.k.a. 'EXAMPLE'.\""));
        S("CR-only line ends", Read(), (Row(1) + Row(2)).Replace("\r\n", "\r", StringComparison.Ordinal));
        S("LF CR line ends", Read(), (Row(1) + Row(2)).Replace("\r\n", "\n\r", StringComparison.Ordinal));
        S("0x1A then line ends", Read(), Row(1) + "\u001A\r\n\u001A\n");
        S("0x1A at the start", InputError(OfacImportCodes.EmptyFile), "\u001A");
        S("0x1A then a NUL", InputError(OfacImportCodes.DataAfterEndMarker), Row(1) + "\u001A\0");
        S("a NUL in a field", InputError(OfacImportCodes.NotLatin1), Row(1, name: "\"EX\0AMPLE\""));
        S("many commas", RowError(OfacImportCodes.WrongColumnCount, 1, "sdn.csv"), "1" + new string(',', 100_000) + "\r\n");
        S("a quoted field with 100000 line breaks", RowError(OfacImportCodes.InvalidName, 1, "sdn.csv:SDN_Name"), "1," + Q(new string('\n', 100_000)) + ",-0- ,\"SDGT\"" + Nulls + "\r\n" + Row(2));
        S("a name with a line break", RowError(OfacImportCodes.InvalidName, 1, "sdn.csv:SDN_Name"), Row(1, name: Q("A\r\nB")) + Row(2));
        S("a stray quote then a good row, many times", RowError(OfacImportCodes.StrayQuote, 1, "sdn.csv:SDN_Name"), string.Concat(Enumerable.Repeat("1,\"A\"B\r\n", 100)) + Row(2));
        S("the program column empty-quoted", Read(none), Row(1, program: "\"\"") + Row(2, program: "\" \""));
        S("a row of one field", RowError(OfacImportCodes.WrongColumnCount, 1, "sdn.csv"), "1\r\n" + Row(2));
        S("an empty row between quotes", RowError(OfacImportCodes.WrongColumnCount, 1, "sdn.csv"), "\"\"\r\n" + Row(2));
        return d;
    }

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(OfacNames))]
    public async Task Ofac_input_gives_its_typed_error_or_its_notes(string name)
    {
        var (input, expected) = OfacCases[name];
        var ct = TestContext.Current.CancellationToken;
        static MemoryStream? M(byte[]? b) => b is null ? null : new MemoryStream(b);

        var problems = await ImportContract.CheckAsync(o => OfacSdnImport.ReadAsync(new MemoryStream(input.Sdn), M(input.Add), M(input.Alt), M(input.Comments), Published, o, ct), expected, ct);

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nsdn.csv: " + ImportContract.Printable(Encoding.Latin1.GetString(input.Sdn), 300));
    }

    // ---------------- Consolidated Screening List ----------------
    private const string El = "Entity List (EL) - Bureau of Industry and Security";
    private const string Sdn = "Specially Designated Nationals (SDN) - Treasury Department";

    private static readonly string[] ScreeningListHeader =
    [
        "_id", "source", "entity_number", "type", "programs", "name", "title", "addresses", "federal_register_notice",
        "start_date", "end_date", "standard_order", "license_requirement", "license_policy", "call_sign", "vessel_type",
        "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url",
        "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids",
    ];

    private static readonly string Header = string.Join(",", ScreeningListHeader) + "\n";

    public static readonly Dictionary<string, (byte[] Csv, Expected Expected)> CslCases = BuildCsl();

    public static TheoryData<string> CslNames => [.. CslCases.Keys];

    private static string C(params (string Column, string Value)[] cells)
    {
        var d = new Dictionary<string, string> { ["_id"] = "a", ["source"] = El, ["name"] = "EXAMPLE" };
        foreach (var (c, v) in cells)
        {
            d[c] = v;
        }

        return string.Join(",", ScreeningListHeader.Select(c => d.TryGetValue(c, out var v) ? Q(v) : "")) + "\n";
    }

    /// <summary>An odd value, and whether the records take it as a name, as a text, and as a part of a longer text (no control character).</summary>
    private sealed record Odd(string Label, string Value, bool Name, bool Text, bool InText);

    private static Dictionary<string, (byte[], Expected)> BuildCsl()
    {
        var d = new Dictionary<string, (byte[], Expected)>();
        void T(string name, Expected expected, string text) => d[name] = (Encoding.UTF8.GetBytes(text), expected);
        void B(string name, Expected expected, byte[] bytes) => d[name] = (bytes, expected);

        Odd[] odd =
        [
            new("tab", "a\tb", false, true, true), new("line break", "a\nb", false, true, true), new("NUL", "a\0b", false, false, false),
            new("RTL override", "a\u202Eb", false, false, false), new("ZWSP only", "\u200B", false, false, true), new("soft hyphen only", "\u00AD", false, false, true),
            new("NEL C1", "a\u0085b", false, false, false), new("BOM char", "\uFEFF", false, false, true), new("501 chars", new string('i', 501), false, true, true),
            new("0x1A", "a\u001Ab", false, false, false), new("astral", "\U0001F600", true, true, true), new("DEL", "a\u007Fb", false, false, false),
        ];
        NoteOf NotImported(string column) => new(ScreeningListCodes.ColumnNotImported, column);
        NoteOf TextNotImported(string column) => new(ScreeningListCodes.TextNotImported, column);
        Expected.ReadCase Unless(bool taken, NoteOf note) => taken ? Read().Without(note) : Read(note);
        foreach (var v in odd)
        {
            // The row's identity refuses the row; the cross-reference is dropped with a note.
            var id = v.Name ? Read() : RowError(ScreeningListCodes.InvalidId, 2, "_id");
            T($"_id: {v.Label}", id, Header + C(("_id", v.Value)));
            T($"_id of an individual: {v.Label}", id, Header + C(("_id", v.Value), ("type", "Individual")));
            T($"entity_number on the SDN: {v.Label}", Unless(v.Name, TextNotImported("entity_number")), Header + C(("source", Sdn), ("entity_number", v.Value)));
            T($"entity_number on the EL: {v.Label}", Read(NotImported("entity_number")), Header + C(("entity_number", v.Value)));

            // Each column, on a person of the Entity List and an entity of the SDN list.
            foreach (var (column, expected) in new (string, Expected)[]
            {
                ("programs", Unless(v.Name, TextNotImported("programs"))),
                ("title", v.Name ? Read(NotImported("title")).Without(TextNotImported("title")) : Read(NotImported("title"), TextNotImported("title"))),
                ("addresses", Read(NotImported("addresses"))),
                ("federal_register_notice", Unless(v.Name, TextNotImported("federal_register_notice"))),
                ("start_date", Read(new NoteOf(ScreeningListCodes.InvalidDate, "start_date"))),
                ("end_date", Unless(v.InText, TextNotImported("license_requirement"))),
                ("standard_order", Unless(v.InText, TextNotImported("license_requirement"))),
                ("license_requirement", Unless(v.InText, TextNotImported("license_requirement"))),
                ("license_policy", Unless(v.InText, TextNotImported("license_requirement"))),
                ("remarks", Unless(v.Text, TextNotImported("remarks"))),
                ("alt_names", Unless(v.Name, TextNotImported("alt_names"))),
                ("citizenships", Read(new NoteOf(ScreeningListCodes.UnmappedCountry, "citizenships"), NotImported("citizenships"))),
                ("nationalities", Read(new NoteOf(ScreeningListCodes.UnmappedCountry, "nationalities"), NotImported("nationalities"))),
                ("dates_of_birth", Read(NotImported("dates_of_birth"))),
                ("ids", Read(NotImported("ids"))),
                ("call_sign", Read(NotImported("call_sign"))),
                ("source_list_url", Read(NotImported("source_list_url"))),
                ("source_information_url", Read(NotImported("source_information_url"))),
            })
            {
                T($"{column}: {v.Label}", expected, Header + C((column, v.Value), ("type", "Individual")) + C(("_id", "b"), (column, v.Value), ("type", "Entity"), ("source", Sdn), ("entity_number", "1")));
            }
        }

        // Addresses Uri takes and a Source refuses are dropped with a note, as those Uri refuses.
        string[] urls =
        [
            "https://example.com/a b", "HTTPS://EXAMPLE.COM/", "https://user@example.com/", "https://bücher.de/", "http://example.com:99999/", "https://example.com/%zz",
            "https://example.com/é", "http://[::1]/", "http://-a.com/", "https://" + new string('a', 3000) + ".com/", "https://example.com/\u202Egpj",
            "https://example.com/a\\b", "https://example.com/\"", "https://example.com/{x}", "https://example.com/|", "https://example.com/^", "https://example.com/`",
            "https://a_b.com/", "http://example.com:/", "http://example.com:0080/",
        ];
        foreach (var url in urls)
        {
            T($"source_list_url {ImportContract.Printable(url, 40)}", Read(NotImported("source_list_url")), Header + C(("source_list_url", url)));
            T($"source_information_url {ImportContract.Printable(url, 40)}", Read(NotImported("source_information_url")), Header + C(("source", Sdn), ("source_information_url", url)));
        }

        T("source_list_url http://1.2.3.4/", Read().Without(NotImported("source_list_url")), Header + C(("source_list_url", "http://1.2.3.4/")));

        foreach (var (date, valid) in new[] { ("0000-00-00", false), ("9999-12-31T25:61", false), ("2020-02-30", false), ("0000", false), ("9999-12-31", true), ("2020-1-1", false), (" 2020-01-01", true), ("２０２０-01-01", false) })
        {
            T($"start_date {date}", Unless(valid, new NoteOf(ScreeningListCodes.InvalidDate, "start_date")), Header + C(("start_date", date)));
        }

        NoteOf duplicateId = new(ScreeningListCodes.DuplicateId, "_id");
        T("_id x twice and x-2", Read(duplicateId), Header + C(("_id", "x")) + C(("_id", "x")) + C(("_id", "x-2")));
        T("_id that slug alike", Read().Without(duplicateId), Header + C(("_id", "A B")) + C(("_id", "a-b")) + C(("_id", "a b")) + C(("_id", "a_b")));
        T("_id differing only in case", Read().Without(duplicateId), Header + C(("_id", "Ab")) + C(("_id", "ab")) + C(("_id", "AB")));
        T("programs that slug alike", Read().Without(TextNotImported("programs")), Header + C(("programs", "A B; A-B; a_b; A  B")));
        T("programs of 5000", Read().Without(TextNotImported("programs")), Header + C(("programs", string.Join(";", Enumerable.Range(0, 5000).Select(static i => "P" + i)))));
        T("name with only the successor tail", RowError(ScreeningListCodes.InvalidName, 2, "name"), Header + C(("name", "; and any successor, sub-unit, or subsidiary thereof")));
        T("name with the tail twice", Read(new NoteOf(ScreeningListCodes.NameShortened, "name")), Header + C(("name", "X; and any successor, sub-unit, or subsidiary thereof; and any successor, sub-unit, or subsidiary thereof")));
        T("alt names with and", Read().Without(TextNotImported("alt_names")), Header + C(("alt_names", "and ; and; and and X;;; ;EXAMPLE;example")));
        T("addresses odd", Read(new NoteOf(ScreeningListCodes.SeveralCountries, "addresses")), Header + C(("addresses", ",; , US;US;x, XX; x, us; x, ZZ; x,\u00A0US")));
        T("type forms", RowError(ScreeningListCodes.UnknownType, 3, "type"), Header + C(("type", "INDIVIDUAL")) + C(("_id", "b"), ("type", "İndividual")) + C(("_id", "c"), ("type", " entity ")));
        T("every type", Read(new(ScreeningListCodes.VesselNotImported, "type"), new(ScreeningListCodes.AircraftNotImported, "type")),
            Header + C(("type", "vessel")) + C(("_id", "b"), ("type", "Aircraft")) + C(("_id", "c"), ("type", "individual"), ("title", "x")));
        T("descriptions past 20000", Read(TextNotImported("license_requirement")), Header + C(("license_requirement", new string('r', 10_000)), ("license_policy", new string('p', 10_000)), ("standard_order", "x")));
        T("header with spaces", Read(), " _id , source ,name\na,\"" + El + "\",EXAMPLE\n");
        T("header with an empty column", Read(new NoteOf(ScreeningListCodes.UnknownColumn)), "_id,,source,name\na,,\"" + El + "\",EXAMPLE\n");
        T("header of 10000 columns", InputError(ScreeningListCodes.WrongColumnCount), "_id,source,name," + string.Join(",", Enumerable.Range(0, 10_000).Select(static i => "c" + i)) + "\n");
        T("CR-only line ends", Read(), (Header + C() + C(("_id", "b"))).Replace("\n", "\r", StringComparison.Ordinal));
        B("BOM twice", InputError(ScreeningListCodes.MissingColumn), [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Header + C())]);
        B("Latin-1 bytes 0x80-0x9F", RowError(ScreeningListCodes.WrongColumnCount, 2, ""), [.. Encoding.UTF8.GetBytes(Header + "a,\"" + El + "\",,,,\"EX"), 0x85, 0x9F, .. Encoding.UTF8.GetBytes("\"\n")]); // its cells are not read
        B("Latin-1 bytes 0x80-0x9F in a full row", InputError(ScreeningListCodes.NotUtf8), [.. Encoding.UTF8.GetBytes(Header + "a,\"" + El + "\",,,,\"EX"), 0x85, 0x9F, .. Encoding.UTF8.GetBytes("\"" + new string(',', ScreeningListHeader.Length - 6) + "\n")]);
        B("0x1A at the end", RowError(ScreeningListCodes.WrongColumnCount, 3, ""), [.. Encoding.UTF8.GetBytes(Header + C()), 0x1A]);
        B("NUL bytes only", InputError(ScreeningListCodes.MissingColumn), new byte[64]);
        T("a row of many commas", RowError(ScreeningListCodes.WrongColumnCount, 2, ""), Header + new string(',', 200_000) + "\n" + C(("_id", "b")));
        T("unknown source", Read(new NoteOf(ScreeningListCodes.UnknownSourceList, "source")), Header + C(("source", "x")) + C(("_id", "b"), ("source", "")));
        T("source with spaces", Read().Without(new NoteOf(ScreeningListCodes.UnknownSourceList)), Header + C(("source", "  " + El.ToUpperInvariant() + "  ")));
        return d;
    }

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(CslNames))]
    public async Task Screening_list_input_gives_its_typed_error_or_its_notes(string name)
    {
        var (bytes, expected) = CslCases[name];
        var ct = TestContext.Current.CancellationToken;

        var problems = await ImportContract.CheckAsync(o => ScreeningListImport.ReadAsync(new MemoryStream(bytes), Published, o, ct), expected, ct);

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\ncsv: " + ImportContract.Printable(Encoding.UTF8.GetString(bytes), 300));
    }

    /// <summary>The files of one OFAC case.</summary>
    public sealed record OfacInput(byte[] Sdn, byte[]? Add = null, byte[]? Alt = null, byte[]? Comments = null);
}
