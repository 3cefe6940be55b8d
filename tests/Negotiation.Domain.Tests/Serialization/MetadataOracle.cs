using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// An independent reader and writer to hold the generated format to: System.Text.Json's reflection over the records'
/// own constructors and properties (strict options, computed members refused), with the root walked as a
/// <see cref="JsonDocument"/>. It shares no code with the generated format, so a bug in the generator or in a record's
/// description shows as a disagreement.
/// </summary>
internal static class MetadataOracle
{
    private static readonly JsonSerializerOptions Options = Make();

    private static readonly string[] RootMembers = ["formatVersion", "id", "title", "description", "parties", "issues", "demands", "sanctions", "agreements", "pledges", "stances", "events", "sources", "recognitions", "bargaining"];

    private static JsonSerializerOptions Make()
    {
        var options = new JsonSerializerOptions(NegotiationJson.SerializerOptions)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(StrictContract.RefuseComputedMembers),
        };
        options.Converters.Add(new WholeNumberConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The canonical text, written record by record through the metadata.</summary>
    public static string Write(NegotiationDocument d)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, DocumentSerializer.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", NegotiationDocument.CurrentFormatVersion);
            w.WriteString("id", d.Id.Value);
            w.WriteString("title", d.Title);
            if (d.Description is { } description)
            {
                w.WriteString("description", description);
            }

            Array(w, "parties", d.Parties);
            Array(w, "issues", d.Issues);
            Array(w, "demands", d.Demands);
            Array(w, "sanctions", d.Sanctions);
            Array(w, "agreements", d.Agreements);
            Array(w, "pledges", d.Pledges);
            Array(w, "stances", d.Stances);
            Array(w, "events", d.Events);
            Array(w, "sources", d.Sources);
            Array(w, "recognitions", d.Recognitions);
            if (d.Bargaining is { } bargaining)
            {
                w.WritePropertyName("bargaining");
                JsonSerializer.Serialize(w, bargaining, Options);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>The document the metadata reads from the text, or <see langword="null"/> when it refuses the text.</summary>
    public static NegotiationDocument? TryRead(byte[] utf8)
    {
        try
        {
            // The format ignores one byte-order mark at the very start (RFC 8259, section 8.1); JsonDocument refuses
            // one anywhere, so a second is still refused.
            var text = utf8.AsMemory();
            if (text.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                text = text[3..];
            }

            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = NegotiationJsonOptions.DefaultMaxDepth });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var names = root.EnumerateObject().Select(p => p.Name).ToList();
            if (names.Count != names.Distinct(StringComparer.Ordinal).Count() || names.Except(RootMembers).Any()
                || !names.Contains("formatVersion") || !names.Contains("id") || !names.Contains("title"))
            {
                return null;
            }

            if (root.GetProperty("formatVersion") is not { ValueKind: JsonValueKind.Number } version || !version.TryGetDecimal(out var number) || number < NegotiationDocument.EarliestFormatVersion || number > NegotiationDocument.CurrentFormatVersion || number != decimal.Truncate(number))
            {
                return null;
            }

            var content = new NegotiationContent(
                Array<Party>(root, "parties"), Array<Issue>(root, "issues"), Array<Demand>(root, "demands"), Array<Sanction>(root, "sanctions"),
                Array<Agreement>(root, "agreements"), Array<Stance>(root, "stances"), Array<Event>(root, "events"), Array<Source>(root, "sources"),
                Array<Recognition>(root, "recognitions"))
            {
                Pledges = Array<Pledge>(root, "pledges"),
                Bargaining = root.TryGetProperty("bargaining", out var bargaining) ? bargaining.Deserialize<Domain.Bargaining.BargainingDomain?>(Options) : null,
            };
            var description = root.TryGetProperty("description", out var d) ? d.Deserialize<string?>(Options) : null;
            return NegotiationDocument.Create(root.GetProperty("id").Deserialize<NegotiationId>(Options), root.GetProperty("title").Deserialize<string>(Options)!, content, description)
                .Match<NegotiationDocument?>(valid => valid, _ => null);
        }
#pragma warning disable CA1031 // The oracle's answer is only yes or no.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>
    /// A whole number in any spelling (<c>13.0</c>, <c>1.3e1</c>), as the format reads it, here through a decimal: no
    /// code shared with the format's exact reading of the digits, which agrees with this one but for numbers with more
    /// digits than a decimal holds.
    /// </summary>
    private sealed class WholeNumberConverter : System.Text.Json.Serialization.JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue
                ? (int)value
                : throw new JsonException("Not a whole number in range.");

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private static EquatableArray<T> Array<T>(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.Deserialize<EquatableArray<T>>(Options)! : default;

    private static void Array<T>(Utf8JsonWriter w, string name, EquatableArray<T> items)
    {
        if (items.IsEmpty)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var item in items)
        {
            JsonSerializer.Serialize(w, item, Options);
        }

        w.WriteEndArray();
    }
}
