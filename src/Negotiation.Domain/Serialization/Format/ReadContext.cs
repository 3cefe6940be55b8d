using System.Text.Json;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Serialization.Reading;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Guards;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// What the generated readers share during one read: the path to the value being read, kept as one slot per level
/// (a member's name and, in an array, the item's index), and the depth limit. The path costs two stores per member;
/// it is turned into text only when an error is found, so every error carries its exact path without a second pass.
/// </summary>
internal sealed class ReadContext
{
    // A slot per level of the path. A value is entered only within the depth limit, so the path is never longer than
    // the limit; one slot more is kept for the member of the deepest object. Sized to the limit, not to the largest
    // limit allowed: a small document is read for a few hundred bytes less.
    private readonly string[] _names;
    private readonly int[] _indexes;
    private int _length;
    private long _offset;

    /// <param name="maxDepth">How deeply objects and arrays may nest; the root object is depth 1.</param>
    public ReadContext(int maxDepth)
    {
        MaxDepth = maxDepth;
        var slots = Math.Clamp(maxDepth, 1, NegotiationJsonOptions.MaxDepthLimit) + 2;
        _names = new string[slots];
        _indexes = new int[slots];
    }

    /// <summary>How deeply objects and arrays may nest.</summary>
    public int MaxDepth { get; }

    /// <summary>The JSON path of the value being read.</summary>
    public string Path => PathOf(_length);

