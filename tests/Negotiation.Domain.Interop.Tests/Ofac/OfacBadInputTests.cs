using System.Text;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.Ofac;
using Negotiation.Domain.Interop.Tests.Csv;
using static Negotiation.Domain.Interop.Ofac.OfacImportCodes;

namespace Negotiation.Domain.Interop.Tests.Ofac;

/// <summary>The catalogue of bad OFAC input: each case, its typed error (code, line, path) or its note. None may crash or hang.</summary>
public sealed class OfacBadInputTests
{
    private const string Nulls = ",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

    /// <summary>A good row of sdn.csv: an entity with one program.</summary>
    private static string Good(int ent) => $"{ent},\"EXAMPLE {ent}\",-0- ,\"SDGT\"{Nulls}\r\n";

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(static p => p switch { string s => Latin1(s), byte[] b => b, byte b => [b], _ => throw new ArgumentException("part") })];

    /// <summary>Inputs the import refuses: the error's code, line and path.</summary>
    public static readonly Dictionary<string, (Input Input, string Code, long Line, string Path)> Errors = new()
    {
        ["unbalanced quote"] = (new(Latin1(Good(1) + "2,\"EXAMPLE 2,-0- ,\"SDGT\"" + Nulls + "\r\n")), StrayQuote, 2, "sdn.csv:SDN_Name"),
        ["quote still open at the end"] = (new(Latin1(Good(1) + "2,\"EXAMPLE 2" + Nulls)), UnterminatedQuote, 2, "sdn.csv:SDN_Name"),
        ["quote inside an unquoted field"] = (new(Latin1($"1,EXA\"MPLE,-0- ,\"SDGT\"{Nulls}\r\n")), StrayQuote, 1, "sdn.csv:SDN_Name"),
        ["text after a closing quote"] = (new(Latin1($"1,\"EXAMPLE\"X,-0- ,\"SDGT\"{Nulls}\r\n")), StrayQuote, 1, "sdn.csv:SDN_Name"),
        ["eleven columns"] = (new(Latin1("1,\"EXAMPLE\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n")), WrongColumnCount, 1, "sdn.csv"),
        ["a line of 100 000 commas"] = (new(Latin1(Good(1) + new string(',', 100_000) + "\r\n" + Good(3))), WrongColumnCount, 2, "sdn.csv"),
        ["thirteen columns"] = (new(Latin1(Good(1) + $"2,\"EXAMPLE\",-0- ,\"SDGT\"{Nulls},-0- \r\n")), WrongColumnCount, 2, "sdn.csv"),
        ["non-numeric ent_num"] = (new(Latin1($"12a,\"EXAMPLE\",-0- ,\"SDGT\"{Nulls}\r\n")), InvalidEntNum, 1, "sdn.csv:ent_num"),
        ["ent_num zero"] = (new(Latin1($"0,\"EXAMPLE\",-0- ,\"SDGT\"{Nulls}\r\n")), InvalidEntNum, 1, "sdn.csv:ent_num"),
        ["ent_num null"] = (new(Latin1($"-0- ,\"EXAMPLE\",-0- ,\"SDGT\"{Nulls}\r\n")), InvalidEntNum, 1, "sdn.csv:ent_num"),
        ["ent_num beyond int"] = (new(Latin1($"99999999999,\"EXAMPLE\",-0- ,\"SDGT\"{Nulls}\r\n")), InvalidEntNum, 1, "sdn.csv:ent_num"),
        ["duplicate ent_num"] = (new(Latin1(Good(7) + Good(8) + Good(7))), DuplicateEntNum, 3, "sdn.csv:ent_num"),
        ["no name"] = (new(Latin1($"1,-0- ,-0- ,\"SDGT\"{Nulls}\r\n")), InvalidName, 1, "sdn.csv:SDN_Name"),
        ["name of 501 characters"] = (new(Latin1($"1,\"{new string('N', 501)}\",-0- ,\"SDGT\"{Nulls}\r\n")), InvalidName, 1, "sdn.csv:SDN_Name"),
        ["name with a tab"] = (new(Latin1($"1,\"EXAMPLE\tTRADING\",-0- ,\"SDGT\"{Nulls}\r\n")), InvalidName, 1, "sdn.csv:SDN_Name"),
        ["unknown SDN_Type"] = (new(Latin1($"1,\"EXAMPLE\",\"ship\",\"SDGT\"{Nulls}\r\n")), UnknownSdnType, 1, "sdn.csv:SDN_Type"),
        ["a C1 control byte"] = (new(Bytes("1,\"EXAMPLE ", (byte)0x85, $"\",-0- ,\"SDGT\"{Nulls}\r\n")), NotLatin1, 1, "sdn.csv:SDN_Name"),
        ["UTF-8 text"] = (new(Bytes("1,\"CAF", (byte)0xC3, (byte)0xA9, $"\",-0- ,\"SDGT\"{Nulls}\r\n")), NotLatin1, 1, "sdn.csv:SDN_Name"),
        ["a UTF-8 byte order mark"] = (new(Bytes((byte)0xEF, (byte)0xBB, (byte)0xBF, Good(1))), NotLatin1, 1, "sdn.csv"),
        ["a control byte"] = (new(Bytes("1,\"EXAMPLE ", (byte)0x01, $"\",-0- ,\"SDGT\"{Nulls}\r\n")), NotLatin1, 1, "sdn.csv:SDN_Name"),
        ["0x1A inside a field"] = (new(Bytes("1,\"EXAMPLE ", (byte)0x1A, $"\",-0- ,\"SDGT\"{Nulls}\r\n")), NotLatin1, 1, "sdn.csv:SDN_Name"),
        ["empty file"] = (new([]), EmptyFile, 0, "sdn.csv"),
        ["only the end-of-file byte"] = (new([0x1A]), EmptyFile, 0, "sdn.csv"),
        ["only blank lines"] = (new(Latin1("\r\n\r\n")), EmptyFile, 0, "sdn.csv"),
        ["text after the end-of-file byte"] = (new(Bytes(Good(1), (byte)0x1A, "\r\n", Good(2))), DataAfterEndMarker, 2, "sdn.csv"),
        ["add.csv with five columns"] = (new(Latin1(Good(1)), Add: Latin1("1,11,\"Street 1\",\"City\",\"France\"\r\n")), WrongColumnCount, 1, "add.csv"),
        ["alt.csv with a non-numeric ent_num"] = (new(Latin1(Good(1)), Alt: Latin1("x1,11,\"aka\",\"OTHER\",-0- \r\n")), InvalidEntNum, 1, "alt.csv:ent_num"),
        ["sdn_comments.csv naming an entry twice"] = (new(Latin1(Good(1)), Comments: Latin1("1,\"more\"\r\n1,\"again\"\r\n")), DuplicateEntNum, 2, "sdn_comments.csv:ent_num"),
        ["add.csv not Latin-1"] = (new(Latin1(Good(1)), Add: Bytes("1,11,\"Stra", (byte)0xC3, (byte)0x9F, "e\",-0- ,\"Germany\",-0- \r\n")), NotLatin1, 1, "add.csv:Address"),
        ["a 200 MB line"] = (new(LongLine: true), LineTooLong, 1, "sdn.csv:SDN_Name"),
    };

    /// <summary>Inputs the import reads with a note: the note's code and the ent_num it is about.</summary>
    public static readonly Dictionary<string, (Input Input, string Code, string? SourceId)> Notes = new()
    {
        ["alt row for an unknown entity"] = (new(Latin1(Good(1)), Alt: Latin1("2,11,\"aka\",\"OTHER\",-0- \r\n")), OrphanRow, "2"),
        ["address row for an unknown entity"] = (new(Latin1(Good(1)), Add: Latin1("2,11,\"Street 1\",\"Paris\",\"France\",-0- \r\n")), OrphanRow, "2"),
        ["comment for an unknown entity"] = (new(Latin1(Good(1)), Comments: Latin1("2,\"more\"\r\n")), OrphanRow, "2"),
        ["a bad row, skipped on request"] = (new(Latin1(Good(1) + "x,\"BAD\",-0- ,\"SDGT\"" + Nulls + "\r\n" + Good(3)), Skip: true), SkippedLine, null),
        ["an unterminated quote, skipped on request"] = (new(Latin1(Good(1) + "2,\"EXAMPLE 2" + Nulls), Skip: true), SkippedLine, null),
        ["a 200 MB line, skipped on request"] = (new(LongLine: true, Skip: true), SkippedLine, null),
        ["a program named twice"] = (new(Latin1($"1,\"EXAMPLE\",-0- ,\"SDGT] [SDGT\"{Nulls}\r\n")), DuplicateProgram, "1"),
        ["a program tag with a tab"] = (new(Latin1($"1,\"EXAMPLE\",-0- ,\"SDGT\tX\"{Nulls}\r\n")), ProgramNotImported, "1"),
        ["no program"] = (new(Latin1($"1,\"EXAMPLE\",-0- ,-0- {Nulls}\r\n")), NoProgram, "1"),
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
        Assert.NotEmpty(exception.Error.Message);
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
        var records = await RunAsync(TestContext.Current.CancellationToken, Notes["a bad row, skipped on request"].Input);

        Assert.Equal(["ofac-sdn-1", "ofac-sdn-3"], records.OfType<ImportedParty>().Select(static p => p.Party.Id.Value).Where(static id => id.StartsWith("ofac-", StringComparison.Ordinal)));
        var note = Assert.Single(records.OfType<ImportedNote>(), n => n.Note.Code == SkippedLine).Note;
        Assert.Equal(2, note.Line);
        Assert.Contains(InvalidEntNum, note.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SDGT] [IR\tGC] [IRAN", "ofac-sdn-1-sdgt=SDGT ofac-sdn-1-iran=IRAN", 1)]
    [InlineData("SDGT\tX", "ofac-sdn-1=", 2)]
    [InlineData("[\u00AD]] [SDGT\r\nX", "ofac-sdn-1=", 3)]
    [InlineData("A] [a] [A", "ofac-sdn-1-a=A", 0)]
    public async Task A_program_tag_that_is_not_a_name_is_dropped_but_not_the_listing(string programs, string sanctions, int notes)
    {
        var records = await RunAsync(TestContext.Current.CancellationToken, new(Latin1($"1,\"EXAMPLE\",-0- ,\"{programs}\"{Nulls}\r\n")));

        Assert.Equal(sanctions, string.Join(" ", records.OfType<ImportedSanction>().Select(static s => $"{s.Sanction.Id}={s.Sanction.Program}")));
        Assert.Equal(notes, records.OfType<ImportedNote>().Count(static n => n.Note is { Code: ProgramNotImported, SourceId: "1", Property: "Program" }));
    }

    [Fact(Timeout = 20_000)]
    public async Task A_200_MB_line_fails_as_soon_as_it_passes_the_limit()
    {
        var stream = new LongLineStream(Latin1("1,\""), 200L * 1024 * 1024, (byte)'A');

        var exception = await Assert.ThrowsAsync<ImportException>(() => Collect(OfacSdnImport.ReadAsync(stream, null, null, null, OfacSdnImportTests.Published, new ImportOptions { MaxLineBytes = 1024 * 1024 }, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));

        Assert.Equal(LineTooLong, exception.Error.Code);
        Assert.True(stream.Position < 2 * 1024 * 1024, $"read {stream.Position} bytes");
    }

    [Fact]
    public async Task Lf_line_ends_blank_lines_and_no_end_byte_are_read_too()
    {
        var records = await RunAsync(TestContext.Current.CancellationToken, new(Latin1(Good(1).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n\n" + Good(2))));

        Assert.Equal(2, records.OfType<ImportedParty>().Count(static p => p.Party.Id.Value.StartsWith("ofac-sdn-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_code_is_produced_by_a_fixture_or_a_catalogue_case()
    {
        var produced = Errors.Values.Select(static c => c.Code).Concat(Notes.Values.Select(static c => c.Code)).ToHashSet();
        produced.UnionWith(File.ReadAllLines(TestFiles.Fixture("Ofac", "expected-notes.txt")).Select(static l => l[..l.IndexOf(' ', StringComparison.Ordinal)]));
        produced.Add(RefusedValue); // the safety net, which no input reaches: CsvRowGuardTests produce it
        var codes = typeof(OfacImportCodes).GetFields().Select(static f => (string)f.GetRawConstantValue()!);

        Assert.Empty(codes.Except(produced));
    }

    private static Task<List<ImportRecord>> RunAsync(CancellationToken cancellationToken, Input input) => RunAsync(input, cancellationToken);

    private static async Task<List<ImportRecord>> RunAsync(Input input, CancellationToken cancellationToken)
    {
        var options = new ImportOptions { SkipBadLines = input.Skip, MaxLineBytes = 1024 * 1024 };
        Stream sdn = input.LongLine ? new LongLineStream(Latin1("1,\""), 200L * 1024 * 1024, (byte)'A') : new MemoryStream(input.Sdn ?? []);
        return await Collect(OfacSdnImport.ReadAsync(
            sdn,
            input.Add is null ? null : new MemoryStream(input.Add),
            input.Alt is null ? null : new MemoryStream(input.Alt),
            input.Comments is null ? null : new MemoryStream(input.Comments),
            OfacSdnImportTests.Published,
            options),
            cancellationToken);
    }

    private static async Task<List<ImportRecord>> Collect(IAsyncEnumerable<ImportRecord> records, CancellationToken cancellationToken)
    {
        var list = new List<ImportRecord>();
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            list.Add(record);
        }

        return list;
    }

    /// <summary>The files of one case.</summary>
    public sealed record Input(byte[]? Sdn = null, byte[]? Add = null, byte[]? Alt = null, byte[]? Comments = null, bool Skip = false, bool LongLine = false);
}
