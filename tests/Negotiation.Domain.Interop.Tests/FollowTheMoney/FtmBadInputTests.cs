using System.Text;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>
/// The bad-input catalogue: each case is an input and the exact typed error (code, line, path) it gets; with
/// <see cref="ImportOptions.SkipBadLines"/>, the <c>skipped-line</c> note and the lines read after it. Each has a timeout:
/// no input may hang the import.
/// </summary>
public sealed class FtmBadInputTests
{
    private const string Good = """{"id":"good-1","schema":"Organization","properties":{"name":["Example Good Co."]}}""";

    public static TheoryData<string, FtmFormat, string, string, long, string> Cases => new()
    {
        // name, format, input, code, line, path
        { "cut-short JSON", FtmFormat.Entities, """{"id":"a","schema":"Person","properties":{"name":["A"]""", FtmCodes.InvalidJson, 1, "$.properties" },
        { "broken second line", FtmFormat.Entities, Good + "\n{\"id\":\"b\",,}", FtmCodes.InvalidJson, 2, "$" },
        { "two values on a line", FtmFormat.Entities, """{"id":"a","schema":"Person"} {"id":"b"}""", FtmCodes.InvalidJson, 1, "$" },
        { "a list, not an entity", FtmFormat.Entities, "[1,2]", FtmCodes.NotAnEntity, 1, "$" },
        { "a bare string", FtmFormat.Entities, "\"Person\"", FtmCodes.NotAnEntity, 1, "$" },
        { "properties is a list", FtmFormat.Entities, """{"id":"a","schema":"Person","properties":[]}""", FtmCodes.NotAnEntity, 1, "$.properties" },
        { "no id", FtmFormat.Entities, """{"schema":"Person","properties":{}}""", FtmCodes.MissingId, 1, "$" },
        { "empty id", FtmFormat.Entities, """{"id":"","schema":"Person"}""", FtmCodes.MissingId, 1, "$.id" },
        { "id a number", FtmFormat.Entities, """{"id":7,"schema":"Person"}""", FtmCodes.MissingId, 1, "$.id" },
        { "a blank id", FtmFormat.Entities, """{"id":" ","schema":"Person","properties":{"name":["A"]}}""", FtmCodes.InvalidId, 1, "$.id" },
        { "an id with a bidirectional override", FtmFormat.Entities, """{"id":"a\u202Eb","schema":"Sanction","properties":{}}""", FtmCodes.InvalidId, 1, "$.id" },
        { "an id of 501 characters", FtmFormat.Entities, "{\"id\":\"" + new string('i', 501) + "\",\"schema\":\"Person\"}", FtmCodes.InvalidId, 1, "$.id" },
        { "a nested id with a tab", FtmFormat.NestedTargets, """{"id":"t","schema":"Person","properties":{"sanctions":[{"id":"s\tx","schema":"Sanction"}]}}""", FtmCodes.InvalidId, 1, "$.properties.sanctions[0].id" },
        { "statements with a blank canonical id", FtmFormat.Statements, "canonical_id,prop,schema,value\n\" \",name,Person,A\n", FtmCodes.InvalidId, 2, "canonical_id" },
        { "no schema", FtmFormat.Entities, """{"id":"a","properties":{}}""", FtmCodes.MissingSchema, 1, "$" },
        { "schema a list", FtmFormat.Entities, """{"id":"a","schema":["Person"]}""", FtmCodes.MissingSchema, 1, "$.schema" },
        { "unknown schema", FtmFormat.Entities, """{"id":"a","schema":"Starship","properties":{}}""", FtmCodes.UnknownSchema, 1, "$.schema" },
        { "a property is a string", FtmFormat.Entities, """{"id":"a","schema":"Person","properties":{"name":"A"}}""", FtmCodes.WrongShape, 1, "$.properties.name" },
        { "a value is a number", FtmFormat.Entities, """{"id":"a","schema":"Person","properties":{"name":["A",2]}}""", FtmCodes.WrongShape, 1, "$.properties.name[1]" },
        { "a value is null", FtmFormat.Entities, """{"id":"a","schema":"Person","properties":{"name":[null]}}""", FtmCodes.WrongShape, 1, "$.properties.name[0]" },
        { "a nested entity outside targets.nested.json", FtmFormat.Entities, """{"id":"a","schema":"Person","properties":{"sanctions":[{"id":"s","schema":"Sanction"}]}}""", FtmCodes.WrongShape, 1, "$.properties.sanctions[0]" },
        { "a repeated property", FtmFormat.Entities, """{"id":"a","schema":"Person","properties":{"name":["A"],"name":["B"]}}""", FtmCodes.WrongShape, 1, "$.properties.name" },
        { "a repeated member", FtmFormat.Entities, """{"id":"a","id":"b","schema":"Person"}""", FtmCodes.WrongShape, 1, "$.id" },
        { "a caption that is a number", FtmFormat.Entities, """{"id":"a","schema":"Person","caption":3}""", FtmCodes.WrongShape, 1, "$.caption" },
        // Faults after the entity's own members: the second pass reads a good line only as far as them, so these are
        // found by the first pass alone, and the second must still skip their lines.
        { "broken JSON in the metadata after the properties", FtmFormat.Entities, """{"id":"a","caption":"A","schema":"Person","properties":{"name":["A"]},"datasets":[1,}""", FtmCodes.InvalidJson, 1, "$.datasets" },
        { "a member repeated after the properties", FtmFormat.Entities, """{"id":"a","caption":"A","schema":"Person","properties":{"name":["A"]},"target":true,"target":false}""", FtmCodes.WrongShape, 1, "$.target" },
        { "a second value after a whole entity", FtmFormat.Entities, """{"id":"a","caption":"A","schema":"Person","properties":{"name":["A"]}} 7""", FtmCodes.InvalidJson, 1, "$" },
        // Escapes that JSON allows but that make no Unicode text: each value is decoded only when mapped, so the parser
        // must try them at once.
        { "a lone surrogate escaped in an id", FtmFormat.Entities, """{"id":"\uD800x","schema":"Person","properties":{"name":["A"]}}""", FtmCodes.InvalidJson, 1, "$.id" },
        { "a lone surrogate escaped in a value", FtmFormat.Entities, """{"id":"a","schema":"Person","properties":{"name":["A\uDC00"]}}""", FtmCodes.InvalidJson, 1, "$.properties.name[0]" },
        { "a lone surrogate escaped in a caption", FtmFormat.Entities, """{"id":"a","caption":"\uDBFF","schema":"Person","properties":{"name":["A"]}}""", FtmCodes.InvalidJson, 1, "$.caption" },
        { "a lone surrogate escaped in a property name", FtmFormat.Entities, """{"id":"a","schema":"Person","properties":{"na\uD800me":["A"]}}""", FtmCodes.InvalidJson, 1, "$.properties" },
        { "a lone surrogate escaped in a schema", FtmFormat.Entities, """{"id":"a","schema":"Pers\uDC00on","properties":{"name":["A"]}}""", FtmCodes.InvalidJson, 1, "$.schema" },
        { "a duplicate id", FtmFormat.Entities, Good + "\n" + Good, FtmCodes.DuplicateId, 2, "$.id" },
        { "an empty file", FtmFormat.Entities, "", FtmCodes.EmptyInput, 0, "" },
        { "blank lines only", FtmFormat.Entities, "\n  \n\r\n", FtmCodes.EmptyInput, 0, "" },
        { "a list bomb", FtmFormat.Entities, new string('[', 100_000), FtmCodes.NotAnEntity, 1, "$" },
        { "a depth bomb in a member", FtmFormat.Entities, "{\"id\":\"a\",\"datasets\":" + new string('[', 100_000), FtmCodes.InvalidJson, 1, "$.datasets" },
        { "entities nested too deep", FtmFormat.NestedTargets, Nest(8), FtmCodes.WrongShape, 1, "$.properties.sanctions[0].properties.sanctions[0].properties.sanctions[0].properties.sanctions[0].properties.sanctions[0].properties.sanctions[0]" },
        { "a nested entity without a schema", FtmFormat.NestedTargets, """{"id":"a","schema":"Person","properties":{"sanctions":[{"id":"s"}]}}""", FtmCodes.MissingSchema, 1, "$.properties.sanctions[0]" },
        { "statements without a value column", FtmFormat.Statements, "canonical_id,prop,schema\na,name,Person\n", FtmCodes.MissingColumn, 1, "value" },
        { "statements with a short record", FtmFormat.Statements, "canonical_id,prop,schema,value\na,name,Person\n", FtmCodes.BadCsvRecord, 2, "" },
        { "statements with an open quote", FtmFormat.Statements, "canonical_id,prop,schema,value\na,name,Person,\"Open\n", FtmCodes.BadCsvRecord, 2, "" },
        { "statements of an entity not kept together", FtmFormat.Statements, "canonical_id,prop,schema,value\na,name,Person,A\nb,name,Person,B\na,alias,Person,Aa\n", FtmCodes.StatementsNotGrouped, 4, "canonical_id" },
        { "statements with a header only", FtmFormat.Statements, "canonical_id,prop,schema,value\n", FtmCodes.EmptyInput, 0, "" },
        { "statements of an unknown schema", FtmFormat.Statements, "canonical_id,prop,schema,value\na,name,Starship,A\n", FtmCodes.UnknownSchema, 2, "schema" },
        { "statements with no canonical id", FtmFormat.Statements, "canonical_id,prop,schema,value\n,name,Person,A\n", FtmCodes.MissingId, 2, "canonical_id" },
        { "an empty statements file", FtmFormat.Statements, "", FtmCodes.EmptyInput, 0, "" },
    };

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(Cases))]
    public async Task A_bad_input_gets_its_typed_error(string name, FtmFormat format, string input, string code, long line, string path)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested(); // the reads below take the same token
        var error = await FtmTestSupport.ErrorOfAsync(input, format);

        Assert.True(code == error.Code, $"{name}: expected {code}, got {error}");
        Assert.Equal(line, error.Line);
        Assert.Equal(path, error.Path);
        Assert.NotEmpty(error.Message);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(Cases))]
    public async Task With_skip_bad_lines_a_line_error_is_a_note_and_the_import_goes_on(string name, FtmFormat format, string input, string code, long line, string path)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested(); // the reads below take the same token
        _ = path;
        if (code is FtmCodes.EmptyInput or FtmCodes.MissingColumn)
        {
            // Errors of the whole input stop the import whatever the options.
            var whole = await FtmTestSupport.ErrorOfAsync(input, format, new ImportOptions { SkipBadLines = true });
            Assert.Equal(code, whole.Code);
            return;
        }

        var records = await FtmTestSupport.ReadAllAsync(input + "\n" + (format == FtmFormat.Statements ? "zz-last,name,Organization,Example Last Co.\n" : Good.Replace("good-1", "good-last", StringComparison.Ordinal) + "\n"), format, new ImportOptions { SkipBadLines = true });

        var skipped = records.Notes().Where(n => n.Code == FtmCodes.SkippedLine).ToList();
        Assert.True(skipped.Count >= 1, name);
        Assert.Equal(line, skipped[0].Line);
        Assert.StartsWith(code + ":", skipped[0].Message, StringComparison.Ordinal);
        if (format != FtmFormat.Statements)
        {
            Assert.DoesNotContain(records.OfType<ImportedParty>(), p => p.Party.Id.Value == "a"); // nothing of a bad line
        }

        if (!name.Contains("open quote", StringComparison.Ordinal))
        {
            // (a quote left open runs to the end of the file: nothing after it can be read)
            Assert.Contains(records.OfType<ImportedParty>(), p => p.Party.Id.Value.EndsWith("last", StringComparison.Ordinal));
        }
    }

    [Fact(Timeout = 10_000)]
    public async Task The_statements_of_one_entity_may_together_be_no_longer_than_a_line()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested(); // the reads below take the same token
        // An entity's rows are held until its id changes: without a bound, one id on every row would hold the file.
        var rows = string.Concat(Enumerable.Repeat("big,alias,Person," + new string('n', 400) + "\n", 5));
        var input = "canonical_id,prop,schema,value\n" + rows + "next,name,Person,Example Next\n";
        var options = new ImportOptions { MaxLineBytes = 1024 };

        var error = await FtmTestSupport.ErrorOfAsync(input, FtmFormat.Statements, options);
        Assert.Equal((FtmCodes.LineTooLong, 4L, "canonical_id"), (error.Code, error.Line, error.Path));

        var records = await FtmTestSupport.ReadAllAsync(input, FtmFormat.Statements, options with { SkipBadLines = true });
        Assert.Equal(4, Assert.Single(records.Notes(), n => n.Code == FtmCodes.SkippedLine).Line); // once, not for each row after it
        Assert.Equal("Example Next", Assert.Single(records.OfType<ImportedParty>()).Party.Name);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_line_of_thousands_of_properties_or_members_is_read_in_linear_time()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested(); // the reads below take the same token
        // A scan for repeats would make these quadratic: minutes for a line of a few megabytes.
        var properties = string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"p{i}\":[\"v\"]"));
        var members = string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"m{i}\":1"));
        var names = string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"N{i}\""));
        var input = "{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[" + names + "]," + properties + "}," + members + "}\n"
            + "{\"id\":\"q\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"],\"p1\":[\"v\"]," + properties + "}}\n";

        var records = await FtmTestSupport.ReadAllAsync(input, FtmFormat.Entities, new ImportOptions { SkipBadLines = true });

        Assert.Equal(50_000 - 1, Assert.Single(records.OfType<ImportedParty>()).Party switch { Negotiation.Domain.Parties.Person p => p.Aliases.Count, _ => -1 });
        var repeated = Assert.Single(records.Notes(), n => n.Code == FtmCodes.SkippedLine);
        Assert.Equal(2, repeated.Line);
        Assert.Contains("'p1' is repeated", repeated.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_file_that_is_not_utf8_stops_the_import_even_when_skipping()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested(); // the reads below take the same token
        var latin1 = Encoding.Latin1.GetBytes(Good + "\n" + """{"id":"b","schema":"Person","properties":{"name":["José Exámple"]}}""" + "\n");

        foreach (var skip in new[] { false, true })
        {
            var error = await FtmTestSupport.ErrorOfAsync(new MemoryStream(latin1), FtmFormat.Entities, new ImportOptions { SkipBadLines = skip });
            Assert.Equal(FtmCodes.InvalidUtf8, error.Code);
            Assert.Equal(2, error.Line);
            Assert.Equal(Encoding.UTF8.GetByteCount("""{"id":"b","schema":"Person","properties":{"name":["Jos""") + 1, error.Column);
        }
    }

    [Fact(Timeout = 20_000)]
    public async Task A_200_MB_line_fails_fast_with_little_memory()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested(); // the reads below take the same token
        var before = GC.GetTotalAllocatedBytes(precise: false);
        using var input = new GiantLineStream(200L * 1024 * 1024);

        var error = await FtmTestSupport.ErrorOfAsync(input, FtmFormat.Entities, new ImportOptions { MaxLineBytes = 1024 * 1024 });

        Assert.Equal(FtmCodes.LineTooLong, error.Code);
        Assert.Equal(1, error.Line);
        Assert.True(input.BytesServed < 4L * 1024 * 1024, $"read {input.BytesServed} bytes before failing");
        Assert.True(GC.GetTotalAllocatedBytes(precise: false) - before < 32L * 1024 * 1024, "allocated more than 32 MB");
    }

    [Fact(Timeout = 30_000)]
    public async Task A_200_MB_line_is_skipped_without_being_held_when_asked()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested(); // the reads below take the same token
        var before = GC.GetTotalAllocatedBytes(precise: false);
        using var input = new GiantLineStream(200L * 1024 * 1024, suffix: "\n" + Good + "\n");

        var records = await FtmTestSupport.ReadAllAsync(input, FtmFormat.Entities, new ImportOptions { SkipBadLines = true, MaxLineBytes = 1024 * 1024 });

        var note = Assert.Single(records.Notes(), n => n.Code == FtmCodes.SkippedLine);
        Assert.Equal(1, note.Line);
        Assert.StartsWith(FtmCodes.LineTooLong, note.Message, StringComparison.Ordinal);
        Assert.Equal("good-1", Assert.Single(records.OfType<ImportedParty>()).Party.Id.Value);
        Assert.True(GC.GetTotalAllocatedBytes(precise: false) - before < 64L * 1024 * 1024, "allocated more than 64 MB");
    }

    [Fact(Timeout = 10_000)]
    public async Task Skipped_lines_keep_the_rest_of_the_file_and_the_document_valid()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested(); // the reads below take the same token
        var input = string.Join("\n", Good, "{broken", """{"id":"p","schema":"Person","properties":{"name":["Example Person"]}}""", """{"id":"s","schema":"Sanction","properties":{"entity":["p"],"country":["us"]}}""");

        var result = await FtmTestSupport.GatherAsync(new MemoryStream(Encoding.UTF8.GetBytes(input)), FtmFormat.Entities, new ImportOptions { SkipBadLines = true });

        Assert.Equal(2, result.Document.Content.Parties.Count(p => p.ExternalIds.Any(x => x.Scheme == "ftm")));
        Assert.Single(result.Document.Content.Sanctions);
        Assert.Equal(2, Assert.Single(result.Notes, n => n.Code == FtmCodes.SkippedLine).Line);
    }

    private static string Nest(int depth)
    {
        var text = """{"id":"leaf","schema":"Sanction","properties":{}}""";
        for (var i = 0; i < depth; i++)
        {
            text = "{\"id\":\"n" + i + "\",\"schema\":\"Person\",\"properties\":{\"sanctions\":[" + text + "]}}";
        }

        return text;
    }

    /// <summary>
    /// Serves one line of <c>{"id":"aaaa…</c> of the given length, then <paramref name="suffix"/>, made as it is read:
    /// never held whole. It can seek (to its start), as a file can, so the import reads it twice rather than spooling it.
    /// </summary>
    private sealed class GiantLineStream(long length, string suffix = "") : Stream
    {
        private static readonly byte[] Start = Encoding.UTF8.GetBytes("{\"id\":\"");
        private readonly byte[] _suffix = Encoding.UTF8.GetBytes(suffix);
        private long _position;

        /// <summary>The most bytes served in one pass.</summary>
        public long BytesServed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length + _suffix.Length;

        public override long Position
        {
            get => _position;
            set => _position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, Length - _position);
            var span = buffer.AsSpan(offset, n);
            for (var i = 0; i < n;)
            {
                var at = _position + i;
                if (at < Start.Length)
                {
                    span[i++] = Start[at];
                }
                else if (at < length)
                {
                    var run = (int)Math.Min(n - i, length - at);
                    span.Slice(i, run).Fill((byte)'a');
                    i += run;
                }
                else
                {
                    span[i++] = _suffix[at - length];
                }
            }

            _position += n;
            BytesServed = Math.Max(BytesServed, _position);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => Length + offset,
        };

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
