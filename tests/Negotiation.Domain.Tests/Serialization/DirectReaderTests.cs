using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The direct reader (the fast path of <see cref="NegotiationJson"/>) must read what the metadata reads into the same
/// records, and must never take a text the metadata refuses. It may give up on a valid text (the metadata then reads
/// it), but not on the canonical text, or the fast path would be dead code.
/// </summary>
public partial class DirectReaderTests
{
    private static readonly DocumentSerializer Metadata = Serializers.Get(Serializers.Reflection);

    [Fact]
    public void Every_canonical_document_is_read_directly_into_the_same_records()
    {
        DocumentGen.Document.Sample(document =>
        {
            var utf8 = Encoding.UTF8.GetBytes(NegotiationJson.Write(document));
            AssertDirectEqualsDocument(utf8, document);
        }, iter: 300);

        AssertDirectEqualsDocument(Encoding.UTF8.GetBytes(JsonEdit.Seed), SeedScenario.Build());
        var generated = DocumentGenerator.Generate(300);
        AssertDirectEqualsDocument(Encoding.UTF8.GetBytes(NegotiationJson.Write(generated)), generated);
    }

    [Fact]
    public void Valid_texts_that_are_not_canonical_are_read_alike()
    {
        // Unusual but valid: the direct reader may take them or leave them to the metadata; the document is the same.
        var seed = JsonEdit.Seed;
        string[] texts =
        [
            Minified(seed),
            JsonEdit.Set("$.description", null),
            seed.Replace("\"title\":", "\"\\u0074itle\":", StringComparison.Ordinal),
            JsonEdit.Edit(root => MoveToEnd(root["parties"]![0]!.AsObject(), "kind")),
            JsonEdit.Edit(root => MoveToEnd(root.AsObject(), "formatVersion")),
            JsonEdit.Edit(root => root["sanctions"]![0]!.AsObject()["reason"] = null),
            JsonEdit.Edit(root => root["issues"] = new System.Text.Json.Nodes.JsonArray()),
            seed.Replace("\"state\"", "\"st\\u0061te\"", StringComparison.Ordinal),
            seed.Replace("\"id\": \"us\"", "\"id\": \"\\u0075s\"", StringComparison.Ordinal),
        ];

        foreach (var text in texts)
        {
            AssertReadAlike(Encoding.UTF8.GetBytes(text), "a valid variant");
        }
    }

    [Fact]
    public void Every_one_member_edit_is_read_alike_by_both_readers()
    {
        var documents = CoveringDocuments();

        // One place per member of each record shape, so the edits cover the format without repeating themselves.
        var places = new Dictionary<string, (string Json, string Path)>();
        foreach (var json in documents)
        {
            using var parsed = JsonDocument.Parse(json);
            foreach (var path in MemberPaths(parsed.RootElement, "$"))
            {
                places.TryAdd(Shape(parsed.RootElement, path), (json, path));
            }
        }

        Assert.True(places.Count >= 100, $"only {places.Count} member shapes");
        var cases = 0;
        foreach (var (shape, (json, path)) in places)
        {
            foreach (var edit in Edits)
            {
                var utf8 = Rewrite(json, path, edit);
                AssertReadAlike(utf8, $"{edit.Name} at {path} ({shape})");
                cases++;
            }
        }

        Assert.True(cases >= 1000, $"{cases} cases");
    }

    [Fact]
    public void A_member_of_another_kind_of_party_is_read_alike_by_both_readers()
    {
        // Which members each kind of party may have is the one rule the direct reader keeps in a table of its own:
        // give every kind every member that any kind has, with a value some party has for it.
        var documents = CoveringDocuments();
        var values = new Dictionary<string, System.Text.Json.Nodes.JsonNode>();
        var kinds = new Dictionary<string, (string Json, int Index)>();
        foreach (var json in documents)
        {
            var parties = System.Text.Json.Nodes.JsonNode.Parse(json)!["parties"]!.AsArray();
            for (var i = 0; i < parties.Count; i++)
            {
                var party = parties[i]!.AsObject();
                kinds.TryAdd(party["kind"]!.GetValue<string>(), (json, i));
                foreach (var (name, value) in party)
                {
                    values.TryAdd(name, value!.DeepClone());
                }
            }
        }

        Assert.Equal(6, kinds.Count);
        foreach (var (kind, (json, index)) in kinds)
        {
            foreach (var (name, value) in values)
            {
                var root = System.Text.Json.Nodes.JsonNode.Parse(json)!;
                var party = root["parties"]![index]!.AsObject();
                if (party.ContainsKey(name))
                {
                    continue;
                }

                party[name] = value.DeepClone();
                AssertReadAlike(Encoding.UTF8.GetBytes(root.ToJsonString()), $"{name} added to a {kind}");
            }
        }
    }

    /// <summary>The seed and forty random documents: together, they use every member of every record and every kind of party.</summary>
    private static ConcurrentBag<string> CoveringDocuments()
    {
        var documents = new ConcurrentBag<string>([JsonEdit.Seed]);
        DocumentGen.Document.Sample(document => documents.Add(NegotiationJson.Write(document)), iter: 40);
        return documents;
    }

    private static void AssertDirectEqualsDocument(byte[] utf8, NegotiationDocument document)
    {
        var raw = DirectReader.Read(utf8, NegotiationJsonOptions.DefaultMaxDepth);
        Assert.Equal((document.Id, document.Title, document.Description, document.Content), (raw.Id, raw.Title, raw.Description, raw.Content));
        Assert.Equal(document, NegotiationJson.ReadOrThrow(utf8));
    }

