using System.Text;
using CsCheck;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Reading;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// What the limits bound: the errors listed (<see cref="NegotiationJsonOptions.MaxErrors"/>), the document's size
/// without its whitespace (<see cref="NegotiationJsonOptions.MaxBytes"/>) and the text's with it
/// (<see cref="NegotiationJsonOptions.MaxTextBytes"/>), and the memory reading costs.
/// </summary>
public class LimitTests
{
    [Fact]
    public void A_document_with_more_errors_than_the_cap_lists_the_cap_and_counts_the_rest_exactly()
    {
        var json = HostileDocuments.DanglingTargets(250);

        var error = NegotiationJson.Read(json).AsT1;

        Assert.Equal(NegotiationJsonOptions.DefaultMaxErrors, error.Errors.Count);
        Assert.Equal(150, error.OmittedErrorCount);
        Assert.All(error.Errors, e => Assert.Equal(ErrorCodes.DanglingReference, e.Code));
        Assert.Equal("$.sanctions[0].targets[0]", error.Errors[0].Path);
        Assert.Equal("$.sanctions[0].targets[99]", error.Errors[99].Path);
        Assert.EndsWith("... and 150 more errors, not listed (raise MaxErrors to list them).", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_16_MB_document_with_2_million_dangling_references_lists_100_and_counts_the_rest()
    {
        var json = HostileDocuments.DanglingTargets(2_000_000);
        Assert.InRange(json.Length, 14_000_000, NegotiationJsonOptions.DefaultMaxBytes); // about 7 bytes a reference

        var error = NegotiationJson.Read(json).AsT1;

        Assert.Equal(100, error.Errors.Count);
        Assert.Equal(1_999_900, error.OmittedErrorCount);
        Assert.Equal("$.sanctions[0].targets[99]", error.Errors[^1].Path);
    }

    [Theory]
    [InlineData(1, 249)]
    [InlineData(5, 245)]
    [InlineData(250, 0)]
    [InlineData(1000, 0)]
    public void MaxErrors_sets_how_many_are_listed(int maxErrors, int omitted)
    {
        var error = NegotiationJson.Read(HostileDocuments.DanglingTargets(250), new NegotiationJsonOptions { MaxErrors = maxErrors }).AsT1;

        Assert.Equal(250 - omitted, error.Errors.Count);
        Assert.Equal(omitted, error.OmittedErrorCount);
        Assert.Equal(omitted, ((INegotiationFailure)error).OmittedErrorCount);
    }

    [Fact]
    public void The_builder_and_Create_take_the_same_cap()
    {
        var builder = new NegotiationBuilder("capped", "Capped").State("us", "United States", "US");
        for (var i = 0; i < 7; i++)
        {
            builder.Demand($"d{i}", from: "us", to: "us", issue: "nothing", Actions.PolicyAction.Lift([new($"s{i}")]));
        }

        var all = builder.Build().AsT1;
        var three = builder.Build(maxErrors: 3).AsT1;

        // The same count either way, and the three listed are the document's first three, though the rules are checked
        // pass by pass (the self-demand of d0 is found after the dangling ids of every demand).
        Assert.Equal(all.Errors.Count + all.OmittedErrorCount, three.Errors.Count + three.OmittedErrorCount);
        Assert.Equal(all.Errors.Take(3), three.Errors);
        Assert.Equal("$.demands[0].to", three.Errors[2].Path);
        Assert.Equal(0, all.OmittedErrorCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Build(maxErrors: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NegotiationJsonOptions { MaxErrors = 0 });
    }

    [Fact]
    public void MaxBytes_does_not_count_the_whitespace_between_tokens()
    {
        var document = DocumentGen.Make(seed: 7);
        var canonical = Encoding.UTF8.GetBytes(NegotiationJson.Write(document));
        var significant = (int)SignificantBytes.Count(canonical);
        Assert.True(significant < canonical.Length * 0.9, "the canonical form is indented");

        // Exactly at the limit, the indented canonical text reads; one byte less and it is too large, and says by how much.
        Assert.Equal(document, NegotiationJson.Read(canonical, new NegotiationJsonOptions { MaxBytes = significant }).AsT0);
        var error = NegotiationJson.Read(canonical, new NegotiationJsonOptions { MaxBytes = significant - 1 }).AsT1;
        Assert.Equal(ErrorCodes.TooLarge, error.Code);
        Assert.Contains($"is {significant} bytes long, not counting the whitespace between tokens; the most accepted is {significant - 1}", error.Message, StringComparison.Ordinal);

        // The same through a string and a stream, which are measured the same way.
        var text = Encoding.UTF8.GetString(canonical);
        Assert.True(NegotiationJson.Read(text, new NegotiationJsonOptions { MaxBytes = significant }).IsT0);
        Assert.True(NegotiationJson.Read(new MemoryStream(canonical), new NegotiationJsonOptions { MaxBytes = significant }).IsT0);
        Assert.Equal(ErrorCodes.TooLarge, NegotiationJson.Read(new MemoryStream(canonical), new NegotiationJsonOptions { MaxBytes = significant - 1 }).AsT1.Code);
    }

    [Fact]
    public void Whitespace_inside_a_string_counts_and_whitespace_between_tokens_does_not()
    {
        Assert.Equal(9, SignificantBytes.Count("""{ "a" :  "b" }"""u8)); // {"a":"b"}
        Assert.Equal(11, SignificantBytes.Count("""{"a":" b "}"""u8.ToArray()));
        Assert.Equal(13, SignificantBytes.Count("{\"a\":\"\\\" \\\\\"}\n"u8)); // an escaped quote does not end the string
    }

    [Fact]
    public void Whitespace_past_MaxTextBytes_is_refused_before_anything_is_read()
    {
        var options = new NegotiationJsonOptions { MaxBytes = 1000 };
        Assert.Equal(8000, options.MaxTextBytes);
        var padded = new byte[8001];
        padded.AsSpan().Fill((byte)' ');
        "{}"u8.CopyTo(padded);

        foreach (var error in new[] { NegotiationJson.Read(padded, options).AsT1, NegotiationJson.Read(new MemoryStream(padded), options).AsT1, NegotiationJson.Read(Encoding.UTF8.GetString(padded), options).AsT1 })
        {
            Assert.Equal(ErrorCodes.TooLarge, error.Code);
            Assert.Contains("longer than 8000 bytes with its whitespace", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(Array.MaxLength - 1, new NegotiationJsonOptions { MaxBytes = int.MaxValue }.MaxTextBytes);
    }

    [Fact]
    public void The_canonical_indentation_fits_in_MaxTextBytes_even_for_the_thinnest_document()
    {
        // One-letter ids listed at the deepest level the format has: the attribution of an agreement's commitment.
        var builder = new NegotiationBuilder("x", "X").State("u", "U", "US").State("c", "C", "CN");
        var sources = new List<Identifiers.SourceId>();
        for (var i = 0; i < 26; i++)
        {
            var id = ((char)('a' + i)).ToString();
            builder.Add(new Sources.Source(new(id), "P", Sources.SourceType.News));
            sources.Add(new(id));
        }

        var attribution = new Attributions.Attribution(Attributions.Confidence.Reported, [.. sources]);
        builder.Add(new Agreements.Agreement(new("g"), "G", [new("u"), new("c")], [new Agreements.Commitment(new("k"), new("u"), Actions.PolicyAction.Lift([new("q")]), attribution: attribution)], Agreements.AgreementStatus.Reported));
        builder.Add(new Sanctions.Sanction(new("q"), new("u"), [new("c")], [Sanctions.SanctionMeasure.ExportControl]));
        var document = builder.Build().AsT0;

        var canonical = Encoding.UTF8.GetBytes(NegotiationJson.Write(document));
        var ratio = (double)canonical.Length / SignificantBytes.Count(canonical);

        Assert.InRange(ratio, 1, NegotiationJsonOptions.TextBytesPerByte);
        Assert.True(NegotiationJson.Read(canonical, new NegotiationJsonOptions { MaxBytes = (int)SignificantBytes.Count(canonical) }).IsT0);
    }

    [Fact]
    public void A_stream_that_reports_more_than_an_array_holds_is_too_large_not_an_exception()
    {
        var options = new NegotiationJsonOptions { MaxBytes = int.MaxValue };

        Assert.Equal(ErrorCodes.TooLarge, NegotiationJson.Read(new HugeStream(), NegotiationJsonOptions.Default).AsT1.Code);
        Assert.True(NegotiationJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(NegotiationJson.Write(DocumentGen.Make(seed: 3)))), options).IsT0);
    }

    /// <summary>
    /// Reading any text of n bytes within the limits allocates at most k·n + c, valid or not: the errors past the cap
    /// are counted, not built. Stated: k = 32, c = 256 KB. Measured (2026-12-02): a generated valid document 2.5 bytes
    /// per byte; a valid one with one bad value at its end 6; thousands of dangling one-to-five-letter ids 22 (each id of
    /// 6 bytes becomes a string, an array slot and a set entry for the repeat check); c covers the small documents' fixed costs (21 KB for the smallest here).
    /// </summary>
    [Fact]
    public void Reading_allocates_at_most_k_bytes_per_byte_plus_c_whatever_the_input()
    {
        const int K = 32;
        const int C = 256 * 1024;
        Gen.Int[1, 60_000].Select(Gen.Int[0, 2]).Sample((count, shape) =>
        {
            var json = shape switch
            {
                0 => HostileDocuments.DanglingTargets(count),
                1 => HostileDocuments.BadValueAtEnd(count / 4 + 1),
                _ => Encoding.UTF8.GetBytes(NegotiationJson.Write(DocumentGen.Make(count))),
            };

            NegotiationJson.Read(json); // warm: the first call loads types and fills caches
            var before = GC.GetAllocatedBytesForCurrentThread();
            NegotiationJson.Read(json);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(allocated <= (K * (long)json.Length) + C, $"{allocated} bytes allocated reading {json.Length} bytes (shape {shape}, {count}): more than {K}·n + {C}");
        }, iter: 12, threads: 1);
    }

    /// <summary>A seekable stream that says it holds far more than any array can.</summary>
    private sealed class HugeStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => 3L * 1024 * 1024 * 1024;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Position += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
