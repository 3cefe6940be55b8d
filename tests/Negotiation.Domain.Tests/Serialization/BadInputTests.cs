using System.Text;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>Every bad input of the catalogue gives its exact code and path, through both serializers and every way of reading.</summary>
public class BadInputTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    [Fact]
    public void The_catalogue_has_at_least_forty_cases_and_covers_every_reading_code()
    {
        Assert.True(BadInputCatalogue.Cases.Count >= 40, $"{BadInputCatalogue.Cases.Count} cases");
        var codes = ErrorCodes.All.Where(entry => entry.Source.Split(", ").Contains("reading")).Select(entry => entry.Code).ToList(); // some also from import
        Assert.Equal(14, codes.Count);
        Assert.Empty(codes.Except(BadInputCatalogue.Cases.Values.Select(c => c.Code)));
    }

    [Theory]
    [MemberData(nameof(BadInputCatalogue.All), MemberType = typeof(BadInputCatalogue))]
    public void A_bad_input_gives_its_exact_code_and_path(string serializer, string name)
    {
        var input = BadInputCatalogue.Cases[name];

        var result = Serializers.Get(serializer).Read(input.Utf8, input.Options);

        Assert.True(result.IsT1, $"{name} was read as a document");
        var error = result.AsT1;
        Assert.Equal((input.Code, input.Path), (error.Code, error.Path));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(error.Code, error.Errors[0].Code);
        Assert.Equal(error.Path, error.Errors[0].Path);
        AssertPointsAtTheMember(input.Utf8, error);
    }

    [Theory]
    [MemberData(nameof(BadInputCatalogue.All), MemberType = typeof(BadInputCatalogue))]
    public void Every_way_of_reading_gives_the_same_error(string serializer, string name)
    {
        var input = BadInputCatalogue.Cases[name];
        var reader = Serializers.Get(serializer);
        var expected = reader.Read(input.Utf8, input.Options).AsT1;

        Assert.Equal(expected, reader.Read(new MemoryStream(input.Utf8), input.Options).AsT1);
        if (TryDecode(input.Utf8, out var text))
        {
            Assert.Equal(expected, reader.Read(text, input.Options).AsT1);
        }
    }

    [Fact]
    public void Messages_name_members_as_the_json_does_never_as_the_csharp_does()
    {
        // Every property whose C# name differs from its JSON name (EndDate and endDate): a message that says the
        // C# name would send the reader of a document looking for a member that is not there.
        var csharpNames = Domain.Serialization.Format.FormatDescription.Records
            .SelectMany(record => record.Members)
            .Where(member => member.PropertyName != member.JsonName)
            .Select(member => member.PropertyName)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (name, input) in BadInputCatalogue.Cases)
        {
            var error = NegotiationJson.Read(input.Utf8, input.Options).AsT1;
            var unquoted = System.Text.RegularExpressions.Regex.Replace(error.Message, "'[^']*'", ""); // what the input said, quoted back
            var words = System.Text.RegularExpressions.Regex.Matches(unquoted, "[A-Za-z]+").Select(m => m.Value);
            Assert.True(!words.Any(csharpNames.Contains), $"{name}: {error.Message}");
        }
    }

    [Fact]
    public void A_reference_where_a_bare_id_is_due_says_what_is_allowed()
    {
        var error = NegotiationJson.Read(BadInputCatalogue.Cases["reference-for-a-bare-id"].Utf8).AsT1;

        Assert.Equal(
            "Here a demand id is due, bare, such as 'cn-asks-lifting-institute-sanction'; not a reference like 'demand:cn-asks-lifting-institute-sanction'.",
            error.Message);
    }

    [Fact]
    public void A_document_that_breaks_several_rules_reports_them_all_with_json_paths()
    {
        var json = JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.demands[0]").AsObject()["to"] = "nowhere";
            JsonEdit.At(root, "$.demands[3]").AsObject()["to"] = JsonEdit.At(root, "$.demands[3].from").GetValue<string>();
            JsonEdit.At(root, "$.parties[1]").AsObject()["id"] = "us";
        });

        var error = NegotiationJson.Read(json).AsT1;

        Assert.Equal(ErrorCodes.DuplicateId, error.Code);
        Assert.Contains(error.Errors, e => e is { Code: ErrorCodes.DuplicateId, Path: "$.parties[1].id" });
        Assert.Contains(error.Errors, e => e is { Code: ErrorCodes.DanglingReference, Path: "$.demands[0].to" });
        Assert.Contains(error.Errors, e => e is { Code: ErrorCodes.SelfDemand, Path: "$.demands[3].to" });
        Assert.All(error.Errors, e => Assert.StartsWith("$.", e.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_surrogate_in_a_string_input_is_placed_in_bytes_of_utf8_like_every_other_error()
    {
        var error = NegotiationJson.Read("{\"formatVersion\":1,\"id\":\"a\",\n\"title\":\"éé\uD800\"}").AsT1;
        Assert.Equal((ErrorCodes.InvalidJson, 2, 14L), (error.Code, error.Line, error.Column)); // "title":" is 9 bytes, éé 4
    }

    [Fact]
    public void Read_or_throw_throws_the_error_as_a_json_exception()
    {
        var input = BadInputCatalogue.Cases["dangling-reference"];
        var exception = Assert.Throws<NegotiationJsonException>(() => NegotiationJson.ReadOrThrow(input.Utf8));
        Assert.Equal(input.Path, exception.Path);
        Assert.Equal(input.Code, exception.Error.Code);
        Assert.Equal(exception.Error.Line - 1, exception.LineNumber);
        Assert.Contains(input.Code, exception.Message, StringComparison.Ordinal);
        Assert.Throws<NegotiationJsonException>(() => NegotiationJson.ReadOrThrow(Encoding.UTF8.GetString(input.Utf8)));
        Assert.Throws<NegotiationJsonException>(() => NegotiationJson.ReadOrThrow(new MemoryStream(input.Utf8)));
    }

    [Theory]
    [MemberData(nameof(Serializers.Both), MemberType = typeof(Serializers))]
    public async Task An_endless_stream_is_refused_once_past_the_size_limit(string serializer)
    {
        var limits = new NegotiationJsonOptions { MaxBytes = 10_000 };
        var stream = new EndlessStream();
        Assert.Equal(ErrorCodes.TooLarge, Serializers.Get(serializer).Read(stream, limits).AsT1.Code);
        Assert.Equal(limits.MaxTextBytes + 1, stream.Served);

        stream = new EndlessStream();
        Assert.Equal(ErrorCodes.TooLarge, (await Serializers.Get(serializer).ReadAsync(stream, limits, TestContext.Current.CancellationToken)).AsT1.Code);
        Assert.Equal(limits.MaxTextBytes + 1, stream.Served);
    }

    [Fact]
    public void Syntax_errors_give_the_line_and_column_of_the_fault()
    {
        var error = NegotiationJson.Read("{\n  \"formatVersion\": 1,\n  \"id\": \"x\",\n  \"title\": \"X\",\n}").AsT1;
        Assert.Equal((ErrorCodes.InvalidJson, 5L, 1L), (error.Code, error.Line, error.Column));
        Assert.Equal("The text is not valid JSON: a trailing comma is not allowed.", error.Message);
    }

    [Fact]
    public void A_member_error_gives_the_line_and_column_of_the_member()
    {
        var json = "{\n  \"formatVersion\": 1,\n  \"id\": \"x\",\n  \"title\": \"X\",\n  \"issues\": [\n    { \"id\": \"i\", \"title\": \"I\", \"category\": \"drugs\" }\n  ]\n}\n";
        var error = NegotiationJson.Read(json).AsT1;
        Assert.Equal((ErrorCodes.InvalidValue, "$.issues[0].category", 6L, 32L), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains("illegal_drugs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_for_an_optional_member_and_a_kind_that_is_not_first_are_accepted()
    {
        var json = JsonEdit.Edit(root =>
        {
            root.AsObject()["description"] = null;
            var state = JsonEdit.At(root, "$.parties[0]").AsObject();
            state.Remove("kind");
            state["kind"] = "state";
        });

        var read = NegotiationJson.Read(json);

        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : null);
        Assert.Null(read.AsT0.Description);
    }

    [Fact]
    public void A_member_error_message_names_the_problem_for_a_person()
    {
        var error = NegotiationJson.Read(BadInputCatalogue.Cases["unknown-kind"].Utf8).AsT1;
        Assert.Equal("'empire' is not a kind the format knows; the kinds are state, government_body, organization, person, group, coalition.", error.Message);
        error = NegotiationJson.Read(BadInputCatalogue.Cases["date-that-does-not-exist"].Utf8).AsT1;
        Assert.StartsWith("'2023-02-30' is not a partial date", error.Message, StringComparison.Ordinal);
        error = NegotiationJson.Read(BadInputCatalogue.Cases["version-unsupported"].Utf8).AsT1;
        Assert.Equal("Format version 3 is not supported: this library reads versions 1 to 2.", error.Message);
    }

    /// <summary>An error at a member that is in the text points at that member's name.</summary>
    private static void AssertPointsAtTheMember(byte[] utf8, JsonReadError error)
    {
        Assert.InRange(error.Line, 1, utf8.Count(b => b == '\n') + 1);
        var lastDot = error.Path.LastIndexOf('.');
        if (error.Code is ErrorCodes.MissingProperty or ErrorCodes.InvalidJson or ErrorCodes.TooLarge || lastDot < 0 || error.Path[lastDot..].Contains('[', StringComparison.Ordinal))
        {
            return;
        }

        var lineStart = 0;
        for (var line = 1; line < error.Line; line++)
        {
            lineStart = Array.IndexOf(utf8, (byte)'\n', lineStart) + 1;
        }

        // A member that is absent (a rule about a missing list) is placed at the object that lacks it.
        var at = Encoding.UTF8.GetString(utf8, lineStart + (int)error.Column - 1, Math.Min(100, utf8.Length - lineStart - (int)error.Column + 1));
        var parent = error.Path[..lastDot];
        var parentName = parent[(parent.LastIndexOfAny(['.', '[']) + 1)..].TrimEnd(']');
        Assert.True(
            at.StartsWith($"\"{error.Path[(lastDot + 1)..]}\"", StringComparison.Ordinal) || at.StartsWith($"\"{parentName}\"", StringComparison.Ordinal) || at.StartsWith('{'),
            $"{error} points at: {at}");
    }

    private static bool TryDecode(byte[] utf8, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(utf8);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>A stream of spaces that never ends, counting what it serves.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            buffer.Fill((byte)' ');
            Served += buffer.Length;
            return buffer.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
