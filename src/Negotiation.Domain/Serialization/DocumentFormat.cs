using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// The root object of the format, read and written by hand: <see cref="NegotiationDocument"/> can only be made through
/// validation, so it has no constructor for System.Text.Json to call. Every record inside is read and written through
/// the context's metadata: this is how the context's own converter and the tests' reflection-based serializer read, and
/// how <see cref="NegotiationJson"/> reads a text its <see cref="DirectReader"/> gives up on. <see cref="Members"/> is
/// the one description of the root, used by the reader, the writer, the reader that locates errors and the schema test.
/// </summary>
internal static class DocumentFormat
{
    private const int FormatVersion = 0, Id = 1, Title = 2, Description = 3, Parties = 4, Issues = 5, Demands = 6,
        Sanctions = 7, Agreements = 8, Stances = 9, Events = 10, Sources = 11;

    private const int RequiredMask = (1 << FormatVersion) | (1 << Id) | (1 << Title);

    /// <summary>The members of the root object, in the order they are written.</summary>
    public static ImmutableArray<DocumentMember> Members { get; } =
    [
        new(JsonEncodedText.Encode("formatVersion"), typeof(int), Required: true),
        new(JsonEncodedText.Encode("id"), typeof(NegotiationId), Required: true),
        new(JsonEncodedText.Encode("title"), typeof(string), Required: true),
        new(JsonEncodedText.Encode("description"), typeof(string), Nullable: true),
        new(JsonEncodedText.Encode("parties"), typeof(EquatableArray<Party>)),
        new(JsonEncodedText.Encode("issues"), typeof(EquatableArray<Issue>)),
        new(JsonEncodedText.Encode("demands"), typeof(EquatableArray<Demand>)),
        new(JsonEncodedText.Encode("sanctions"), typeof(EquatableArray<Sanction>)),
        new(JsonEncodedText.Encode("agreements"), typeof(EquatableArray<Agreement>)),
        new(JsonEncodedText.Encode("stances"), typeof(EquatableArray<Stance>)),
        new(JsonEncodedText.Encode("events"), typeof(EquatableArray<Event>)),
        new(JsonEncodedText.Encode("sources"), typeof(EquatableArray<Source>)),
    ];

    /// <summary>The name of the version member.</summary>
    public static string FormatVersionName => Members[FormatVersion].Name.Value;

    /// <summary>The member named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static DocumentMember? Find(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name.Value == name)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>Checks the rules of the root's own values (the title is a non-blank name; the description, if any, a non-blank text).</summary>
    /// <exception cref="ArgumentException">A rule is broken; the parameter name is the JSON member's name.</exception>
    public static void CheckRoot(string title, string? description)
    {
        Guard.Against.NullOrInvalidName(title, Members[Title].Name.Value);
        Guard.Against.InvalidText(description, Members[Description].Name.Value);
    }

