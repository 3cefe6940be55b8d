using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// <see cref="NegotiationJson.SerializerOptions"/> is an adapter over the generated format, for records inside a user's
/// own JSON. These hold it to the reader and writer of documents: the same bytes for every record, and the same codes
/// for the same faults.
/// </summary>
public class SerializerOptionsTests
{
    [Theory]
    [InlineData("seed")]
    [InlineData("generated")]
    [InlineData("everything")]
    public void A_record_on_its_own_is_written_with_the_bytes_it_has_in_a_document(string sample)
    {
        var document = SampleDocuments.Get(sample);
        using var written = JsonDocument.Parse(NegotiationJson.Write(document));
        var records = new (string Member, IEnumerable<object> Items, Type Type)[]
        {
            ("parties", document.Parties, typeof(Party)),
            ("sanctions", document.Sanctions, typeof(Sanction)),
            ("agreements", document.Agreements, typeof(Agreement)),
            ("pledges", document.Pledges, typeof(Pledges.Pledge)),
            ("demands", document.Demands, typeof(Demands.Demand)),
            ("sources", document.Sources, typeof(Sources.Source)),
        };

        foreach (var (member, items, type) in records)
        {
            var i = 0;
            foreach (var item in items)
            {
                var alone = JsonSerializer.Serialize(item, type, NegotiationJson.SerializerOptions);
                var inDocument = written.RootElement.GetProperty(member)[i++];
                Assert.Equal(Minified(inDocument.GetRawText()), Minified(alone));
                Assert.Equal(item, JsonSerializer.Deserialize(alone, type, NegotiationJson.SerializerOptions));
            }
        }
    }

    [Fact]
    public void A_record_inside_a_users_own_type_round_trips()
    {
        var document = SampleDocuments.Everything();
        var holder = new Holder(document.Agreements[0], [.. document.Parties]);

        var json = JsonSerializer.Serialize(holder, UsersOptions());
        var back = JsonSerializer.Deserialize<Holder>(json, UsersOptions())!;

        Assert.Equal(holder.Deal, back.Deal);
        Assert.Equal(holder.Parties, back.Parties);
        Assert.Contains("\"kind\":\"state\"", Minified(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"deal":{"id":"a","title":"A","parties":["us"]}}""", ErrorCodes.InvalidValue, "$.parties")]
    [InlineData("""{"deal":{"id":"a","title":"A","parties":["us","cn"],"isActionable":true}}""", ErrorCodes.UnknownProperty, "$.isActionable")]
    [InlineData("""{"deal":{"id":"a","title":"A","parties":["us","cn"],"status":"done"}}""", ErrorCodes.InvalidValue, "$.status")]
    [InlineData("""{"deal":{"id":"a","title":"A","parties":["us","cn"],"commitments":[{"id":"c","by":"us","action":{"kind":"lift_sanction"}}]}}""", ErrorCodes.InvalidValue, "$.commitments[0].action.sanctions")]
    [InlineData("""{"deal":{"id":"a","title":"A"}}""", ErrorCodes.MissingProperty, "$.parties")]
    [InlineData("""{"parties":[{"id":"x","name":"X","kind":"empire"}]}""", ErrorCodes.UnknownKind, "$.kind")]
    public void A_fault_in_a_record_gives_the_readers_code_and_the_path_inside_the_record(string json, string code, string path)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder>(json, UsersOptions()));

        var value = Assert.IsType<JsonValueException>(exception.InnerException ?? exception, exactMatch: false);
        Assert.Equal(code, value.Code);
        Assert.StartsWith(path + ":", value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_fault_in_a_document_gives_the_same_code()
    {
        var json = """{"formatVersion":1,"id":"x","title":"X","parties":[{"id":"us","name":"US","kind":"state","country":"US"},{"id":"cn","name":"CN","kind":"state","country":"CN"}],"agreements":[{"id":"a","title":"A","parties":["us","cn"],"status":"done"}]}""";

        var error = NegotiationJson.Read(json).AsT1;
        var agreement = JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement.GetProperty("agreements")[0]);
        var exception = Assert.ThrowsAny<JsonValueException>(() => JsonSerializer.Deserialize<Agreement>(agreement, NegotiationJson.SerializerOptions));

        Assert.Equal((ErrorCodes.InvalidValue, "$.agreements[0].status"), (error.Code, error.Path));
        Assert.Equal(error.Code, exception.Code);
        Assert.EndsWith(error.Message, exception.Message, StringComparison.Ordinal);
    }

    private static string Minified(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(parsed.RootElement);
    }

    private static JsonSerializerOptions UsersOptions() => new(NegotiationJson.SerializerOptions)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(NegotiationJson.SerializerOptions.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
        WriteIndented = false,
    };

    private sealed record Holder(Agreement? Deal = null, List<Party>? Parties = null);
}
