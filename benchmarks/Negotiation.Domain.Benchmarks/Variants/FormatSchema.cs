using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.Variants;

/// <summary>
/// Just enough of the format's JSON Schema to walk a document beside it: which schema describes each object (through
/// <c>$ref</c>, the nullable <c>anyOf</c>, and the parties' <c>oneOf</c> chosen by <c>kind</c>), its members, and which
/// of them may be null. Knowledge of the format comes from the schema, not from a list kept here.
/// </summary>
public sealed class FormatSchema
{
    private readonly JsonElement _root;

    public FormatSchema(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        _root = document.RootElement.Clone();
    }

    /// <summary>The schema of the whole document.</summary>
    public JsonElement Root => _root;

    /// <summary>The schema that describes <paramref name="instance"/>, a value <paramref name="schema"/> allows.</summary>
    public JsonElement For(JsonElement schema, JsonElement instance)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            // The format's anyOf is always "this, or null".
            return For(anyOf.EnumerateArray().First(branch => !IsNull(branch)), instance);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) && instance.ValueKind == JsonValueKind.Object && instance.TryGetProperty("kind", out var kind))
        {
            foreach (var branch in oneOf.EnumerateArray())
            {
                var resolved = Resolve(branch);
                if (resolved.TryGetProperty("properties", out var members) && members.TryGetProperty("kind", out var kindSchema)
                    && kindSchema.TryGetProperty("const", out var constant) && constant.ValueEquals(kind.GetString()))
                {
                    return resolved;
                }
            }
        }

        return schema;
    }

    /// <summary>The members <paramref name="objectSchema"/> declares, each with its schema.</summary>
    public static IEnumerable<JsonProperty> Members(JsonElement objectSchema)
        => objectSchema.TryGetProperty("properties", out var members) ? members.EnumerateObject() : [];

    /// <summary>The schema of the items of an array <paramref name="arraySchema"/> describes.</summary>
    public JsonElement? Items(JsonElement arraySchema)
    {
        var resolved = Resolve(arraySchema);
        if (resolved.TryGetProperty("anyOf", out var anyOf))
        {
            // An optional array is "this array, or null".
            resolved = Resolve(anyOf.EnumerateArray().First(branch => !IsNull(branch)));
        }

        return resolved.TryGetProperty("items", out var items) ? items : null;
    }

    /// <summary>Whether a member of this schema may be an explicit <c>null</c>.</summary>
    public static bool IsNullable(JsonElement memberSchema)
        => memberSchema.TryGetProperty("anyOf", out var anyOf) && anyOf.EnumerateArray().Any(IsNull);

    private static bool IsNull(JsonElement schema)
        => schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("null");

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            const string Prefix = "#/$defs/";
            var name = reference.GetString()!;
            schema = name.StartsWith(Prefix, StringComparison.Ordinal)
                ? _root.GetProperty("$defs").GetProperty(name[Prefix.Length..])
                : throw new NotSupportedException($"Only local references are followed, not {name}.");
        }

        return schema;
    }
}
