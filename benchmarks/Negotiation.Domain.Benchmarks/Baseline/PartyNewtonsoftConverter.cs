using Negotiation.Domain.Parties;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Negotiation.Domain.Benchmarks.Baseline;

/// <summary>
/// The polymorphic party with its <c>kind</c> first. Writing walks the kind's contract after the kind; reading loads
/// the object and picks the type by its kind, Newtonsoft.Json's usual way with a discriminator.
/// </summary>
internal sealed class PartyNewtonsoftConverter : JsonConverter
{
    private static readonly Dictionary<string, Type> Types = new()
    {
        ["state"] = typeof(State),
        ["government_body"] = typeof(GovernmentBody),
        ["organization"] = typeof(Organization),
        ["person"] = typeof(Person),
        ["group"] = typeof(Group),
        ["coalition"] = typeof(Coalition),
    };

    // Every kind, not only Party: items are written by their runtime type, and the kind must still come first.
    public override bool CanConvert(Type objectType) => typeof(Party).IsAssignableFrom(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        var party = (Party)value!;
        var contract = (JsonObjectContract)serializer.ContractResolver.ResolveContract(party.GetType());
        writer.WriteStartObject();
        writer.WritePropertyName("kind");
        writer.WriteValue(Kind(party));
        foreach (var property in contract.Properties)
        {
            if (property.Ignored || !property.Readable || (property.ShouldSerialize is { } should && !should(party)))
            {
                continue;
            }

            var member = property.ValueProvider!.GetValue(party);
            if (member is null)
            {
                continue;
            }

            writer.WritePropertyName(property.PropertyName!);
            serializer.Serialize(writer, member);
        }

        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var json = JObject.Load(reader);
        var kind = (string?)json["kind"] ?? throw new JsonSerializationException("A party needs a kind.");
        json.Remove("kind");
        var type = Types.TryGetValue(kind, out var known) ? known : throw new JsonSerializationException($"'{kind}' is not a kind of party.");

        // Built by the kind's constructor through a serializer without this converter, which would otherwise be called again.
        return json.ToObject(type, NewtonsoftSettings.WithoutParties);
    }

    private static string Kind(Party party) => party switch
    {
        State => "state",
        GovernmentBody => "government_body",
        Organization => "organization",
        Person => "person",
        Group => "group",
        Coalition => "coalition",
        _ => throw new JsonSerializationException($"Unknown party type {party.GetType()}."),
    };
}
