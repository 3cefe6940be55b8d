using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Benchmarks.LowerBound;

/// <summary>
/// The lower bound of writing: the library's exact bytes from a plain <see cref="Utf8JsonWriter"/> loop, with no
/// metadata, no converters and no per-record dispatch. A test checks it byte for byte against the library, so the
/// benchmark compares equal work.
/// </summary>
public static class HandWrittenWriter
{
    private const int FlushThreshold = 16 * 1024;

    // The library's canonical text: two-space indentation, "\n", only what JSON needs escaped.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(NegotiationDocument document, IBufferWriter<byte> output)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            WriteDocument(writer, document, null);
        }

        output.Write("\n"u8);
    }

    public static void Write(NegotiationDocument document, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            WriteDocument(writer, document, writer);
        }

        output.Write("\n"u8);
    }

    // flushing: the writer to flush between records when the target is a stream, so the text is never held whole.
    private static void WriteDocument(Utf8JsonWriter w, NegotiationDocument d, Utf8JsonWriter? flushing)
    {
        w.WriteStartObject();
        w.WriteNumber("formatVersion"u8, NegotiationDocument.CurrentFormatVersion);
        w.WriteString("id"u8, d.Id.Value);
        w.WriteString("title"u8, d.Title);
        String(w, "description"u8, d.Description);
        if (!d.Parties.IsEmpty)
        {
            w.WriteStartArray("parties"u8);
            foreach (var x in d.Parties) { Party(w, x); Flush(flushing); }
            w.WriteEndArray();
        }

        if (!d.Issues.IsEmpty)
        {
            w.WriteStartArray("issues"u8);
            foreach (var x in d.Issues) { Issue(w, x); Flush(flushing); }
            w.WriteEndArray();
        }

        if (!d.Demands.IsEmpty)
        {
            w.WriteStartArray("demands"u8);
            foreach (var x in d.Demands) { Demand(w, x); Flush(flushing); }
            w.WriteEndArray();
        }

        if (!d.Sanctions.IsEmpty)
        {
            w.WriteStartArray("sanctions"u8);
            foreach (var x in d.Sanctions) { Sanction(w, x); Flush(flushing); }
            w.WriteEndArray();
        }

        if (!d.Agreements.IsEmpty)
        {
            w.WriteStartArray("agreements"u8);
            foreach (var x in d.Agreements) { Agreement(w, x); Flush(flushing); }
            w.WriteEndArray();
        }

        if (!d.Stances.IsEmpty)
        {
            w.WriteStartArray("stances"u8);
            foreach (var x in d.Stances) { Stance(w, x); Flush(flushing); }
            w.WriteEndArray();
        }

        if (!d.Events.IsEmpty)
        {
            w.WriteStartArray("events"u8);
            foreach (var x in d.Events) { Event(w, x); Flush(flushing); }
            w.WriteEndArray();
        }

        if (!d.Sources.IsEmpty)
        {
            w.WriteStartArray("sources"u8);
            foreach (var x in d.Sources) { Source(w, x); Flush(flushing); }
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Flush(Utf8JsonWriter? writer)
    {
        if (writer is not null && writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();
        }
    }

    private static void Party(Utf8JsonWriter w, Party p)
    {
        w.WriteStartObject();
        switch (p)
        {
            case State:
                w.WriteString("kind"u8, "state"u8);
                Head(w, p);
                Country(w, "country"u8, p.Country);
                Tail(w, p, country: false);
                break;
            case GovernmentBody b:
                w.WriteString("kind"u8, "government_body"u8);
                Head(w, p);
                w.WriteString("type"u8, EnumText<GovernmentBodyType>.Name(b.Type));
                w.WriteString("parent"u8, b.Parent.Value);
                Tail(w, p, country: true);
                break;
            case Organization o:
                w.WriteString("kind"u8, "organization"u8);
                Head(w, p);
                w.WriteString("type"u8, EnumText<OrganizationType>.Name(o.Type));
                Id(w, "parent"u8, o.Parent);
                Tail(w, p, country: true);
                break;
            case Person person:
                w.WriteString("kind"u8, "person"u8);
                Head(w, p);
                if (!person.Positions.IsEmpty)
                {
                    w.WriteStartArray("positions"u8);
                    foreach (var position in person.Positions)
                    {
                        w.WriteStartObject();
                        w.WriteString("office"u8, position.Office);
                        Id(w, "body"u8, position.Body);
                        Date(w, "from"u8, position.From);
                        Date(w, "to"u8, position.To);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                Tail(w, p, country: true);
                break;
            case Group g:
                w.WriteString("kind"u8, "group"u8);
                Head(w, p);
                w.WriteString("type"u8, EnumText<GroupType>.Name(g.Type));
                if (g.Size is { } size)
                {
                    w.WriteNumber("size"u8, size);
                }

                Id(w, "affiliation"u8, g.Affiliation);
                Tail(w, p, country: true);
                break;
            case Coalition c:
                w.WriteString("kind"u8, "coalition"u8);
                Head(w, p);
                Ids(w, "members"u8, c.Members);
                Tail(w, p, country: true);
                break;
            default:
                throw new JsonException($"Unknown party type {p.GetType()}.");
        }

        w.WriteEndObject();
    }

    private static void Head(Utf8JsonWriter w, Party p)
    {
        w.WriteString("id"u8, p.Id.Value);
        w.WriteString("name"u8, p.Name);
    }

    // The base record's members come after each kind's own (a state declares its country itself, so it comes first).
    private static void Tail(Utf8JsonWriter w, Party p, bool country)
    {
        Strings(w, "aliases"u8, p.Aliases);
        if (country)
        {
            Country(w, "country"u8, p.Country);
        }

        String(w, "description"u8, p.Description);
        if (!p.ExternalIds.IsEmpty)
        {
            w.WriteStartArray("externalIds"u8);
            foreach (var id in p.ExternalIds)
            {
                w.WriteStartObject();
                w.WriteString("scheme"u8, id.Scheme);
                w.WriteString("value"u8, id.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }

    private static void Issue(Utf8JsonWriter w, Issue x)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, x.Id.Value);
        w.WriteString("title"u8, x.Title);
        w.WriteString("category"u8, EnumText<IssueCategory>.Name(x.Category));
        String(w, "description"u8, x.Description);
        w.WriteEndObject();
    }

    private static void Demand(Utf8JsonWriter w, Demand x)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, x.Id.Value);
        w.WriteString("from"u8, x.From.Value);
        w.WriteString("to"u8, x.To.Value);
        w.WritePropertyName("action"u8);
        Action(w, x.Action);
        w.WriteString("issue"u8, x.Issue.Value);
        w.WriteString("status"u8, EnumText<DemandStatus>.Name(x.Status));
        Date(w, "date"u8, x.Date);
        References(w, "inExchangeFor"u8, x.InExchangeFor);
        if (x.Response is { } response)
        {
            w.WriteStartObject("response"u8);
            w.WriteString("reason"u8, response.Reason);
            References(w, "grounds"u8, response.Grounds);
            Date(w, "date"u8, response.Date);
            Attribution(w, response.Attribution);
            w.WriteEndObject();
        }

        Attribution(w, x.Attribution);
        String(w, "note"u8, x.Note);
        w.WriteEndObject();
    }

    private static void Action(Utf8JsonWriter w, PolicyAction x)
    {
        w.WriteStartObject();
        w.WriteString("kind"u8, EnumText<ActionKind>.Name(x.Kind));
        String(w, "description"u8, x.Description);
        Ids(w, "targets"u8, x.Targets);
        Ids(w, "sanctions"u8, x.Sanctions);
        Strings(w, "items"u8, x.Items);
        w.WriteEndObject();
    }

    private static void Sanction(Utf8JsonWriter w, Sanction x)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, x.Id.Value);
        w.WriteString("authority"u8, x.Authority.Value);
        Ids(w, "targets"u8, x.Targets);
        if (!x.Measures.IsEmpty)
        {
            w.WriteStartArray("measures"u8);
            foreach (var measure in x.Measures)
            {
                w.WriteStringValue(EnumText<SanctionMeasure>.Name(measure));
            }

            w.WriteEndArray();
        }

        w.WriteString("status"u8, EnumText<SanctionStatus>.Name(x.Status));
        String(w, "program"u8, x.Program);
        String(w, "legalBasis"u8, x.LegalBasis);
        String(w, "reason"u8, x.Reason);
        Date(w, "listingDate"u8, x.ListingDate);
        Date(w, "startDate"u8, x.StartDate);
        Date(w, "endDate"u8, x.EndDate);
        if (x.EndedBy is { } endedBy)
        {
            Reference(w, "endedBy"u8, endedBy);
        }

        String(w, "authorityId"u8, x.AuthorityId);
        Attribution(w, x.Attribution);
        w.WriteEndObject();
    }

    private static void Agreement(Utf8JsonWriter w, Agreement x)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, x.Id.Value);
        w.WriteString("title"u8, x.Title);
        Ids(w, "parties"u8, x.Parties);
        if (!x.Commitments.IsEmpty)
        {
            w.WriteStartArray("commitments"u8);
            foreach (var c in x.Commitments)
            {
                w.WriteStartObject();
                w.WriteString("id"u8, c.Id.Value);
                w.WriteString("by"u8, c.By.Value);
                w.WritePropertyName("action"u8);
                Action(w, c.Action);
                Ids(w, "conditionalOn"u8, c.ConditionalOn);
                Ids(w, "fulfils"u8, c.Fulfils);
                Attribution(w, c.Attribution);
                String(w, "note"u8, c.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteString("status"u8, EnumText<AgreementStatus>.Name(x.Status));
        w.WriteString("confirmation"u8, EnumText<Confirmation>.Name(x.Confirmation));
        Ids(w, "issues"u8, x.Issues);
        String(w, "venue"u8, x.Venue);
        Date(w, "date"u8, x.Date);
        Attribution(w, x.Attribution);
        String(w, "note"u8, x.Note);
        w.WriteEndObject();
    }

    private static void Stance(Utf8JsonWriter w, Stance x)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, x.Id.Value);
        w.WriteString("party"u8, x.Party.Value);
        Reference(w, "subject"u8, x.Subject);
        w.WriteString("position"u8, EnumText<StancePosition>.Name(x.Position));
        String(w, "statement"u8, x.Statement);
        String(w, "condition"u8, x.Condition);
        Date(w, "date"u8, x.Date);
        Attribution(w, x.Attribution);
        w.WriteEndObject();
    }

    private static void Event(Utf8JsonWriter w, Event x)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, x.Id.Value);
        w.WriteString("kind"u8, EnumText<EventKind>.Name(x.Kind));
        w.WriteString("title"u8, x.Title);
        Date(w, "date"u8, x.Date);
        Ids(w, "parties"u8, x.Parties);
        String(w, "place"u8, x.Place);
        Country(w, "country"u8, x.Country);
        References(w, "related"u8, x.Related);
        Attribution(w, x.Attribution);
        String(w, "note"u8, x.Note);
        w.WriteEndObject();
    }

    private static void Source(Utf8JsonWriter w, Source x)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, x.Id.Value);
        w.WriteString("publisher"u8, x.Publisher);
        w.WriteString("type"u8, EnumText<SourceType>.Name(x.Type));
        String(w, "title"u8, x.Title);
        if (x.Url is { } url)
        {
            w.WriteString("url"u8, url.OriginalString);
        }

        Date(w, "published"u8, x.Published);
        w.WriteEndObject();
    }

    private static void Attribution(Utf8JsonWriter w, Attribution? x)
    {
        if (x is null)
        {
            return;
        }

        w.WriteStartObject("attribution"u8);
        w.WriteString("confidence"u8, EnumText<Confidence>.Name(x.Confidence));
        Ids(w, "sources"u8, x.Sources);
        String(w, "note"u8, x.Note);
        if (!x.Counterclaims.IsEmpty)
        {
            w.WriteStartArray("counterclaims"u8);
            foreach (var c in x.Counterclaims)
            {
                w.WriteStartObject();
                w.WriteString("confidence"u8, EnumText<Confidence>.Name(c.Confidence));
                Ids(w, "sources"u8, c.Sources);
                String(w, "note"u8, c.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void String(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableArray<string> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Id<TId>(Utf8JsonWriter w, ReadOnlySpan<byte> name, TId? id)
        where TId : struct, ISlugId<TId>
    {
        if (id is { } value)
        {
            w.WriteString(name, value.Value);
        }
    }

    private static void Ids<TId>(Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableArray<TId> ids)
        where TId : struct, ISlugId<TId>
    {
        if (ids.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id.Value);
        }

        w.WriteEndArray();
    }

    private static void Country(Utf8JsonWriter w, ReadOnlySpan<byte> name, CountryCode? code)
    {
        if (code is { } value)
        {
            w.WriteString(name, value.Value);
        }
    }

    private static void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, PartialDate? date)
    {
        if (date is { } value)
        {
            Span<char> buffer = stackalloc char[10];
            value.TryFormat(buffer, out var written, default, null);
            w.WriteString(name, buffer[..written]);
        }
    }

    private static void Reference(Utf8JsonWriter w, ReadOnlySpan<byte> name, Reference reference)
    {
        w.WritePropertyName(name);
        ReferenceValue(w, reference);
    }

    private static void References(Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableArray<Reference> references)
    {
        if (references.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var reference in references)
        {
            ReferenceValue(w, reference);
        }

        w.WriteEndArray();
    }

    // "kind:id" formatted on the stack: the lower bound allocates nothing per value.
    private static void ReferenceValue(Utf8JsonWriter w, Reference reference)
    {
        var kind = Negotiation.Domain.References.Reference.KindName(reference.Kind);
        var id = reference.Id;
        var length = kind.Length + 1 + id.Length;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        kind.CopyTo(buffer);
        buffer[kind.Length] = ':';
        id.CopyTo(buffer[(kind.Length + 1)..]);
        w.WriteStringValue(buffer);
    }
}
