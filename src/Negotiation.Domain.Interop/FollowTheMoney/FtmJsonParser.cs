using System.Text.Json;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// Reads one line of <c>entities.ftm.json</c> or <c>targets.nested.json</c> into entities, with a
/// <see cref="Utf8JsonReader"/> over the line's bytes: no reflection, no document tree. Any problem is an
/// <see cref="ImportException"/> whose error has the line, the column where known and the JSON path.
/// </summary>
internal static class FtmJsonParser
{
    /// <summary>How deep nested entities may go in <c>targets.nested.json</c> (a target, its sanction, ...).</summary>
    private const int MaxNesting = 6;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 4 * MaxNesting + 4 };

    // Under which property of its holder a nested entity sits -> the property of the nested entity that points back
    // at the holder, added when the nested entity leaves it out.
    private static readonly Dictionary<string, string> BackReferences = new(StringComparer.Ordinal)
    {
        ["sanctions"] = "entity",
        ["positionOccupancies"] = "holder",
        ["occupancies"] = "post",
        ["ownershipOwner"] = "owner",
        ["ownershipAsset"] = "asset",
        ["familyPerson"] = "person",
        ["familyRelative"] = "relative",
        ["associates"] = "person",
        ["associations"] = "associate",
        ["membershipMember"] = "member",
        ["membershipOrganization"] = "organization",
        ["directorshipDirector"] = "director",
        ["directorshipOrganization"] = "organization",
        ["identification"] = "holder",
    };

    /// <summary>Reads <paramref name="line"/> into <paramref name="output"/>: one entity, then those nested in it when <paramref name="nested"/>.</summary>
    public static void Parse(ReadOnlySpan<byte> line, long lineNumber, bool nested, List<FtmEntity> output)
    {
        var reader = new Utf8JsonReader(line, ReaderOptions);
        var path = new PathTracker();
        try
        {
            if (!reader.Read())
            {
                throw Error(FtmCodes.InvalidJson, lineNumber, 1, "", null, "the line holds no JSON value");
            }

            ReadEntity(ref reader, lineNumber, nested, output, ref path, depth: 0);
            if (reader.Read())
            {
                throw Error(FtmCodes.InvalidJson, lineNumber, reader.TokenStartIndex + 1, "", output.Count > 0 ? output[0]?.Id : null, "more than one JSON value on the line");
            }
        }
        catch (JsonException e)
        {
            throw Error(FtmCodes.InvalidJson, lineNumber, (e.BytePositionInLine ?? 0) + 1, path.ToString(), output.Count > 0 ? output[0]?.Id : null, FirstSentence(e.Message));
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static FtmEntity ReadEntity(ref Utf8JsonReader reader, long line, bool nestedFormat, List<FtmEntity> output, ref PathTracker path, int depth)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(FtmCodes.NotAnEntity, line, reader.TokenStartIndex + 1, path.ToString(), null, $"an entity is a JSON object, not {Describe(reader.TokenType)}");
        }

        string? id = null, schema = null, caption = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // The properties are read before the id may be known: keep them, with nested entities, until the end.
        var properties = new List<(string Name, List<string> Values)>();
        var nestedEntities = new List<(string Property, FtmEntity Entity)>();
        var startIndex = output.Count;
        output.Add(null!); // the place of this entity, before the ones nested in it
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = reader.GetString()!;
            if (!seen.Add(member))
            {
                throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.Member(member), id, $"the member '{member}' is repeated");
            }

            path.Push(member);
            reader.Read();
            switch (member)
            {
                case "id":
                    if (reader.TokenType != JsonTokenType.String || (id = reader.GetString()!).Length == 0)
                    {
                        throw Error(FtmCodes.MissingId, line, reader.TokenStartIndex + 1, path.ToString(), null, "an entity's id is a non-empty string");
                    }

                    break;
                case "schema":
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw Error(FtmCodes.MissingSchema, line, reader.TokenStartIndex + 1, path.ToString(), id, $"an entity's schema is a string, not {Describe(reader.TokenType)}");
                    }

                    schema = reader.GetString()!;
                    break;
                case "caption":
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        caption = reader.GetString();
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.ToString(), id, $"the caption is a string, not {Describe(reader.TokenType)}");
                    }

                    break;
                case "properties":
                    ReadProperties(ref reader, line, nestedFormat, output, ref path, depth, id, properties, nestedEntities);
                    break;
                default:
                    // OpenSanctions' metadata (datasets, referents, target, first_seen, last_seen, last_change) and
                    // anything else beside the properties: not part of the entity's facts, skipped whole.
                    reader.Skip();
                    break;
            }

            path.Pop();
        }

        if (id is null)
        {
            throw Error(FtmCodes.MissingId, line, 0, path.ToString(), null, "the entity has no id");
        }

        if (schema is null)
        {
            throw Error(FtmCodes.MissingSchema, line, 0, path.ToString(), id, "the entity has no schema");
        }

        if (!FtmSchemas.IsKnown(schema))
        {
            throw Error(FtmCodes.UnknownSchema, line, 0, path.Member("schema"), id, $"'{Clip(schema)}' is not a FollowTheMoney schema");
        }

        var entity = new FtmEntity(id, schema, line) { Caption = caption, Nested = depth > 0 };
        foreach (var (name, values) in properties)
        {
            entity.Properties[name] = values;
        }

        output[startIndex] = entity;
        foreach (var (property, child) in nestedEntities)
        {
            if (BackReferences.TryGetValue(property, out var back))
            {
                // A reverse property (a target's sanctions): the nested entity points at its holder, not the other way.
                if (child.Values(back).Count == 0)
                {
                    child.Add(back, id);
                }
            }
            else
            {
                entity.Add(property, child.Id); // a forward one (an address, a post): the holder points at it
            }
        }

        return entity;
    }

    private static void ReadProperties(ref Utf8JsonReader reader, long line, bool nestedFormat, List<FtmEntity> output, ref PathTracker path, int depth, string? id, List<(string, List<string>)> properties, List<(string, FtmEntity)> nestedEntities)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(FtmCodes.NotAnEntity, line, reader.TokenStartIndex + 1, path.ToString(), id, $"properties is an object, not {Describe(reader.TokenType)}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.Member(name), id, $"the property '{Clip(name)}' is repeated");
            }

            path.Push(name);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.ToString(), id, $"a property is a list of strings, not {Describe(reader.TokenType)}");
            }

            var values = new List<string>();
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                path.Index(index);
                if (reader.TokenType == JsonTokenType.String)
                {
                    values.Add(reader.GetString()!);
                }
                else if (reader.TokenType == JsonTokenType.StartObject && nestedFormat)
                {
                    if (depth + 1 >= MaxNesting)
                    {
                        throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.ToString(), id, $"entities are nested more than {MaxNesting} deep");
                    }

                    var child = ReadEntity(ref reader, line, nestedFormat, output, ref path, depth + 1);
                    nestedEntities.Add((name, child));
                }
                else
                {
                    throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.ToString(), id,
                        reader.TokenType == JsonTokenType.StartObject
                            ? "a property's values are strings; an entity nested in a property belongs in targets.nested.json"
                            : $"a property's values are strings, not {Describe(reader.TokenType)}");
                }

                path.EndIndex();
                index++;
            }

            path.Pop();
            if (values.Count > 0)
            {
                properties.Add((name, values));
            }
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    internal static string Clip(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");

    private static ImportException Error(string code, long line, long column, string path, string? id, string message)
        => new(new ImportError(code, line, column, path, id, message));

    /// <summary>The JSON path of the reader, kept as a small stack and written out only for an error.</summary>
    private struct PathTracker
    {
        // A member name, or null and an index: nothing is formatted until an error asks for the text.
        private List<(string? Member, int Index)>? _parts;

        public void Push(string member) => (_parts ??= []).Add((member, 0));

        public void Index(int index) => (_parts ??= []).Add((null, index));

        public readonly void EndIndex() => _parts!.RemoveAt(_parts.Count - 1);

        public readonly void Pop() => _parts!.RemoveAt(_parts.Count - 1);

        public readonly string Member(string member) => ToString() + "." + member;

        public override readonly string ToString()
        {
            var text = new System.Text.StringBuilder("$");
            foreach (var (member, index) in _parts ?? [])
            {
                text.Append(member is null ? $"[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]" : "." + member);
            }

            return text.ToString();
        }
    }
}
