using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.Variants;

/// <summary>
/// Writes valid, non-canonical variants of a document's canonical text (<see cref="VariantOptions"/>): the same
/// content, with the members of every object in another order, explicit nulls, other whitespace. Walks the text with
/// <see cref="JsonDocument"/> and the format's schema (<see cref="FormatSchema"/>) side by side and writes it again
/// with a <see cref="Utf8JsonWriter"/>; strings are escaped as the canonical text escapes them, so only what the
/// options name differs.
/// </summary>
public sealed class VariantWriter(FormatSchema schema)
{
    public byte[] Write(ReadOnlySpan<byte> canonical, VariantOptions options)
    {
        var reader = new Utf8JsonReader(canonical, new JsonReaderOptions { MaxDepth = 64 });
        using var document = JsonDocument.ParseValue(ref reader);
        var output = new ArrayBufferWriter<byte>(canonical.Length + (canonical.Length / 2));
        using (var writer = new Utf8JsonWriter(output, WriterOptions(options.Layout)))
        {
            new Walk(schema, options, new Random(options.Seed)).Value(writer, document.RootElement, schema.Root);
        }

        if (options.Layout != VariantLayout.Minified)
        {
            output.Write("\n"u8);
        }

        return output.WrittenSpan.ToArray();
    }

    private static JsonWriterOptions WriterOptions(VariantLayout layout) => new()
    {
        Indented = layout != VariantLayout.Minified,
        IndentCharacter = layout == VariantLayout.Tabs ? '\t' : ' ',
        IndentSize = layout == VariantLayout.Tabs ? 1 : 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 64,
    };

    private readonly struct Walk(FormatSchema schema, VariantOptions options, Random random)
    {
        public void Value(Utf8JsonWriter writer, JsonElement value, JsonElement? valueSchema)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    Object(writer, value, valueSchema is { } known ? schema.For(known, value) : null);
                    break;
                case JsonValueKind.Array:
                    var items = valueSchema is { } array ? schema.Items(array) : null;
                    writer.WriteStartArray();
                    foreach (var item in value.EnumerateArray())
                    {
                        Value(writer, item, items);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    value.WriteTo(writer);
                    break;
            }
        }

        private void Object(Utf8JsonWriter writer, JsonElement value, JsonElement? objectSchema)
        {
            var declared = objectSchema is { } known ? FormatSchema.Members(known).ToDictionary(member => member.Name, member => member.Value) : [];
            var members = new List<(string Name, JsonElement? Value, JsonElement? Schema)>();
            foreach (var member in value.EnumerateObject())
            {
                members.Add((member.Name, member.Value, declared.TryGetValue(member.Name, out var memberSchema) ? memberSchema : null));
            }

            if (options.ExplicitNulls)
            {
                foreach (var (name, memberSchema) in declared)
                {
                    if (!value.TryGetProperty(name, out _) && FormatSchema.IsNullable(memberSchema))
                    {
                        members.Add((name, null, memberSchema));
                    }
                }
            }

            if (options.ShuffleMembers)
            {
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(members));
                if (members.Count > 1 && members[0].Name == "kind")
                {
                    var other = random.Next(1, members.Count);
                    (members[0], members[other]) = (members[other], members[0]);
                }
            }

            writer.WriteStartObject();
            foreach (var (name, member, memberSchema) in members)
            {
                writer.WritePropertyName(name);
                if (member is { } present)
                {
                    Value(writer, present, memberSchema);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndObject();
        }
    }
}
