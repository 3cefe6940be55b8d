using System.Text.Json;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// Reads one line of <c>entities.ftm.json</c> or <c>targets.nested.json</c> into entities, with a
/// <see cref="Utf8JsonReader"/> over the line's bytes: no reflection, no document tree. Any problem is an
/// <see cref="ImportException"/> whose error has the line, the column where known and the JSON path.
/// </summary>
internal sealed class FtmJsonParser
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

    // The entities of earlier lines, reused: an entity lives only until the next line is read (see FtmEntity).
    private readonly List<FtmEntity> _pool = [];
    private int _pooled;

    // Member names beside "properties" of the entities being read (a stack: each entity's start in _memberStarts), and
    // the nested entities waiting for their holder's id (likewise), both reused from line to line.
    private readonly List<string> _members = [];
    private readonly List<(string Property, FtmEntity Entity)> _nested = [];
    private readonly List<(string? Member, int Index)> _pathParts = [];
    private readonly FtmNameCache _names = new();
    private readonly HashSet<string> _memberSet = new(StringComparer.Ordinal);
    private long _memberSetOwner = -1;
    private long _entitiesRead;

    /// <summary>Reads <paramref name="line"/> into <paramref name="output"/>: one entity, then those nested in it when <paramref name="nested"/>.</summary>
    /// <param name="line">The line's bytes.</param>
    /// <param name="lineNumber">Its number, for errors.</param>
    /// <param name="nested">Whether entities may be nested in properties (<c>targets.nested.json</c>).</param>
    /// <param name="output">Where the entities go.</param>
    /// <param name="known">
    /// Whether the line was read whole before and found good (the second pass of an import): then reading stops once the
    /// entity's id, schema, caption and properties are read, and what follows them (OpenSanctions' metadata, skipped
    /// anyway, often a third of the line) is not read again.
    /// </param>
    /// <remarks>The entities are valid until the next call (they are reused, and their values lie in <paramref name="line"/>).</remarks>
    public void Parse(ReadOnlyMemory<byte> line, long lineNumber, bool nested, List<FtmEntity> output, bool known = false)
    {
        var reader = new Utf8JsonReader(line.Span, ReaderOptions);
        _pooled = 0;
        _members.Clear();
        _nested.Clear();
        _pathParts.Clear();
        var path = new PathTracker(_pathParts);
        try
        {
            if (!reader.Read())
            {
                throw Error(FtmCodes.InvalidJson, lineNumber, 1, "", null, "the line holds no JSON value");
            }

            ReadEntity(ref reader, line, lineNumber, nested, output, ref path, depth: 0, readBefore: known);
            if (!known && reader.Read())
            {
                throw Error(FtmCodes.InvalidJson, lineNumber, reader.TokenStartIndex + 1, "", FirstId(output), "more than one JSON value on the line");
            }
        }
        catch (JsonException e)
        {
            throw Error(FtmCodes.InvalidJson, lineNumber, (e.BytePositionInLine ?? 0) + 1, path.ToString(), FirstId(output), FirstSentence(e.Message));
        }
        catch (InvalidOperationException e)
        {
            // A name or schema whose escapes make no Unicode text (a lone surrogate): the reader can't make its string.
            throw Error(FtmCodes.InvalidJson, lineNumber, reader.TokenStartIndex + 1, path.ToString(), FirstId(output), FirstSentence(e.Message));
        }
    }

    // The id of the line's own entity once it is read whole (its id is empty until then).
    private static string? FirstId(List<FtmEntity> output) => output.Count > 0 && output[0].Id.Length > 0 ? output[0].Id : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private FtmEntity Rent(ReadOnlyMemory<byte> line, long lineNumber)
    {
        if (_pooled == _pool.Count)
        {
            _pool.Add(new FtmEntity());
        }

        var entity = _pool[_pooled++];
        entity.Reset("", "", lineNumber, line);
        return entity;
    }

    private FtmEntity ReadEntity(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, long line, bool nestedFormat, List<FtmEntity> output, ref PathTracker path, int depth, bool readBefore = false)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(FtmCodes.NotAnEntity, line, reader.TokenStartIndex + 1, path.ToString(), null, $"an entity is a JSON object, not {Describe(reader.TokenType)}");
        }

        // The id is kept as its place in the line: most entities need no string of it in the first pass (their key is
        // hashed from the bytes), and an error makes one.
        var id = new IdPlace(source);
        string? schema = null;
        (int Start, int Length, bool Escaped)? caption = null;
        bool seenId = false, seenSchema = false, seenCaption = false, seenProperties = false;
        var membersStart = _members.Count;
        var owner = ++_entitiesRead; // tells this entity's members from a nested one's
        var nestedStart = _nested.Count;

        // The entity takes its place before the ones nested in it; its id and schema are set at the end, since they may
        // come after the properties.
        var entity = Rent(source, line);
        output.Add(entity);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var known = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("schema"u8) ? 2 : reader.ValueTextEquals("caption"u8) ? 3 : reader.ValueTextEquals("properties"u8) ? 4 : 0;
            var repeated = known switch
            {
                1 => seenId,
                2 => seenSchema,
                3 => seenCaption,
                4 => seenProperties,
                _ => false,
            };
            string member;
            if (known == 0)
            {
                member = _names.Get(ref reader);
                repeated = IsRepeatedMember(member, membersStart, owner);
                _members.Add(member);
            }
            else
            {
                member = known switch { 1 => "id", 2 => "schema", 3 => "caption", _ => "properties" };
            }

            if (repeated)
            {
                throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.Member(member), id.Text, $"the member '{member}' is repeated");
            }

            path.Push(member);
            reader.Read();
            switch (known)
            {
                case 1:
                    seenId = true;
                    if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length == 0)
                    {
                        throw Error(FtmCodes.MissingId, line, reader.TokenStartIndex + 1, path.ToString(), null, "an entity's id is a non-empty string");
                    }

                    CheckEscapes(ref reader, line, ref path, default);
                    if (!IsIdName(ref reader))
                    {
                        throw Error(FtmCodes.InvalidId, line, reader.TokenStartIndex + 1, path.ToString(), null, InvalidIdMessage);
                    }

                    id = new IdPlace(source, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);

                    break;
                case 2:
                    seenSchema = true;
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw Error(FtmCodes.MissingSchema, line, reader.TokenStartIndex + 1, path.ToString(), id.Text, $"an entity's schema is a string, not {Describe(reader.TokenType)}");
                    }

                    schema = FtmSchemas.Known(ref reader) ?? reader.GetString()!;
                    break;
                case 3:
                    seenCaption = true;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        CheckEscapes(ref reader, line, ref path, id);
                        caption = ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.ToString(), id.Text, $"the caption is a string, not {Describe(reader.TokenType)}");
                    }

                    break;
                case 4:
                    seenProperties = true;
                    ReadProperties(ref reader, source, line, nestedFormat, output, ref path, depth, id, entity);
                    break;
                default:
                    // OpenSanctions' metadata (datasets, referents, target, first_seen, last_seen, last_change) and
                    // anything else beside the properties: not part of the entity's facts, skipped whole.
                    reader.Skip();
                    break;
            }

            path.Pop();
            if (readBefore && seenId && seenSchema && seenCaption && seenProperties)
            {
                break; // a line read whole before (only the outer entity is ever known): the rest is metadata
            }
        }

        _members.RemoveRange(membersStart, _members.Count - membersStart);
        if (!id.IsSet)
        {
            throw Error(FtmCodes.MissingId, line, 0, path.ToString(), null, "the entity has no id");
        }

        if (schema is null)
        {
            throw Error(FtmCodes.MissingSchema, line, 0, path.ToString(), id.Text, "the entity has no schema");
        }

        if (!FtmSchemas.IsKnown(schema))
        {
            throw Error(FtmCodes.UnknownSchema, line, 0, path.Member("schema"), id.Text, $"'{Clip(schema)}' is not a FollowTheMoney schema");
        }

        entity.Identify(id.Start, id.Length, id.Escaped, schema, line);
        if (caption is var (start, length, escaped))
        {
            entity.SetCaptionPlace(start, length, escaped);
        }
        entity.Nested = depth > 0;
        for (var i = nestedStart; i < _nested.Count; i++)
        {
            var (property, child) = _nested[i];
            if (BackReferences.TryGetValue(property, out var back))
            {
                // A reverse property (a target's sanctions): the nested entity points at its holder, not the other way.
                if (child.Find(back) is not { Count: > 0 })
                {
                    child.Add(back, entity.Id);
                }
            }
            else
            {
                entity.Add(property, child.Id); // a forward one (an address, a post): the holder points at it
            }
        }

        _nested.RemoveRange(nestedStart, _nested.Count - nestedStart);
        return entity;
    }

    private void ReadProperties(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, long line, bool nestedFormat, List<FtmEntity> output, ref PathTracker path, int depth, IdPlace id, FtmEntity entity)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(FtmCodes.NotAnEntity, line, reader.TokenStartIndex + 1, path.ToString(), id.Text, $"properties is an object, not {Describe(reader.TokenType)}");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = _names.Get(ref reader);
            if (entity.Find(name) is not null)
            {
                throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.Member(name), id.Text, $"the property '{Clip(name)}' is repeated");
            }

            path.Push(name);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.ToString(), id.Text, $"a property is a list of strings, not {Describe(reader.TokenType)}");
            }

            var values = entity.Open(name);
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    // Kept as its place in the line: a string is made only if the mapper reads the property. (The
                    // index joins the path only for an error: this is the loop every value of the file goes through.)
                    CheckEscapes(ref reader, line, ref path, id, index);
                    values.AddPlace((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                    index++;
                    continue;
                }

                path.Index(index);
                if (reader.TokenType == JsonTokenType.StartObject && nestedFormat)
                {
                    if (depth + 1 >= MaxNesting)
                    {
                        throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.ToString(), id.Text, $"entities are nested more than {MaxNesting} deep");
                    }

                    var child = ReadEntity(ref reader, source, line, nestedFormat, output, ref path, depth + 1);
                    _nested.Add((name, child));
                }
                else
                {
                    throw Error(FtmCodes.WrongShape, line, reader.TokenStartIndex + 1, path.ToString(), id.Text,
                        reader.TokenType == JsonTokenType.StartObject
                            ? "a property's values are strings; an entity nested in a property belongs in targets.nested.json"
                            : $"a property's values are strings, not {Describe(reader.TokenType)}");
                }

                path.EndIndex();
                index++;
            }

            path.Pop();
        }
    }

    /// <summary>Why an id is refused (<see cref="FtmCodes.InvalidId"/>); the id itself is not repeated, since it may hold anything.</summary>
    internal const string InvalidIdMessage = "an entity's id must be a name: one line of at most 500 characters, at least one of them visible, and no control or bidirectional character";

    // Whether the id token keeps the rules of a name; plain printable ASCII (nearly every id) is judged on its bytes.
    private static bool IsIdName(ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && !bytes.ContainsAnyExceptInRange((byte)' ', (byte)'~'))
        {
            return bytes.Length <= TextRules.MaxNameLength && bytes.ContainsAnyExcept((byte)' ');
        }

        return TextRules.IsName(reader.GetString());
    }

    // Whether an entity's member is already among its others (from membersStart): a scan for the few of real data, a
    // set past them, so that a line of thousands of members is not read in quadratic time.
    private bool IsRepeatedMember(string member, int membersStart, long owner)
    {
        var count = _members.Count - membersStart;
        if (count < 16)
        {
            for (var i = membersStart; i < _members.Count; i++)
            {
                if (string.Equals(_members[i], member, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        if (_memberSetOwner != owner || _memberSet.Count != count)
        {
            // Another entity's (nested, or of an earlier line) or not built yet: from the list.
            _memberSet.Clear();
            for (var i = membersStart; i < _members.Count; i++)
            {
                _memberSet.Add(_members[i]);
            }

            _memberSetOwner = owner;
        }

        return !_memberSet.Add(member); // added now, as the caller adds it to the list next
    }

    // A string kept as its place is decoded later, when nothing can report an error any more: one with escapes is
    // decoded once now, since JSON lets "\uD800" through although it is no Unicode text. Escapes are rare in real data.
    private static void CheckEscapes(ref Utf8JsonReader reader, long line, ref PathTracker path, IdPlace id, int item = -1)
    {
        if (!reader.ValueIsEscaped)
        {
            return;
        }

        try
        {
            _ = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            if (item >= 0)
            {
                path.Index(item);
            }

            throw Error(FtmCodes.InvalidJson, line, reader.TokenStartIndex + 1, path.ToString(), id.Text, "the string escapes a lone surrogate (\\uD800 to \\uDFFF without its pair), which is no Unicode text");
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

    /// <summary>Where an entity's id lies in its line (between the quotes), once read.</summary>
    private readonly record struct IdPlace(ReadOnlyMemory<byte> Source, int Start = 0, int Length = -1, bool Escaped = false)
    {
        public bool IsSet => Length > 0; // an empty id is refused as it is read

        /// <summary>The id as a string, for an error; null when not read yet.</summary>
        public string? Text => IsSet ? FtmProperty.Decode(Source.Span, Start, Length, Escaped) : null;
    }

    /// <summary>The JSON path of the reader, kept as a small stack and written out only for an error.</summary>
    private struct PathTracker
    {
        // A member name, or null and an index: nothing is formatted until an error asks for the text.
        private readonly List<(string? Member, int Index)> _parts;

        public PathTracker(List<(string? Member, int Index)> parts) => _parts = parts;

        public readonly void Push(string member) => _parts.Add((member, 0));

        public readonly void Index(int index) => _parts.Add((null, index));

        public readonly void EndIndex() => _parts.RemoveAt(_parts.Count - 1);

        public readonly void Pop() => _parts.RemoveAt(_parts.Count - 1);

        public readonly string Member(string member) => ToString() + "." + member;

        public override readonly string ToString()
        {
            var text = new System.Text.StringBuilder("$");
            foreach (var (member, index) in _parts)
            {
                text.Append(member is null ? $"[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]" : "." + member);
            }

            return text.ToString();
        }
    }
}
