using System.Text;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.ScreeningList;
using Negotiation.Domain.Interop.Tests.Csv;
using static Negotiation.Domain.Interop.ScreeningList.ScreeningListCodes;

namespace Negotiation.Domain.Interop.Tests.ScreeningList;

/// <summary>The catalogue of bad Consolidated Screening List input: each case, its typed error (code, line, column name) or its note.</summary>
public sealed class ScreeningListBadInputTests
{
    private const string Header = "_id,source,entity_number,type,programs,name,start_date,alt_names\n";
    private const string El = "Entity List (EL) - Bureau of Industry and Security";
    private const string Sdn = "Specially Designated Nationals (SDN) - Treasury Department";

    private static string Good(string id) => $"{id},\"{El}\",,,,\"EXAMPLE {id}\",2020-01-02,\n";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(static p => p switch { string s => Utf8(s), byte[] b => b, byte b => [b], _ => throw new ArgumentException("part") })];

    public static readonly Dictionary<string, (Input Input, string Code, long Line, string Path)> Errors = new()
    {
        ["empty file"] = (new([]), EmptyFile, 0, ""),
        ["only a byte order mark"] = (new([0xEF, 0xBB, 0xBF]), EmptyFile, 0, ""),
        ["header without name"] = (new(Utf8("_id,source,type\n1,x,\n")), MissingColumn, 1, "name"),
        ["header without _id"] = (new(Utf8("source,name\nx,y\n")), MissingColumn, 1, "_id"),
        ["header without source"] = (new(Utf8("_id,name\n1,y\n")), MissingColumn, 1, "source"),
        ["a column named twice"] = (new(Utf8("_id,source,name,name\n")), DuplicateColumn, 1, "name"),
        ["a row with too few cells"] = (new(Utf8(Header + Good("a") + $"b,\"{El}\",,\n")), WrongColumnCount, 3, ""),
        ["a row with too many cells"] = (new(Utf8(Header + $"b,\"{El}\",,,,\"X\",,,extra\n")), WrongColumnCount, 2, ""),
        ["a row of 100 000 commas"] = (new(Utf8(Header + Good("a") + new string(',', 100_000) + "\n" + Good("c"))), WrongColumnCount, 3, ""),
        ["a header of 2 000 columns"] = (new(Utf8("_id,source,name," + string.Join(",", Enumerable.Range(0, 2_000).Select(static i => $"c{i}")) + "\n")), WrongColumnCount, 1, ""),
        ["an empty _id"] = (new(Utf8(Header + $",\"{El}\",,,,\"EXAMPLE\",,\n")), MissingId, 2, "_id"),
        ["an _id with a control character"] = (new(Utf8(Header + Good("a") + $"\"b\u202Ec\",\"{El}\",,,,\"EXAMPLE\",,\n")), InvalidId, 3, "_id"),
        ["an _id of only invisible characters"] = (new(Utf8(Header + "\u200B," + $"\"{El}\",,,,\"EXAMPLE\",,\n")), InvalidId, 2, "_id"),
        ["an empty name"] = (new(Utf8(Header + $"a,\"{El}\",,,,,,\n")), InvalidName, 2, "name"),
        ["a name of 501 characters"] = (new(Utf8(Header + $"a,\"{El}\",,,,\"{new string('N', 501)}\",,\n")), InvalidName, 2, "name"),
        ["a name on two lines"] = (new(Utf8(Header + $"a,\"{El}\",,,,\"EXAMPLE\nTRADING\",,\n")), InvalidName, 2, "name"),
        ["an unknown type"] = (new(Utf8(Header + $"a,\"{El}\",,Ship,,\"EXAMPLE\",,\n")), UnknownType, 2, "type"),
        ["unbalanced quote"] = (new(Utf8(Header + Good("a") + $"b,\"{El},,,,\"EXAMPLE\",,\n")), StrayQuote, 3, "source"),
        ["quote still open at the end"] = (new(Utf8(Header + $"b,\"{El}\",,,,\"EXAMPLE,,\n")), UnterminatedQuote, 2, "name"),
        ["quote inside an unquoted field"] = (new(Utf8(Header + $"b,\"{El}\",,,,EXA\"MPLE,,\n")), StrayQuote, 2, "name"),
        ["Latin-1, not UTF-8"] = (new(Bytes(Header, $"a,\"{El}\",,,,\"CAF", (byte)0xE9, "\",,\n")), NotUtf8, 2, "name"),
        ["Latin-1 even when skipping bad lines"] = (new(Bytes(Header, $"a,\"{El}\",,,,\"CAF", (byte)0xE9, "\",,\n"), Skip: true), NotUtf8, 2, "name"),
        ["UTF-16"] = (new(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header)).ToArray()), NotUtf8, 1, ""), // the header's names are not read yet
        ["a truncated UTF-8 sequence"] = (new(Bytes(Header, $"a,\"{El}\",,,,\"CAF", (byte)0xC3, "\",,\n")), NotUtf8, 2, "name"),
        ["a 200 MB line"] = (new(LongLine: true), LineTooLong, 2, "name"),
    };

    public static readonly Dictionary<string, (Input Input, string Code, string? SourceId)> Notes = new()
    {
        ["an unknown column"] = (new(Utf8("_id,source,name,beep\n" + $"a,\"{El}\",\"EXAMPLE\",boop\n")), UnknownColumn, null),
        ["an unknown list"] = (new(Utf8(Header + "a,\"Future List (FL) - Example Department\",,Entity,,\"EXAMPLE\",,\n")), UnknownSourceList, "a"),
        ["a start date that is not a date"] = (new(Utf8(Header + $"a,\"{El}\",,,,\"EXAMPLE\",2020/01/02,\n")), InvalidDate, "a"),
        ["an _id on two rows"] = (new(Utf8(Header + Good("a") + Good("a"))), DuplicateId, "a"),
        ["a bad row, skipped on request"] = (new(Utf8(Header + Good("a") + $",\"{El}\",,,,\"X\",,\n" + Good("c")), Skip: true), SkippedLine, null),
        ["a 200 MB line, skipped on request"] = (new(LongLine: true, Skip: true), SkippedLine, null),
        ["a vessel"] = (new(Utf8(Header + "a,\"Specially Designated Nationals (SDN) - Treasury Department\",7,Vessel,IRAN,\"EXAMPLE STAR\",,\n")), VesselNotImported, "a"),
        ["an entity_number with a tab on a Treasury list"] = (new(Utf8(Header + $"a,\"{Sdn}\",\"1\t2\",Entity,SDGT,\"EXAMPLE\",,\n")), TextNotImported, "a"),
        ["a party id an earlier row took"] = (new(Utf8(Header + Good("x") + Good("x") + Good("x-2"))), DuplicateId, "x-2"),
        ["no type"] = (new(Utf8(Header + Good("a"))), TypeAssumed, "a"),
    };

    public static TheoryData<string> ErrorNames => [.. Errors.Keys];

    public static TheoryData<string> NoteNames => [.. Notes.Keys];

    [Fact]
    public void The_catalogue_has_at_least_twenty_cases() => Assert.True(Errors.Count + Notes.Count >= 20);

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(ErrorNames))]
    public async Task A_bad_input_stops_the_import_with_its_typed_error(string name)
    {
        var (input, code, line, path) = Errors[name];

        var exception = await Assert.ThrowsAsync<ImportException>(() => RunAsync(input, TestContext.Current.CancellationToken));

        Assert.Equal((code, line, path), (exception.Error.Code, exception.Error.Line, exception.Error.Path));
    }

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(NoteNames))]
    public async Task An_odd_input_is_read_with_its_note(string name)
    {
        var (input, code, sourceId) = Notes[name];

        var records = await RunAsync(input, TestContext.Current.CancellationToken);

        Assert.Contains(records.OfType<ImportedNote>(), n => n.Note.Code == code && (sourceId is null || n.Note.SourceId == sourceId));
    }

    [Fact]
    public async Task Skipping_a_bad_row_keeps_the_rows_around_it()
    {
        var records = await RunAsync(Notes["a bad row, skipped on request"].Input, TestContext.Current.CancellationToken);

        Assert.Equal(["csl-a", "csl-c"], records.OfType<ImportedParty>().Select(static p => p.Party.Id.Value).Where(static id => id.StartsWith("csl-", StringComparison.Ordinal)));
        Assert.Equal(3, Assert.Single(records.OfType<ImportedNote>(), static n => n.Note.Code == SkippedLine).Note.Line);
    }

    [Fact]
    public async Task An_id_refused_is_skipped_on_request_and_the_rows_around_it_kept()
    {
        var records = await RunAsync(new(Errors["an _id with a control character"].Input.Csv!.Concat(Utf8(Good("c"))).ToArray(), Skip: true), TestContext.Current.CancellationToken);

        Assert.Equal(["csl-a", "csl-c"], records.OfType<ImportedParty>().Select(static p => p.Party.Id.Value).Where(static id => id.StartsWith("csl-", StringComparison.Ordinal)));
        var note = Assert.Single(records.OfType<ImportedNote>(), static n => n.Note.Code == SkippedLine).Note;
        Assert.Equal((3L, "_id"), (note.Line, note.Property));
        Assert.Contains(InvalidId, note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entity_number_refused_leaves_the_party_and_its_sanction_without_the_ofac_id()
    {
        var records = await RunAsync(Notes["an entity_number with a tab on a Treasury list"].Input, TestContext.Current.CancellationToken);

        var party = Assert.Single(records.OfType<ImportedParty>(), static p => p.Party.Id.Value == "csl-a").Party;
        Assert.Equal(["csl:a"], party.ExternalIds.Select(static e => e.ToString()));
        Assert.Equal(["csl-a-sdgt"], records.OfType<ImportedSanction>().Select(static s => s.Sanction.Id.Value));
        Assert.Contains(records.OfType<ImportedNote>(), static n => n.Note is { Code: TextNotImported, Property: "entity_number" });
    }

    [Fact]
    public async Task Ids_made_alike_by_suffixes_get_one_more()
    {
        // "x" twice makes csl-x-2, which "x-2" would have: it gets csl-x-2-2; "y" with the program 2 and a row "y-2"
        // would share the sanction id csl-y-2.
        var header = "_id,source,programs,name\n";
        var csv = header + $"x,\"{El}\",,A\nx,\"{El}\",,B\nx-2,\"{El}\",,C\ny,\"{El}\",2,D\ny-2,\"{El}\",,E\n";

        var records = await RunAsync(new(Utf8(csv)), TestContext.Current.CancellationToken);

        Assert.Equal(["csl-x", "csl-x-2", "csl-x-2-2", "csl-y", "csl-y-2"], records.OfType<ImportedParty>().Select(static p => p.Party.Id.Value).Where(static id => id.StartsWith("csl-", StringComparison.Ordinal)));
        Assert.Equal(["csl-x", "csl-x-2", "csl-x-2-2", "csl-y-2", "csl-y-2-2"], records.OfType<ImportedSanction>().Select(static s => s.Sanction.Id.Value));
        Assert.Equal(3, records.OfType<ImportedNote>().Count(static n => n.Note.Code == DuplicateId));
    }

    [Theory]
    [InlineData("https://example.com/a b")]
    [InlineData("HTTPS://EXAMPLE.COM/")]
    [InlineData("https://user@example.com/")]
    [InlineData("https://bücher.de/")]
    [InlineData("https://example.com/%zz")]
    [InlineData("http://[::1]/")]
    public async Task A_source_url_the_library_refuses_is_dropped_with_a_note(string url)
    {
        var csv = "_id,source,name,source_list_url,source_information_url\n" + $"a,\"{El}\",EXAMPLE,\"{url}\",https://example.com/info\n";

        var records = await RunAsync(new(Utf8(csv)), TestContext.Current.CancellationToken);

        var note = Assert.Single(records.OfType<ImportedNote>(), static n => n.Note.Code == ColumnNotImported && n.Note.Property == "source_list_url").Note;
        Assert.Contains("not a web address this format accepts", note.Message, StringComparison.Ordinal);
        Assert.Equal(["us-consolidated-screening-list", "csl-el-information"], records.OfType<ImportedSource>().Select(static s => s.Source.Id.Value));
        Assert.Equal(["us-consolidated-screening-list", "csl-el-information"], Assert.Single(records.OfType<ImportedSanction>()).Sanction.Attribution!.Sources.Select(static s => s.Value));
    }

    [Fact]
    public async Task A_header_only_file_gives_its_source_and_nothing_else()
    {
        var records = await RunAsync(new(Utf8("\uFEFF" + Header)), TestContext.Current.CancellationToken);

        Assert.IsType<ImportedSource>(Assert.Single(records));
    }

    [Fact]
    public void Every_code_is_produced_by_a_fixture_or_a_catalogue_case()
    {
        var produced = Errors.Values.Select(static c => c.Code).Concat(Notes.Values.Select(static c => c.Code)).ToHashSet();
        produced.UnionWith(File.ReadAllLines(TestFiles.Fixture("ScreeningList", "expected-notes.txt")).Select(static l => l[..l.IndexOf(' ', StringComparison.Ordinal)]));
        produced.Add(RefusedValue); // the safety net, which no input reaches: CsvRowGuardTests produce it
        var codes = typeof(ScreeningListCodes).GetFields().Select(static f => (string)f.GetRawConstantValue()!);

        Assert.Empty(codes.Except(produced));
    }

    private static async Task<List<ImportRecord>> RunAsync(Input input, CancellationToken cancellationToken)
    {
        var options = new ImportOptions { SkipBadLines = input.Skip, MaxLineBytes = 1024 * 1024 };
        Stream csv = input.LongLine ? new LongLineStream(Utf8(Header + $"a,\"{El}\",,,,\""), 200L * 1024 * 1024, (byte)'A') : new MemoryStream(input.Csv ?? []);
        var list = new List<ImportRecord>();
        await foreach (var record in ScreeningListImport.ReadAsync(csv, ScreeningListImportTests.Published, options, cancellationToken))
        {
            list.Add(record);
        }

        return list;
    }

    /// <summary>The file of one case.</summary>
    public sealed record Input(byte[]? Csv = null, bool Skip = false, bool LongLine = false);
}
