using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>Round trips, run through the source-generated context and through reflection alike.</summary>
public class RoundTripTests
{
    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void A_written_document_reads_back_equal(string serializer, string sample)
    {
        var document = SampleDocuments.Get(sample);
        var json = Serializers.Get(serializer).WriteToString(document);
        var read = Serializers.Get(serializer).Read(json, null);
        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : null);
        Assert.Equal(document, read.AsT0);
        Assert.Equal(document.GetHashCode(), read.AsT0.GetHashCode());
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("generated")]
    [InlineData("smallest")]
    [InlineData("everything")]
    public void The_metadata_and_the_generated_writer_write_the_same_bytes(string sample)
    {
        var document = SampleDocuments.Get(sample);
        Assert.Equal(
            MetadataOracle.Write(document),
            Serializers.Get(Serializers.SourceGenerated).WriteToString(document));
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public async Task Every_target_gets_the_same_bytes(string serializer, string sample)
    {
        var document = SampleDocuments.Get(sample);
        var writer = Serializers.Get(serializer);
        var expected = Encoding.UTF8.GetBytes(writer.WriteToString(document));

        var buffer = new ArrayBufferWriter<byte>();
        writer.Write(document, buffer);
        using var stream = new MemoryStream();
        writer.Write(document, stream);
        using var asyncStream = new MemoryStream();
        await writer.WriteAsync(document, asyncStream, TestContext.Current.CancellationToken);

        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, asyncStream.ToArray());
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public async Task Every_source_reads_the_same_document(string serializer, string sample)
    {
        var document = SampleDocuments.Get(sample);
        var reader = Serializers.Get(serializer);
        var bytes = Encoding.UTF8.GetBytes(reader.WriteToString(document));

        Assert.Equal(document, reader.Read(bytes, null).AsT0);
        Assert.Equal(document, reader.Read(new MemoryStream(bytes), null).AsT0);
        Assert.Equal(document, (await reader.ReadAsync(new MemoryStream(bytes), null, TestContext.Current.CancellationToken)).AsT0);
        Assert.Equal(document, reader.Read(new OneByteAtATimeStream(bytes), null).AsT0);
    }

    [Fact]
    public void Writing_is_canonical_indented_by_two_spaces_with_a_final_newline()
    {
        var document = SampleDocuments.Everything();
        var json = NegotiationJson.Write(document);

        Assert.Equal(json, NegotiationJson.Write(NegotiationJson.ReadOrThrow(json)));
        Assert.StartsWith("{\n  \"formatVersion\": 2,\n  \"id\": \"everything\",\n", json, StringComparison.Ordinal);
        Assert.EndsWith("\n}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", json, StringComparison.Ordinal);

        // Text in any script, typographic quotes and HTML characters stay readable; only characters beyond the Basic
        // Multilingual Plane (emoji) are escaped, by System.Text.Json's relaxed encoder.
        Assert.Contains("“quotes”, emoji \\uD83D\\uDE42, <tags> & ampersands", json, StringComparison.Ordinal);
        Assert.Contains("ünïcödé", json, StringComparison.Ordinal);
        Assert.Contains("\\\"people familiar\\\" — unconfirmed\\nsecond line", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_members_and_empty_arrays_are_left_out()
    {
        var json = NegotiationJson.Write(SampleDocuments.Get("smallest"));
        Assert.Equal("{\n  \"formatVersion\": 2,\n  \"id\": \"smallest\",\n  \"title\": \"The smallest document\"\n}\n", json);
    }

    [Fact]
    public void Party_kinds_and_enum_values_are_snake_case_and_the_kind_comes_first()
    {
        var json = NegotiationJson.Write(SampleDocuments.Everything());
        Assert.Contains("{\n      \"kind\": \"government_body\",\n      \"id\": \"cn-mofcom\",", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"lift_sanction\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"in_force\"", json, StringComparison.Ordinal);
        Assert.Contains("\"asset_freeze\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"criminal_network\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_context_serves_a_document_inside_a_users_own_type()
    {
        var options = UsersOptions();
        var envelope = new Envelope("sent", SampleDocuments.Everything());

        var json = JsonSerializer.Serialize(envelope, options);
        var back = JsonSerializer.Deserialize<Envelope>(json, options);

        Assert.Equal(envelope, back);
    }

    [Fact]
    public void The_context_alone_reads_and_writes_a_document()
    {
        var document = SampleDocuments.Everything();
        var json = JsonSerializer.Serialize(document, NegotiationJsonContext.Default.NegotiationDocument);
        Assert.Equal(document, JsonSerializer.Deserialize(json, NegotiationJsonContext.Default.NegotiationDocument));
    }

    [Fact]
    public void The_context_refuses_an_invalid_document_inside_a_users_own_type()
    {
        var options = UsersOptions();
        var json = """{"status":"sent","document":{"formatVersion":1,"id":"x","title":"X","demands":[{"id":"d","from":"us","to":"us","action":{"kind":"release"},"issue":"i"}]}}""";

        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Envelope>(json, options));
        Assert.Contains("dangling-reference", exception.Message, StringComparison.Ordinal);
        Assert.Equal("$.document", exception.Path);
    }

    [Fact]
    public void A_broken_record_rule_inside_a_document_in_a_users_own_type_is_a_JsonException()
    {
        var json = """{"status":"sent","document":{"formatVersion":1,"id":"x","title":"X","issues":[{"id":"i","title":" ","category":"other"}]}}""";
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Envelope>(json, UsersOptions()));
        Assert.Equal("$.document", exception.Path);
        Assert.Contains("$.issues[0].title", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Options as the context's documentation says to make them: a copy of the library's, with a resolver for the user's own types combined in.</summary>
    private static JsonSerializerOptions UsersOptions() => new(NegotiationJson.SerializerOptions)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(NegotiationJson.SerializerOptions.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
    };

    private sealed record Envelope(string Status, NegotiationDocument Document);

    /// <summary>A stream that hands out one byte per read, as a slow network would.</summary>
    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);

        public override bool CanSeek => false;
    }
}
