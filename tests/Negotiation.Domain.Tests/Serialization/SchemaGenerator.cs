using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Makes the format's JSON Schema (draft 2020-12) from the metadata. System.Text.Json's <see cref="JsonSchemaExporter"/>
/// gives each record's skeleton: its members, which are required, <c>additionalProperties: false</c>, and for a party
/// one branch per kind with its <c>kind</c> constant. It cannot see through custom converters (it says <c>true</c>, any
/// value, for ids, dates, enums and arrays), so each member's schema is refined here from its type: the patterns the
/// model exposes, the snake_case names of enums, arrays of their items, and <c>null</c> where the reader accepts it.
/// Records become <c>$defs</c> referred to by name.
/// </summary>
internal sealed class SchemaGenerator(JsonSerializerOptions options)
{
    private readonly SortedDictionary<string, JsonNode> _defs = new(StringComparer.Ordinal);

    public static string Generate() => new SchemaGenerator(ModelMetadata.ContextOptions).Build();

    private string Build()
    {
        var properties = new JsonObject();
        var rootMembers = Domain.Serialization.Format.FormatDescription.Of(typeof(RawDocument)).Members;
        foreach (var member in rootMembers)
        {
            var schema = member.Value.Kind == Domain.Serialization.Format.ValueKind.Version
                ? new JsonObject { ["const"] = NegotiationDocument.CurrentFormatVersion }
                : Constrain(typeof(NegotiationDocument), member.JsonName, TypeSchema(member.Value.Type));
            properties[member.JsonName] = member.Nullable && member.Value.Type == typeof(string) ? OrNull(schema) : schema;
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Negotiation document",
            ["description"] = $"A negotiation document of Negotiation.Domain, format version {NegotiationDocument.CurrentFormatVersion}: parties, issues, demands, sanctions, agreements, stances, events and sources. Generated from the library's metadata; the reader also checks rules a schema cannot (references resolve, ids are unique, dates are in order).",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. rootMembers.Where(m => m.Required).Select(m => (JsonNode)m.JsonName)]),
            ["additionalProperties"] = false,
        };
        root["$defs"] = new JsonObject([.. _defs.Select(def => KeyValuePair.Create(def.Key, (JsonNode?)def.Value))]);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>The schema of a value of <paramref name="type"/>: inline for strings, numbers and arrays, a <c>$ref</c> otherwise.</summary>
    private JsonNode TypeSchema(Type type)
    {
        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = "string", ["minLength"] = 1 };
        }

        if (type == typeof(int))
        {
            return new JsonObject { ["type"] = "integer" };
        }

        if (type == typeof(Uri))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "uri" };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var item = type.GetGenericArguments()[0];
            var array = new JsonObject { ["type"] = "array", ["items"] = TypeSchema(item) };
            if (IsIdLike(item))
            {
                array["uniqueItems"] = true; // the records refuse a repeated id, reference or measure
            }

            return array;
        }

        return Ref(type);
    }

    private static bool IsIdLike(Type type)
        => type.IsEnum || type == typeof(Reference) || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISlugId<>));

    private JsonObject Ref(Type type)
    {
        var name = DefName(type);
        if (!_defs.ContainsKey(name))
        {
            _defs[name] = new JsonObject(); // reserved first, so that a type that refers to itself ends
            _defs[name] = Definition(type);
        }

        return new JsonObject { ["$ref"] = $"#/$defs/{name}" };
    }

    private JsonNode Definition(Type type)
    {
        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISlugId<>)))
        {
            return new JsonObject { ["description"] = "A slug: lower-case letters and digits in runs joined by single hyphens.", ["type"] = "string", ["pattern"] = Slug.Pattern, ["maxLength"] = Slug.MaxLength };
        }

        if (type == typeof(PartialDate))
        {
            return new JsonObject { ["description"] = "A date known to the year, the month or the day (ISO 8601 prefix); the day must exist.", ["type"] = "string", ["pattern"] = PartialDate.Pattern };
        }

        if (type == typeof(CountryCode))
        {
            return new JsonObject { ["description"] = "An assigned ISO 3166-1 alpha-2 code, upper case (XK for Kosovo).", ["type"] = "string", ["pattern"] = CountryCode.Pattern, ["enum"] = new JsonArray([.. CountryCode.All.Select(code => (JsonNode)code)]) };
        }

        if (type == typeof(Reference))
        {
            return new JsonObject { ["description"] = "A reference to a record of the document, as kind:id.", ["type"] = "string", ["pattern"] = Reference.Pattern };
        }

        var info = options.GetTypeInfo(type);
        if (info.Converter.GetType() is { IsGenericType: true } converter && converter.GetGenericTypeDefinition() == typeof(SnakeCaseEnumConverter<>))
        {
            // The names as the serializer writes them, so the schema cannot disagree with the writer.
            var names = Enum.GetValues(type).Cast<object>().Select(value => (JsonNode)JsonSerializer.SerializeToNode(value, info)!.GetValue<string>());
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. names]) };
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            throw new InvalidOperationException($"No schema for {type}: teach SchemaGenerator about it.");
        }

        var exported = JsonSchemaExporter.GetJsonSchemaAsNode(info, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true }).AsObject();
        if (info.PolymorphismOptions is { } polymorphism)
        {
            // One branch per kind; each branch's skeleton names its kind as a constant.
            var branches = new JsonArray();
            foreach (var branch in exported["anyOf"]!.AsArray())
            {
                var kind = branch!["properties"]![polymorphism.TypeDiscriminatorPropertyName]!["const"]!.GetValue<string>();
                var derived = polymorphism.DerivedTypes.Single(d => (string?)d.TypeDiscriminator == kind);
                var name = DefName(derived.DerivedType);
                _defs[name] = Refine(branch.DeepClone().AsObject(), options.GetTypeInfo(derived.DerivedType), polymorphism.TypeDiscriminatorPropertyName);
                branches.Add(new JsonObject { ["$ref"] = $"#/$defs/{name}" });
            }

            return new JsonObject { ["type"] = "object", ["required"] = new JsonArray(polymorphism.TypeDiscriminatorPropertyName), ["oneOf"] = branches };
        }

        return Refine(exported, info, discriminator: null);
    }

    /// <summary>Keeps the exporter's members, required list and closed shape; replaces each member's schema with one made from its type.</summary>
    private JsonObject Refine(JsonObject skeleton, JsonTypeInfo info, string? discriminator)
    {
        var exportedNames = skeleton["properties"]!.AsObject().Select(p => p.Key).Where(name => name != discriminator).ToList();
        var metadataNames = info.Properties.Select(p => p.Name).ToList();
        if (!exportedNames.SequenceEqual(metadataNames))
        {
            throw new InvalidOperationException($"{info.Type}: the exporter lists {string.Join(", ", exportedNames)}, the metadata {string.Join(", ", metadataNames)}.");
        }

        var properties = new JsonObject();
        if (discriminator is not null)
        {
            properties[discriminator] = skeleton["properties"]![discriminator]!.DeepClone();
        }

        foreach (var property in info.Properties)
        {
            var underlying = Nullable.GetUnderlyingType(property.PropertyType);
            var schema = Constrain(info.Type, property.Name, TypeSchema(underlying ?? property.PropertyType));
            properties[property.Name] = AcceptsNull(property) ? OrNull(schema) : schema;
        }

        var required = skeleton["required"]?.AsArray().Select(name => name!.GetValue<string>()).ToList() ?? [];
        if (discriminator is not null && !required.Contains(discriminator))
        {
            required.Insert(0, discriminator);
        }

        var refined = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            refined["required"] = new JsonArray([.. required.Select(name => (JsonNode)name)]);
        }

        refined["additionalProperties"] = skeleton["additionalProperties"]?.DeepClone() ?? throw new InvalidOperationException($"{info.Type}: the exporter did not close the object.");
        return refined;
    }

    // The record rules a schema can say (Guards/TextGuards.cs and the other guards): lengths, one-line names without control characters,
    // free text without control characters but for line breaks and tabs, counts of items, ranges, web addresses.
    private const string NoControl = "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$";
    private const string NoControlButLines = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$";
    private static readonly HashSet<string> NameMembers = ["name", "title", "publisher", "program", "legalBasis", "authorityId", "venue", "place", "office", "scheme", "value", "aliases", "items"];
    private static readonly HashSet<string> TextMembers = ["description", "reason", "note", "statement", "condition"];
    private static readonly Dictionary<string, int> MinItems = new(StringComparer.Ordinal)
    {
        ["Sanction.targets"] = 1,
        ["Sanction.measures"] = 1,
        ["Agreement.parties"] = 2,
        ["Coalition.members"] = 1,
        ["Attribution.sources"] = 1,
        ["Counterclaim.sources"] = 1,
    };

    private static JsonNode Constrain(Type type, string member, JsonNode schema)
    {
        if (schema is not JsonObject constrained)
        {
            return schema;
        }

        var text = constrained["items"] is JsonObject { } item && item["type"]?.GetValue<string>() == "string" ? item : constrained;
        if (text["type"] is JsonValue kind && kind.GetValue<string>() == "string" && !text.ContainsKey("format"))
        {
            if (NameMembers.Contains(member))
            {
                text["maxLength"] = TextGuards.MaxNameLength;
                text["pattern"] = NoControl;
            }
            else if (TextMembers.Contains(member))
            {
                text["maxLength"] = TextGuards.MaxTextLength;
                text["pattern"] = NoControlButLines;
            }
        }

        if (member == "url")
        {
            constrained["pattern"] = "^https?://";
        }

        if (type.Name == "Group" && member == "size")
        {
            constrained["minimum"] = 1;
        }

        if (MinItems.TryGetValue($"{type.Name}.{member}", out var least))
        {
            constrained["minItems"] = least;
        }

        return constrained;
    }

    private static bool AcceptsNull(JsonPropertyInfo property)
        => Nullable.GetUnderlyingType(property.PropertyType) is not null
            || (!property.PropertyType.IsValueType && (property.AssociatedParameter?.IsNullable ?? property.IsSetNullable));

    private static JsonNode OrNull(JsonNode schema)
        => schema is JsonObject { Count: 1 } simple && simple["type"] is JsonValue type
            ? new JsonObject { ["type"] = new JsonArray(type.GetValue<string>(), "null") }
            : new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    private static string DefName(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name);
}
