using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;

namespace Negotiation.Domain.Interop.Plover;

/// <summary>Writes PLOVER records as JSON lines with <see cref="Utf8JsonWriter"/>: no reflection, so it works under native AOT.</summary>
internal static class PloverJsonWriter
{
    /// <summary>The <c>coder</c> of every record: what made it.</summary>
    public const string Coder = "Negotiation.Domain.Interop";

    // Non-ASCII text as it is: JSON lines are read by data tools, not put into HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<PloverRecord> records, Stream output)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer, Options);
        foreach (var record in records)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            Write(writer, record);
            writer.Flush();
            output.Write(buffer.WrittenSpan);
            output.WriteByte((byte)'\n');
        }
    }

    private static void Write(Utf8JsonWriter w, PloverRecord r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        WriteDate(w, "date", r.Date);
        if (r.EndDate is { } end)
        {
            WriteDate(w, "enddate", end);
        }

        WriteEntities(w, "actor", r.Actor);
        if (!r.Recipient.IsEmpty)
        {
            WriteEntities(w, "recipient", r.Recipient);
        }

        w.WriteStartArray("event");
        w.WriteStringValue(PloverScores.NameOf(r.Category));
        w.WriteEndArray();
        if (r.Mode is { } mode)
        {
            w.WriteStartArray("mode");
            w.WriteStringValue(mode);
            w.WriteEndArray();
        }

        WriteStrings(w, "context", r.Context);
        w.WriteNumber("quad_code", r.QuadCode);
        w.WriteNumber("event_scale", r.EventScale);
        if (r.EventText is { } text)
        {
            w.WriteStartArray("event_text");
            w.WriteStringValue(text);
            w.WriteEndArray();
        }

        if (r.Comment is { } comment)
        {
            w.WriteString("comment", comment);
        }

        w.WriteString("coder", Coder);

        // This provider's own named fields, which the manual allows.
        w.WriteString("source_record", r.SourceRecord.ToString());
        if (r.Cameo is { } cameo)
        {
            w.WriteString("cameo", cameo);
        }

        if (r.Agreement is { } agreement)
        {
            w.WriteString("agreement", agreement.ToString());
        }

        WriteStrings(w, "conditional_on", r.ConditionalOn.Select(c => c.ToString()));
        WriteStrings(w, "fulfils", r.Fulfils.Select(c => c.ToString()));
        if (r.Confidence is { } confidence)
        {
            w.WriteString("confidence", JsonNamingPolicy.SnakeCaseLower.ConvertName(confidence.ToString()));
        }

        w.WriteEndObject();
    }

    /// <summary>A date as its first day, and its precision as an extension field (<c>date_precision</c>, <c>enddate_precision</c>).</summary>
    private static void WriteDate(Utf8JsonWriter w, string name, PartialDate date)
    {
        w.WriteString(name, date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString($"{name}_precision", date.Precision switch
        {
            DatePrecision.Day => "day",
            DatePrecision.Month => "month",
            _ => "year",
        });
    }

    private static void WriteEntities(Utf8JsonWriter w, string name, EquatableArray<PloverEntity> entities)
    {
        w.WriteStartArray(name);
        foreach (var e in entities)
        {
            w.WriteStartObject();
            if (e.Code is { } code)
            {
                w.WriteString("code", code);
            }

            if (e.Sector is { } sector)
            {
                w.WriteString("sector", sector);
            }

            w.WriteString("entity_text", e.EntityText);
            if (e.IdentifierId is { } identifier)
            {
                w.WriteString("identifier_id", identifier);
            }

            if (e.Office is { } office)
            {
                w.WriteString("office", office);
            }

            w.WriteString("party", e.PartyId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        var started = false;
        foreach (var value in values)
        {
            if (!started)
            {
                w.WriteStartArray(name);
                started = true;
            }

            w.WriteStringValue(value);
        }

        if (started)
        {
            w.WriteEndArray();
        }
    }
}