    /// <summary>Checks that the reader is at an object it may enter; returns the object's offset.</summary>
    public long EnterObject(ref Utf8JsonReader r, int depth)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            throw WrongType(ref r, "an object");
        }

        CheckDepth(ref r);
        return r.TokenStartIndex;
    }

    /// <summary>Checks that the reader is at an array it may enter.</summary>
    public void EnterArray(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            throw WrongType(ref r, "an array");
        }

        CheckDepth(ref r);
    }

    /// <summary>Moves to the next member's name; <see langword="false"/> at the end of the object.</summary>
    public bool NextMember(ref Utf8JsonReader r)
    {
        r.Read();
        return r.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Where in the text the path's last step is: a member's name, or an array item's value; errors point there.</summary>
    public long PathOffset => _offset;

    /// <summary>The value read next is the member <paramref name="name"/>, whose name is at <paramref name="offset"/>, of the object whose members are at <paramref name="depth"/>.</summary>
    public void Member(int depth, JsonEncodedText name, long offset)
    {
        _names[depth] = name.Value;
        _indexes[depth] = -1;
        _length = depth + 1;
        _offset = offset;
    }

    /// <summary>The value read next is the item <paramref name="index"/>, at <paramref name="offset"/>, of the array at <paramref name="depth"/>.</summary>
    public void Item(int depth, int index, long offset)
    {
        _indexes[depth] = index;
        _length = depth + 1;
        _offset = offset;
    }

    /// <summary>The item of the array at <paramref name="depth"/> is read: the path is the array's again.</summary>
    public void EndItem(int depth)
    {
        _indexes[depth] = -1;
        _length = depth + 1;
    }

    /// <summary>The member's value is read: the path is its object's again.</summary>
    public void Leave(int depth) => _length = depth;

    /// <summary>
    /// Finds the kind of the object the reader is at (after <see cref="EnterObject"/>). When the kind is its first
    /// member, the reader moves past it and this returns <see langword="true"/>; otherwise a copy of the reader looks
    /// ahead for it, stepping over the other members, and the reader stays where it was.
    /// </summary>
    public bool FindKind(ref Utf8JsonReader r, int depth, long start, JsonEncodedText discriminator, JsonEncodedText[] kinds, out int kind)
    {
        var ahead = r;
        ahead.Read();
        if (ahead.TokenType == JsonTokenType.PropertyName && ahead.ValueTextEquals(discriminator.EncodedUtf8Bytes))
        {
            r.Read();
            Member(depth, discriminator, r.TokenStartIndex);
            r.Read();
            kind = KindOf(ref r, kinds);
            Leave(depth);
            return true;
        }

        while (ahead.TokenType == JsonTokenType.PropertyName)
        {
            if (ahead.ValueTextEquals(discriminator.EncodedUtf8Bytes))
            {
                Member(depth, discriminator, ahead.TokenStartIndex);
                ahead.Read();
                kind = KindOf(ref ahead, kinds);
                Leave(depth);
                return false;
            }

            ahead.Read();
            SkipValue(ref ahead);
            ahead.Read();
        }

        throw MissingProperty(depth, start, discriminator.Value);
    }

    private int KindOf(ref Utf8JsonReader r, JsonEncodedText[] kinds)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            throw WrongType(ref r, "a kind as a string");
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (r.ValueTextEquals(kinds[i].EncodedUtf8Bytes))
            {
                return i;
            }
        }

        var known = string.Join(", ", kinds.Select(k => k.Value));
        throw Error(ErrorCodes.UnknownKind, _offset, $"{QuotedInput.Quote(FormatValues.GetString(ref r))} is not a kind the format knows; the kinds are {known}.");
    }

    /// <summary>Steps over a value, checking the depth of every object and array inside it.</summary>
    private void SkipValue(ref Utf8JsonReader r)
    {
        if (r.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = r.CurrentDepth;
        CheckDepth(ref r);
        while (r.Read() && r.CurrentDepth > depth)
        {
            if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                CheckDepth(ref r);
            }
        }
    }

    private void CheckDepth(ref Utf8JsonReader r)
    {
        // The token's depth counts the containers around it; entering it makes one more.
        if (r.CurrentDepth >= MaxDepth)
        {
            throw Error(ErrorCodes.TooDeep, _length == 0 ? r.TokenStartIndex : _offset, $"Objects and arrays nest more than {MaxDepth} deep here (NegotiationJsonOptions.MaxDepth).");
        }
    }

    public FormatReadException WrongType(ref Utf8JsonReader r, string expected)
        => Error(ErrorCodes.WrongType, _length == 0 ? r.TokenStartIndex : _offset, $"Expected {expected}, found {JsonValueException.Describe(r.TokenType)}.");

    public FormatReadException UnknownProperty(ref Utf8JsonReader r, int depth, JsonEncodedText[] names)
    {
        var name = FormatValues.GetString(ref r);
        var known = string.Join(", ", names.Select(n => n.Value));
        return new FormatReadException(ErrorCodes.UnknownProperty, JsonPath.Member(PathOf(depth), name), r.TokenStartIndex, $"{QuotedInput.Quote(name)} is not a member here; the members are {known}.");
    }

    public FormatReadException DuplicateProperty(ref Utf8JsonReader r, int depth)
    {
        var name = FormatValues.GetString(ref r);
        return new FormatReadException(ErrorCodes.DuplicateProperty, JsonPath.Member(PathOf(depth), name), r.TokenStartIndex, $"The member {QuotedInput.Quote(name)} appears more than once.");
    }

    public FormatReadException MissingProperty(int depth, long start, string name)
        => new(ErrorCodes.MissingProperty, JsonPath.Member(PathOf(depth), name), start, $"The member '{name}' is required.");

    /// <summary>
    /// A record's guard refused what was read: reported at the member the guard names, or at the record, as
    /// <c>invalid-value</c> unless the rule has a code of its own (<see cref="RuleCode"/>).
    /// </summary>
    public FormatReadException RuleBroken(ArgumentException rule, int depth, long start, string? member)
    {
        var path = member is null ? PathOf(depth) : JsonPath.Member(PathOf(depth), member);
        return new FormatReadException(RuleCode.Of(rule), path, start, RuleText.Of(rule), member);
    }

    /// <summary>An error at the current path.</summary>
    public FormatReadException Error(string code, long offset, string message) => new(code, Path, offset, message);

    private string PathOf(int length)
    {
        var path = JsonPath.Root;
        for (var i = 0; i < length; i++)
        {
            path = JsonPath.Member(path, _names[i]);
            if (_indexes[i] >= 0)
            {
                path = JsonPath.Item(path, _indexes[i]);
            }
        }

        return path;
    }
}
