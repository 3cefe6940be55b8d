using System.Text;
using Negotiation.Domain.Interop.Csv;

namespace Negotiation.Domain.Interop.Tests.Csv;

/// <summary>
/// A record's fields are bounded (<see cref="CsvReader.MaxFields"/>): a line of commas is refused as soon as it has one
/// field too many, without a table of fields growing with the line (it had grown to some 90 bytes per byte of input).
/// </summary>
public sealed class CsvReaderFieldLimitTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_record_of_the_most_fields_is_read(bool latin1)
    {
        using var reader = Reader(new string(',', CsvReader.MaxFields - 1) + "\r\n", latin1);

        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal(CsvReader.MaxFields, reader.FieldCount);
    }

    [Theory]
    [InlineData(true, "\r\n")]
    [InlineData(false, "\n")]
    [InlineData(false, "")] // the last line, with no line end
    public async Task One_field_more_is_refused_and_the_next_line_is_read(bool latin1, string lineEnd)
    {
        var text = "a,b\n" + new string(',', CsvReader.MaxFields) + lineEnd + (lineEnd.Length > 0 ? "c,d\n" : "");
        using var reader = Reader(text, latin1);
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await reader.ReadAsync(ct));
        var e = await Assert.ThrowsAsync<CsvFormatException>(async () => await reader.ReadAsync(ct));

        Assert.Equal((CsvErrorCodes.WrongColumnCount, 2L, (long)CsvReader.MaxFields + (lineEnd.Length > 0 ? 1 : 0), false), (e.Code, e.Line, e.Column, e.WholeInput));
        Assert.Contains("more than 1024 fields", e.Message, StringComparison.Ordinal);
        if (lineEnd.Length > 0)
        {
            Assert.True(await reader.ReadAsync(ct));
            Assert.Equal((3L, 2, "c"), (reader.Line, reader.FieldCount, reader.GetString(0)));
        }

        Assert.False(await reader.ReadAsync(ct));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task A_line_refused_at_its_line_end_does_not_take_the_next_line_with_it(string lineEnd)
    {
        // The line end is the byte past the limit (8 bytes): the line is refused, and the next one is still read.
        var ct = TestContext.Current.CancellationToken;
        using var reader = new CsvReader(new MemoryStream(Encoding.ASCII.GetBytes("abcdefgh" + lineEnd + "x,y" + lineEnd)), CsvTextEncoding.Utf8, 8);

        var e = await Assert.ThrowsAsync<CsvFormatException>(async () => await reader.ReadAsync(ct));

        Assert.Equal((CsvErrorCodes.LineTooLong, 1L), (e.Code, e.Line));
        Assert.True(await reader.ReadAsync(ct));
        Assert.Equal((2L, 2, "y"), (reader.Line, reader.FieldCount, reader.GetString(1)));
        Assert.False(await reader.ReadAsync(ct));
    }

    [Fact]
    public async Task A_line_of_a_million_commas_allocates_little()
    {
        // The stream completes every read at once, so the whole read runs on this thread and its allocations count here.
        var bytes = Encoding.ASCII.GetBytes(new string(',', 1_000_000) + "\r\na,b\r\n");
        var ct = TestContext.Current.CancellationToken;
        using var reader = new CsvReader(new MemoryStream(bytes), CsvTextEncoding.Latin1, 16 * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        await Assert.ThrowsAsync<CsvFormatException>(async () => await reader.ReadAsync(ct));
        Assert.True(await reader.ReadAsync(ct));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(2, reader.FieldCount);
        Assert.True(allocated < 256 * 1024, $"{allocated} bytes allocated for a line of 1 000 000 bytes");
    }

    private static CsvReader Reader(string text, bool latin1) =>
        new(new MemoryStream(Encoding.ASCII.GetBytes(text)), latin1 ? CsvTextEncoding.Latin1 : CsvTextEncoding.Utf8, 1024 * 1024);
}