    /// <summary>
    /// Reads the root object at the reader's current token (which must be its start). Throws on the first problem:
    /// the caller that needs the problem's exact place re-reads the input (see <c>ErrorFinder</c>).
    /// </summary>
    public static RawDocument Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValueException.WrongType(reader.TokenType, "an object");
        }

        int? version = null;
        NegotiationId id = default;
        string? title = null, description = null;
        var content = new NegotiationContent();
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ref reader);
            if (index < 0 || (seen & (1 << index)) != 0)
            {
                throw new JsonValueException(index < 0 ? ErrorCodes.UnknownProperty : ErrorCodes.DuplicateProperty, "The root has an unknown or repeated member.");
            }

            seen |= 1 << index;
            reader.Read();
            switch (index)
            {
                case FormatVersion:
                    version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number)
                        ? number
                        : throw JsonValueException.WrongType(reader.TokenType, "a whole number");
                    break;
                case Id:
                    id = SlugIdConverter<NegotiationId>.ReadValue(ref reader);
                    break;
                case Title:
                    title = JsonValueException.ReadString(ref reader, "a string");
                    break;
                case Description:
                    description = reader.TokenType == JsonTokenType.Null ? null : JsonValueException.ReadString(ref reader, "a string");
                    break;
                case Parties:
                    content = content with { Parties = ReadArray<Party>(ref reader, options) };
                    break;
                case Issues:
                    content = content with { Issues = ReadArray<Issue>(ref reader, options) };
                    break;
                case Demands:
                    content = content with { Demands = ReadArray<Demand>(ref reader, options) };
                    break;
                case Sanctions:
                    content = content with { Sanctions = ReadArray<Sanction>(ref reader, options) };
                    break;
                case Agreements:
                    content = content with { Agreements = ReadArray<Agreement>(ref reader, options) };
                    break;
                case Stances:
                    content = content with { Stances = ReadArray<Stance>(ref reader, options) };
                    break;
                case Events:
                    content = content with { Events = ReadArray<Event>(ref reader, options) };
                    break;
                default:
                    content = content with { Sources = ReadArray<Source>(ref reader, options) };
                    break;
            }
        }

        if ((seen & RequiredMask) != RequiredMask)
        {
            throw new JsonValueException(ErrorCodes.MissingProperty, "The root lacks a required member.");
        }

        CheckRoot(title!, description);
        return new RawDocument(version!.Value, id, title!, description, content);
    }

    private static int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Members.Length; i++)
        {
            if (reader.ValueTextEquals(Members[i].Name.EncodedUtf8Bytes))
            {
                return i;
            }
        }

        return -1;
    }

    private static EquatableArray<T> ReadArray<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
        => JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<EquatableArray<T>>)options.GetTypeInfo(typeof(EquatableArray<T>)));

    /// <summary>
    /// Writes a document one step at a time: the root's head, then each record, then the end. A caller writing to a
    /// stream flushes between steps, so the whole text is never held in memory.
    /// </summary>
    internal sealed class Writer(NegotiationDocument document, JsonSerializerOptions options)
    {
        private const int End = Sources + 1;

        private int _step = FormatVersion; // the member being written; the head covers the members up to the description
        private int _item;
        private JsonTypeInfo? _itemInfo;

        /// <summary>Writes the next step; returns <see langword="false"/> once the document is complete.</summary>
        public bool WriteNext(Utf8JsonWriter writer)
        {
            while (true)
            {
                switch (_step)
                {
                    case FormatVersion:
                        WriteHead(writer);
                        _step = Parties;
                        continue;
                    case Parties when Item(writer, document.Parties):
                    case Issues when Item(writer, document.Issues):
                    case Demands when Item(writer, document.Demands):
                    case Sanctions when Item(writer, document.Sanctions):
                    case Agreements when Item(writer, document.Agreements):
                    case Stances when Item(writer, document.Stances):
                    case Events when Item(writer, document.Events):
                    case Sources when Item(writer, document.Sources):
                        return true;
                    case End:
                        writer.WriteEndObject();
                        _step++;
                        return false;
                    case > End:
                        return false;
                }

                // The collection is complete: move to the next.
                _step++;
                _item = 0;
                _itemInfo = null;
            }
        }

        private void WriteHead(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteNumber(Members[FormatVersion].Name, NegotiationDocument.CurrentFormatVersion);
            writer.WriteString(Members[Id].Name, document.Id.Value);
            writer.WriteString(Members[Title].Name, document.Title);
            if (document.Description is not null)
            {
                writer.WriteString(Members[Description].Name, document.Description);
            }
        }

        /// <summary>Writes the next record of a collection (opening the array first); closes the array and returns <see langword="false"/> after the last.</summary>
        private bool Item<T>(Utf8JsonWriter writer, EquatableArray<T> items)
        {
            if (_item == items.Count)
            {
                if (_item > 0)
                {
                    writer.WriteEndArray();
                }

                return false;
            }

            if (_item == 0)
            {
                // Empty collections are left out, like null members, so the canonical text stays small.
                writer.WritePropertyName(Members[_step].Name);
                writer.WriteStartArray();
                _itemInfo = options.GetTypeInfo(typeof(T));
            }

            JsonSerializer.Serialize(writer, items[_item], (JsonTypeInfo<T>)_itemInfo!);
            _item++;
            return true;
        }
    }
}
