using System.Collections.Concurrent;
using System.Text.Json;
using CsCheck;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Reading;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>Random valid documents of every shape write and read back equal, through both serializers.</summary>
public class PropertyTests
{
    [Theory]
    [MemberData(nameof(Serializers.Both), MemberType = typeof(Serializers))]
    public void Random_valid_documents_round_trip_equal(string serializer)
    {
        var subject = Serializers.Get(serializer);
        var members = new ConcurrentDictionary<string, byte>();

        DocumentGen.Document.Sample(document =>
        {
            var json = subject.WriteToString(document);
            var read = subject.Read(json, null);
            Assert.True(read.IsT0, read.IsT1 ? $"{read.AsT1}\n{json}" : null);
            Assert.Equal(document, read.AsT0);
            Assert.Equal(json, subject.WriteToString(read.AsT0));

            // The independent reader reads the same document.
            Assert.Equal(document, MetadataOracle.TryRead(System.Text.Encoding.UTF8.GetBytes(json)));
            using var parsed = JsonDocument.Parse(json);
            Collect(parsed.RootElement, members);
        }, iter: 300);

        // The generator must reach every member of every record and every kind of party, or the property proves less
        // than it claims.
        var expected = AllMemberNames(ModelMetadata.ContextOptions);
        Assert.Empty(expected.Except(members.Keys));
    }

    private static void Collect(JsonElement element, ConcurrentDictionary<string, byte> members)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    members.TryAdd(property.Name, 0);
                    if (property.Name == "kind" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        members.TryAdd("kind:" + property.Value.GetString(), 0);
                    }

                    Collect(property.Value, members);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, members);
                }

                break;
        }
    }

    /// <summary>Every JSON member name of every record type of a document, and every party kind, as the metadata lists them.</summary>
    private static HashSet<string> AllMemberNames(JsonSerializerOptions options)
    {
        var names = new HashSet<string>(Domain.Serialization.Format.FormatDescription.Of(typeof(RawDocument)).Members.Select(m => m.JsonName));
        var party = options.GetTypeInfo(typeof(Domain.Parties.Party));
        names.UnionWith(party.PolymorphismOptions!.DerivedTypes.Select(d => $"kind:{d.TypeDiscriminator}"));
        foreach (var record in ModelMetadata.Records(options))
        {
            names.UnionWith(record.Properties.Select(p => p.Name));
        }

        return names;
    }
}