    /// <summary>Both serializers give the same document or the same error, and the direct reader takes nothing the metadata refuses.</summary>
    private static void AssertReadAlike(byte[] utf8, string what)
    {
        var text = Encoding.UTF8.GetString(utf8);
        var fast = NegotiationJson.Read(utf8);
        var slow = Metadata.Read(utf8, null);
        if (fast.IsT0 != slow.IsT0)
        {
            Assert.Fail($"{what}: the readers disagree\n{(fast.IsT0 ? slow.AsT1 : fast.AsT1)}\n{text}");
        }

        if (fast.IsT0)
        {
            Assert.True(fast.AsT0 == slow.AsT0, $"{what}: different documents\n{text}");
        }
        else
        {
            Assert.Equal(slow.AsT1, fast.AsT1);
        }

        RawDocument? direct = null;
        try
        {
            direct = DirectReader.Read(utf8, NegotiationJsonOptions.DefaultMaxDepth);
        }
#pragma warning disable CA1031 // Giving up is allowed; taking what the metadata refuses is not.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        if (direct is not null)
        {
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            RawDocument metadata;
            try
            {
                metadata = DocumentFormat.Read(ref reader, Metadata.Options);
            }
            catch (Exception exception) when (exception is JsonException or ArgumentException)
            {
                Assert.Fail($"{what}: the direct reader took a text the metadata refuses ({exception.Message})\n{text}");
                throw;
            }

            Assert.True(direct == metadata, $"{what}: the direct reader built different records\n{text}");
        }
    }

    /// <summary>One edit of one member: what becomes of it in the rewritten text.</summary>
    private sealed record MemberEdit(string Name, Action<Utf8JsonWriter, string, JsonElement> Write);

    private static readonly MemberEdit[] Edits =
    [
        new("remove", (w, name, value) => { }),
        new("null", (w, name, value) => w.WriteNull(name)),
        new("number", (w, name, value) => w.WriteNumber(name, 1)),
        new("fraction", (w, name, value) => w.WriteNumber(name, 1.5)),
        new("string", (w, name, value) => w.WriteString(name, "x")),
        new("empty string", (w, name, value) => w.WriteString(name, "")),
        new("true", (w, name, value) => w.WriteBoolean(name, true)),
        new("empty array", (w, name, value) => { w.WriteStartArray(name); w.WriteEndArray(); }),
        new("array of it", (w, name, value) => { w.WriteStartArray(name); value.WriteTo(w); w.WriteEndArray(); }),
        new("array of null", (w, name, value) => { w.WriteStartArray(name); w.WriteNullValue(); w.WriteEndArray(); }),
        new("empty object", (w, name, value) => { w.WriteStartObject(name); w.WriteEndObject(); }),
        new("first item only", (w, name, value) =>
        {
            w.WritePropertyName(name);
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0) { value[0].WriteTo(w); } else { value.WriteTo(w); }
        }),
        new("renamed", (w, name, value) => { w.WritePropertyName(name + "s"); value.WriteTo(w); }),
        new("upper case", (w, name, value) => { w.WritePropertyName(char.ToUpperInvariant(name[0]) + name[1..]); value.WriteTo(w); }),
        new("repeated", (w, name, value) => { w.WritePropertyName(name); value.WriteTo(w); w.WritePropertyName(name); value.WriteTo(w); }),
        new("escaped name", (w, name, value) => { w.WritePropertyName(JsonEncodedText.Encode(name, System.Text.Encodings.Web.JavaScriptEncoder.Create())); value.WriteTo(w); }),
        new("computed sibling", (w, name, value) => { w.WritePropertyName(name); value.WriteTo(w); w.WriteBoolean("isActive", true); }),
    ];

    /// <summary>The text with the member at <paramref name="path"/> rewritten by <paramref name="edit"/>; everything else as it was.</summary>
    private static byte[] Rewrite(string json, string path, MemberEdit edit)
    {
        using var parsed = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Copy(writer, parsed.RootElement, "$", path, edit);
        }

        return buffer.ToArray();
    }

    private static void Copy(Utf8JsonWriter writer, JsonElement element, string at, string target, MemberEdit edit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject())
                {
                    var path = $"{at}.{member.Name}";
                    if (path == target)
                    {
                        edit.Write(writer, member.Name, member.Value);
                    }
                    else
                    {
                        writer.WritePropertyName(member.Name);
                        Copy(writer, member.Value, path, target, edit);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Copy(writer, item, $"{at}[{i++}]", target, edit);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static IEnumerable<string> MemberPaths(JsonElement element, string at)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                var path = $"{at}.{member.Name}";
                yield return path;
                foreach (var inner in MemberPaths(member.Value, path))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in MemberPaths(item, $"{at}[{i++}]"))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The path with indices dropped and each party's kind added: <c>$.parties[group].size</c>.</summary>
    private static string Shape(JsonElement root, string path)
    {
        var party = PartyIndex().Match(path);
        var kind = party.Success ? root.GetProperty("parties")[int.Parse(party.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].GetProperty("kind").GetString() : null;
        var shape = Index().Replace(path, "[]");
        return kind is null ? shape : shape.Replace("$.parties[]", $"$.parties[{kind}]", StringComparison.Ordinal);
    }

    private static void MoveToEnd(System.Text.Json.Nodes.JsonObject node, string name)
    {
        var value = node[name]!.DeepClone();
        node.Remove(name);
        node[name] = value;
    }

    private static string Minified(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(parsed.RootElement);
    }

    [GeneratedRegex(@"^\$\.parties\[(\d+)\]")]
    private static partial Regex PartyIndex();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
