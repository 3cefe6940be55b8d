using System.Text;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using OneOf;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// A UTF-8 byte-order mark at the very start of the input is ignored by every way of reading (RFC 8259, section 8.1,
/// lets a parser ignore it; editors on Windows save it): it counts against no limit and moves no column. Anywhere
/// else it is an error. Writing never puts one.
/// </summary>
public class ByteOrderMarkTests
{
    private static readonly byte[] Mark = [0xEF, 0xBB, 0xBF];

    private const string Minimal = """{"formatVersion":2,"id":"x","title":"X"}""";

    private static byte[] WithMark(string json) => [.. Mark, .. Encoding.UTF8.GetBytes(json)];

    /// <summary>Every public way of reading the bytes: as bytes, as a decoded string, from a stream at once and a byte at a time, synchronously and not.</summary>
    private static async Task<List<(string Way, OneOf<NegotiationDocument, JsonReadError> Result)>> EveryWay(byte[] utf8, NegotiationJsonOptions? options = null)
    {
        var token = TestContext.Current.CancellationToken;
        return
        [
            ("bytes", NegotiationJson.Read(utf8, options)),
            ("string", NegotiationJson.Read(Encoding.UTF8.GetString(utf8), options)), // GetString keeps the mark, as U+FEFF
            ("stream", NegotiationJson.Read(new MemoryStream(utf8), options)),
            ("stream, a byte a read", NegotiationJson.Read(new TrickleStream(utf8, 1), options)),
            ("stream, two bytes a read", NegotiationJson.Read(new TrickleStream(utf8, 2), options)),
            ("async stream", await NegotiationJson.ReadAsync(new MemoryStream(utf8), options, token)),
            ("async stream, a byte a read", await NegotiationJson.ReadAsync(new TrickleStream(utf8, 1), options, token)),
        ];
    }

    [Fact]
    public async Task The_seed_with_a_byte_order_mark_reads_equal_to_the_seed_every_way()
    {
        var seed = NegotiationJson.ReadOrThrow(JsonEdit.Seed);
        var utf8 = WithMark(JsonEdit.Seed);

        foreach (var (way, result) in await EveryWay(utf8))
        {
            Assert.True(result.IsT0, $"{way}: {(result.IsT1 ? result.AsT1.ToString() : null)}");
            Assert.Equal(seed, result.AsT0);
        }

        Assert.Equal(seed, NegotiationJson.ReadOrThrow(utf8));
        Assert.Equal(seed, NegotiationJson.ReadOrThrow("\uFEFF" + JsonEdit.Seed));
        Assert.Equal(seed, NegotiationJson.ReadOrThrow(new MemoryStream(utf8)));
    }

    [Fact]
    public void Writing_never_puts_a_byte_order_mark()
    {
        var document = NegotiationJson.ReadOrThrow(WithMark(JsonEdit.Seed));
        using var stream = new MemoryStream();
        NegotiationJson.Write(document, stream);

        Assert.Equal((byte)'{', stream.ToArray()[0]);
        Assert.Equal('{', NegotiationJson.Write(document)[0]);
        Assert.Equal(JsonEdit.Seed, NegotiationJson.Write(document));
    }

    [Theory]
    [InlineData("{\"formatVersion\":2,\"id\":oops}", 1L, 25L)] // a syntax error
    [InlineData("{\"formatVersion\":2,\"id\":\"x\",\"title\":\"X\",\"colour\":\"blue\"}", 1L, 41L)] // a member the format does not know
    [InlineData("{\"formatVersion\":2,\"id\":\"x\",\"title\":\"X\",\"issues\":[{\"id\":\"i\",\"title\":\"I\",\"category\":\"drugs\"}]}", 1L, 73L)] // a value
    [InlineData("{\"formatVersion\":2,\"id\":\"x\",\"title\":\"X\",\"demands\":[{\"id\":\"d\",\"from\":\"a\",\"to\":\"b\",\"issue\":\"i\",\"action\":{\"kind\":\"other\",\"description\":\"D\"}}]}", 1L, 62L)] // a document rule
    public async Task A_byte_order_mark_moves_no_column_of_a_later_error_on_the_first_line(string json, long line, long column)
    {
        var without = NegotiationJson.Read(json).AsT1;
        Assert.Equal((line, column), (without.Line, without.Column));

        foreach (var (way, result) in await EveryWay(WithMark(json)))
        {
            Assert.True(result.IsT1, way);
            Assert.Equal(without, result.AsT1);
        }
    }

    [Fact]
    public void A_lone_surrogate_after_a_byte_order_mark_in_a_string_is_placed_as_without_it()
    {
        const string json = "{\"formatVersion\":2,\"title\":\"é\uD800\"}";
        var without = NegotiationJson.Read(json).AsT1;
        var with = NegotiationJson.Read("\uFEFF" + json).AsT1;

        Assert.Equal((1L, 31L), (without.Line, without.Column)); // {"formatVersion":2,"title":" is 28 bytes, é 2
        Assert.Equal(without, with);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }, 1L)] // twice: the second is not at the start
    [InlineData(new byte[] { (byte)' ', 0xEF, 0xBB, 0xBF }, 2L)] // after whitespace
    public async Task A_byte_order_mark_anywhere_but_the_very_start_is_invalid_json(byte[] before, long column)
    {
        var utf8 = (byte[])[.. before, .. Encoding.UTF8.GetBytes(Minimal)];

        foreach (var (way, result) in await EveryWay(utf8))
        {
            Assert.True(result.IsT1, way);
            var error = result.AsT1;
            Assert.Equal((ErrorCodes.InvalidJson, "$", 1L, column), (error.Code, error.Path, error.Line, error.Column));
            Assert.Equal("The text is not valid JSON: a byte-order mark may stand only at the very start of the text.", error.Message);
        }
    }

    [Fact]
    public void A_byte_order_mark_inside_the_text_is_invalid_json_where_it_stands()
    {
        var utf8 = (byte[])[.. "{\"formatVersion\":2,"u8, .. Mark, .. "\"id\":\"x\",\"title\":\"X\"}"u8];

        var error = NegotiationJson.Read(utf8).AsT1;

        Assert.Equal((ErrorCodes.InvalidJson, 1L, 20L), (error.Code, error.Line, error.Column));
        Assert.Contains("byte-order mark", error.Message, StringComparison.Ordinal);
        Assert.Equal(error, NegotiationJson.Read(WithMark(Encoding.UTF8.GetString(utf8))).AsT1); // a leading one changes nothing
    }

    [Fact]
    public async Task A_byte_order_mark_counts_against_neither_max_bytes_nor_max_text_bytes()
    {
        // The document is exactly MaxBytes long, and padded with whitespace to exactly MaxTextBytes: at both limits.
        var options = new NegotiationJsonOptions { MaxBytes = Minimal.Length };
        var padded = Minimal + new string(' ', options.MaxTextBytes - Minimal.Length);

        foreach (var json in new[] { Minimal, padded })
        {
            foreach (var (way, result) in await EveryWay(WithMark(json), options))
            {
                Assert.True(result.IsT0, $"{way}, {json.Length} bytes: {(result.IsT1 ? result.AsT1.ToString() : null)}");
            }
        }

        // One byte more is too much, with the mark or without.
        foreach (var json in new[] { padded + " ", Minimal.Replace("\"X\"", "\"XY\"", StringComparison.Ordinal) })
        {
            foreach (var utf8 in new[] { Encoding.UTF8.GetBytes(json), WithMark(json) })
            {
                foreach (var (way, result) in await EveryWay(utf8, options))
                {
                    Assert.True(result.IsT1, way);
                    Assert.Equal(ErrorCodes.TooLarge, result.AsT1.Code);
                }
            }
        }
    }

    [Fact]
    public void A_stream_with_a_byte_order_mark_is_still_not_read_past_the_limit()
    {
        var options = new NegotiationJsonOptions { MaxBytes = 10 };
        var stream = new TrickleStream([.. Mark, .. Enumerable.Repeat((byte)' ', 10_000)], 7);

        Assert.Equal(ErrorCodes.TooLarge, NegotiationJson.Read(stream, options).AsT1.Code);
        Assert.InRange(stream.Served, options.MaxTextBytes + 4, options.MaxTextBytes + 4 + 6); // the mark, the limit, one byte more, within one read
    }

    /// <summary>A stream that serves its bytes a few at a time, as a pipe or a socket may, and cannot seek.</summary>
    private sealed class TrickleStream(byte[] bytes, int perRead) : Stream
    {
        public int Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(perRead, buffer.Length), bytes.Length - Served);
            bytes.AsSpan(Served, n).CopyTo(buffer);
            Served += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
