using System.Collections.Immutable;
using System.Text.Json;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
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
/// The lower bound of reading: a plain <see cref="Utf8JsonReader"/> loop that builds every record through its
/// constructor (so the records' own rules run, as they must), refusing unknown members, with no metadata and no
/// converters. It stops at the records: the document-level rules are <see cref="DocumentParts.ToDocument"/>, measured
/// apart. It throws on bad input instead of locating the problem, which is where the library pays for precise errors
/// only on the slow path.
/// </summary>
public static class HandWrittenReader
{
    public static DocumentParts Read(ReadOnlySpan<byte> utf8Json)
    {
        var r = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        r.Read();
        Expect(ref r, JsonTokenType.StartObject);
        int version = 0;
        NegotiationId id = default;
        string? title = null, description = null;
        EquatableArray<Party> parties = default;
        EquatableArray<Issue> issues = default;
        EquatableArray<Demand> demands = default;
        EquatableArray<Sanction> sanctions = default;
        EquatableArray<Agreement> agreements = default;
        EquatableArray<Stance> stances = default;
        EquatableArray<Event> events = default;
        EquatableArray<Source> sources = default;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("formatVersion"u8)) { r.Read(); version = r.GetInt32(); }
            else if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<NegotiationId>(ref r); }
            else if (r.ValueTextEquals("title"u8)) { r.Read(); title = Str(ref r); }
            else if (r.ValueTextEquals("description"u8)) { r.Read(); description = Str(ref r); }
            else if (r.ValueTextEquals("parties"u8)) { parties = Array(ref r, Party); }
            else if (r.ValueTextEquals("issues"u8)) { issues = Array(ref r, Issue); }
            else if (r.ValueTextEquals("demands"u8)) { demands = Array(ref r, Demand); }
            else if (r.ValueTextEquals("sanctions"u8)) { sanctions = Array(ref r, Sanction); }
            else if (r.ValueTextEquals("agreements"u8)) { agreements = Array(ref r, Agreement); }
            else if (r.ValueTextEquals("stances"u8)) { stances = Array(ref r, Stance); }
            else if (r.ValueTextEquals("events"u8)) { events = Array(ref r, Event); }
            else if (r.ValueTextEquals("sources"u8)) { sources = Array(ref r, Source); }
            else { throw Unknown(ref r); }
        }

        return new DocumentParts(version, id, title ?? throw new JsonException("No title."), description, parties, issues, demands, sanctions, agreements, stances, events, sources);
    }

    private delegate T ItemReader<T>(ref Utf8JsonReader reader);

    private static EquatableArray<T> Array<T>(ref Utf8JsonReader r, ItemReader<T> item)
    {
        r.Read();
        Expect(ref r, JsonTokenType.StartArray);

        // Items gathered in a rented array, then copied once to the exact size: the cheapest way to an immutable array.
        var rented = System.Buffers.ArrayPool<T>.Shared.Rent(16);
        var count = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (count == rented.Length)
            {
                var larger = System.Buffers.ArrayPool<T>.Shared.Rent(count * 2);
                rented.AsSpan(0, count).CopyTo(larger);
                System.Buffers.ArrayPool<T>.Shared.Return(rented, clearArray: true);
                rented = larger;
            }

            rented[count++] = item(ref r);
        }

        var items = ImmutableArray.Create(rented.AsSpan(0, count));
        System.Buffers.ArrayPool<T>.Shared.Return(rented, clearArray: true);
        return new EquatableArray<T>(items);
    }

    private static Party Party(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        r.Read();
        if (!r.ValueTextEquals("kind"u8))
        {
            throw new JsonException("A party starts with its kind.");
        }

        r.Read();
        var kind = Str(ref r);
        PartyId id = default, parent = default;
        PartyId? affiliation = null, organizationParent = null;
        string? name = null, description = null;
        CountryCode? country = null;
        EquatableArray<string> aliases = default;
        EquatableArray<ExternalId> externalIds = default;
        EquatableArray<PositionHeld> positions = default;
        EquatableArray<PartyId> members = default;
        int? size = null;
        int type = 0;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<PartyId>(ref r); }
            else if (r.ValueTextEquals("name"u8)) { r.Read(); name = Str(ref r); }
            else if (r.ValueTextEquals("country"u8)) { r.Read(); country = new CountryCode(Str(ref r)); }
            else if (r.ValueTextEquals("aliases"u8)) { aliases = Array(ref r, Str); }
            else if (r.ValueTextEquals("description"u8)) { r.Read(); description = Str(ref r); }
            else if (r.ValueTextEquals("externalIds"u8)) { externalIds = Array(ref r, ExternalId); }
            else if (r.ValueTextEquals("type"u8))
            {
                r.Read();
                type = kind switch
                {
                    "government_body" => (int)EnumText<GovernmentBodyType>.Parse(ref r),
                    "organization" => (int)EnumText<OrganizationType>.Parse(ref r),
                    "group" => (int)EnumText<GroupType>.Parse(ref r),
                    _ => throw Unknown(ref r),
                };
            }
            else if (r.ValueTextEquals("parent"u8))
            {
                r.Read();
                if (kind == "organization") { organizationParent = Id<PartyId>(ref r); }
                else { parent = Id<PartyId>(ref r); }
            }
            else if (r.ValueTextEquals("positions"u8)) { positions = Array(ref r, Position); }
            else if (r.ValueTextEquals("size"u8)) { r.Read(); size = r.GetInt32(); }
            else if (r.ValueTextEquals("affiliation"u8)) { r.Read(); affiliation = Id<PartyId>(ref r); }
            else if (r.ValueTextEquals("members"u8)) { members = Array(ref r, Id<PartyId>); }
            else { throw Unknown(ref r); }
        }

        if (name is null) { throw new JsonException("A party needs a name."); }
        return kind switch
        {
            "state" => new State(id, name, country ?? throw new JsonException("A state needs a country."), aliases, description) { ExternalIds = externalIds },
            "government_body" => new GovernmentBody(id, name, (GovernmentBodyType)type, parent, country, aliases, description) { ExternalIds = externalIds },
            "organization" => new Organization(id, name, (OrganizationType)type, country, organizationParent, aliases, description) { ExternalIds = externalIds },
            "person" => new Person(id, name, country, positions, aliases, description) { ExternalIds = externalIds },
            "group" => new Group(id, name, (GroupType)type, country, size, affiliation, aliases, description) { ExternalIds = externalIds },
            "coalition" => new Coalition(id, name, members, aliases, description) { Country = country, ExternalIds = externalIds },
            _ => throw new JsonException($"'{kind}' is not a kind of party."),
        };
    }

    private static ExternalId ExternalId(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? scheme = null, value = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("scheme"u8)) { r.Read(); scheme = Str(ref r); }
            else if (r.ValueTextEquals("value"u8)) { r.Read(); value = Str(ref r); }
            else { throw Unknown(ref r); }
        }

        return new ExternalId(scheme!, value!);
    }

    private static PositionHeld Position(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? office = null;
        PartyId? body = null;
        PartialDate? from = null, to = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("office"u8)) { r.Read(); office = Str(ref r); }
            else if (r.ValueTextEquals("body"u8)) { r.Read(); body = Id<PartyId>(ref r); }
            else if (r.ValueTextEquals("from"u8)) { r.Read(); from = Date(ref r); }
            else if (r.ValueTextEquals("to"u8)) { r.Read(); to = Date(ref r); }
            else { throw Unknown(ref r); }
        }

        return new PositionHeld(office!, body, from, to);
    }

    private static Issue Issue(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        IssueId id = default;
        string? title = null, description = null;
        IssueCategory category = default;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<IssueId>(ref r); }
            else if (r.ValueTextEquals("title"u8)) { r.Read(); title = Str(ref r); }
            else if (r.ValueTextEquals("category"u8)) { r.Read(); category = EnumText<IssueCategory>.Parse(ref r); }
            else if (r.ValueTextEquals("description"u8)) { r.Read(); description = Str(ref r); }
            else { throw Unknown(ref r); }
        }

        return new Issue(id, title!, category, description);
    }

    private static Demand Demand(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        DemandId id = default;
        PartyId from = default, to = default;
        PolicyAction? action = null;
        IssueId issue = default;
        DemandStatus status = DemandStatus.Made;
        PartialDate? date = null;
        EquatableArray<Reference> inExchangeFor = default;
        DemandResponse? response = null;
        Attribution? attribution = null;
        string? note = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<DemandId>(ref r); }
            else if (r.ValueTextEquals("from"u8)) { r.Read(); from = Id<PartyId>(ref r); }
            else if (r.ValueTextEquals("to"u8)) { r.Read(); to = Id<PartyId>(ref r); }
            else if (r.ValueTextEquals("action"u8)) { r.Read(); action = Action(ref r); }
            else if (r.ValueTextEquals("issue"u8)) { r.Read(); issue = Id<IssueId>(ref r); }
            else if (r.ValueTextEquals("status"u8)) { r.Read(); status = EnumText<DemandStatus>.Parse(ref r); }
            else if (r.ValueTextEquals("date"u8)) { r.Read(); date = Date(ref r); }
            else if (r.ValueTextEquals("inExchangeFor"u8)) { inExchangeFor = Array(ref r, Reference); }
            else if (r.ValueTextEquals("response"u8)) { r.Read(); response = Response(ref r); }
            else if (r.ValueTextEquals("attribution"u8)) { r.Read(); attribution = Attribution(ref r); }
            else if (r.ValueTextEquals("note"u8)) { r.Read(); note = Str(ref r); }
            else { throw Unknown(ref r); }
        }

        return new Demand(id, from, to, action!, issue, status, date, inExchangeFor, response, attribution, note);
    }

    private static DemandResponse Response(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? reason = null;
        EquatableArray<Reference> grounds = default;
        PartialDate? date = null;
        Attribution? attribution = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("reason"u8)) { r.Read(); reason = Str(ref r); }
            else if (r.ValueTextEquals("grounds"u8)) { grounds = Array(ref r, Reference); }
            else if (r.ValueTextEquals("date"u8)) { r.Read(); date = Date(ref r); }
            else if (r.ValueTextEquals("attribution"u8)) { r.Read(); attribution = Attribution(ref r); }
            else { throw Unknown(ref r); }
        }

        return new DemandResponse(reason!, grounds, date, attribution);
    }

    private static PolicyAction Action(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        ActionKind kind = default;
        string? description = null;
        EquatableArray<PartyId> targets = default;
        EquatableArray<SanctionId> sanctions = default;
        EquatableArray<string> items = default;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("kind"u8)) { r.Read(); kind = EnumText<ActionKind>.Parse(ref r); }
            else if (r.ValueTextEquals("description"u8)) { r.Read(); description = Str(ref r); }
            else if (r.ValueTextEquals("targets"u8)) { targets = Array(ref r, Id<PartyId>); }
            else if (r.ValueTextEquals("sanctions"u8)) { sanctions = Array(ref r, Id<SanctionId>); }
            else if (r.ValueTextEquals("items"u8)) { items = Array(ref r, Str); }
            else { throw Unknown(ref r); }
        }

        return new PolicyAction(kind, description, targets, sanctions, items);
    }

    private static Sanction Sanction(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        SanctionId id = default;
        PartyId authority = default;
        EquatableArray<PartyId> targets = default;
        EquatableArray<SanctionMeasure> measures = default;
        SanctionStatus status = SanctionStatus.Active;
        string? program = null, legalBasis = null, reason = null, authorityId = null;
        PartialDate? listingDate = null, startDate = null, endDate = null;
        Reference? endedBy = null;
        Attribution? attribution = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<SanctionId>(ref r); }
            else if (r.ValueTextEquals("authority"u8)) { r.Read(); authority = Id<PartyId>(ref r); }
            else if (r.ValueTextEquals("targets"u8)) { targets = Array(ref r, Id<PartyId>); }
            else if (r.ValueTextEquals("measures"u8)) { measures = Array(ref r, EnumText<SanctionMeasure>.Parse); }
            else if (r.ValueTextEquals("status"u8)) { r.Read(); status = EnumText<SanctionStatus>.Parse(ref r); }
            else if (r.ValueTextEquals("program"u8)) { r.Read(); program = Str(ref r); }
            else if (r.ValueTextEquals("legalBasis"u8)) { r.Read(); legalBasis = Str(ref r); }
            else if (r.ValueTextEquals("reason"u8)) { r.Read(); reason = Str(ref r); }
            else if (r.ValueTextEquals("listingDate"u8)) { r.Read(); listingDate = Date(ref r); }
            else if (r.ValueTextEquals("startDate"u8)) { r.Read(); startDate = Date(ref r); }
            else if (r.ValueTextEquals("endDate"u8)) { r.Read(); endDate = Date(ref r); }
            else if (r.ValueTextEquals("endedBy"u8)) { r.Read(); endedBy = Reference(ref r); }
            else if (r.ValueTextEquals("authorityId"u8)) { r.Read(); authorityId = Str(ref r); }
            else if (r.ValueTextEquals("attribution"u8)) { r.Read(); attribution = Attribution(ref r); }
            else { throw Unknown(ref r); }
        }

        return new Sanction(id, authority, targets, measures, status, program, legalBasis, reason, listingDate, startDate, endDate, endedBy, authorityId, attribution);
    }

    private static Agreement Agreement(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        AgreementId id = default;
        string? title = null, venue = null, note = null;
        EquatableArray<PartyId> parties = default;
        EquatableArray<Commitment> commitments = default;
        AgreementStatus status = AgreementStatus.Proposed;
        Confirmation confirmation = Confirmation.Unconfirmed;
        EquatableArray<IssueId> issues = default;
        PartialDate? date = null;
        Attribution? attribution = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<AgreementId>(ref r); }
            else if (r.ValueTextEquals("title"u8)) { r.Read(); title = Str(ref r); }
            else if (r.ValueTextEquals("parties"u8)) { parties = Array(ref r, Id<PartyId>); }
            else if (r.ValueTextEquals("commitments"u8)) { commitments = Array(ref r, Commitment); }
            else if (r.ValueTextEquals("status"u8)) { r.Read(); status = EnumText<AgreementStatus>.Parse(ref r); }
            else if (r.ValueTextEquals("confirmation"u8)) { r.Read(); confirmation = EnumText<Confirmation>.Parse(ref r); }
            else if (r.ValueTextEquals("issues"u8)) { issues = Array(ref r, Id<IssueId>); }
            else if (r.ValueTextEquals("venue"u8)) { r.Read(); venue = Str(ref r); }
            else if (r.ValueTextEquals("date"u8)) { r.Read(); date = Date(ref r); }
            else if (r.ValueTextEquals("attribution"u8)) { r.Read(); attribution = Attribution(ref r); }
            else if (r.ValueTextEquals("note"u8)) { r.Read(); note = Str(ref r); }
            else { throw Unknown(ref r); }
        }

        return new Agreement(id, title!, parties, commitments, status, confirmation, issues, venue, date, attribution, note);
    }

    private static Commitment Commitment(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        CommitmentId id = default;
        PartyId by = default;
        PolicyAction? action = null;
        EquatableArray<CommitmentId> conditionalOn = default;
        EquatableArray<DemandId> fulfils = default;
        Attribution? attribution = null;
        string? note = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<CommitmentId>(ref r); }
            else if (r.ValueTextEquals("by"u8)) { r.Read(); by = Id<PartyId>(ref r); }
            else if (r.ValueTextEquals("action"u8)) { r.Read(); action = Action(ref r); }
            else if (r.ValueTextEquals("conditionalOn"u8)) { conditionalOn = Array(ref r, Id<CommitmentId>); }
            else if (r.ValueTextEquals("fulfils"u8)) { fulfils = Array(ref r, Id<DemandId>); }
            else if (r.ValueTextEquals("attribution"u8)) { r.Read(); attribution = Attribution(ref r); }
            else if (r.ValueTextEquals("note"u8)) { r.Read(); note = Str(ref r); }
            else { throw Unknown(ref r); }
        }

        return new Commitment(id, by, action!, conditionalOn, fulfils, attribution, note);
    }

    private static Stance Stance(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        StanceId id = default;
        PartyId party = default;
        Reference subject = default;
        StancePosition position = default;
        string? statement = null, condition = null;
        PartialDate? date = null;
        Attribution? attribution = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<StanceId>(ref r); }
            else if (r.ValueTextEquals("party"u8)) { r.Read(); party = Id<PartyId>(ref r); }
            else if (r.ValueTextEquals("subject"u8)) { r.Read(); subject = Reference(ref r); }
            else if (r.ValueTextEquals("position"u8)) { r.Read(); position = EnumText<StancePosition>.Parse(ref r); }
            else if (r.ValueTextEquals("statement"u8)) { r.Read(); statement = Str(ref r); }
            else if (r.ValueTextEquals("condition"u8)) { r.Read(); condition = Str(ref r); }
            else if (r.ValueTextEquals("date"u8)) { r.Read(); date = Date(ref r); }
            else if (r.ValueTextEquals("attribution"u8)) { r.Read(); attribution = Attribution(ref r); }
            else { throw Unknown(ref r); }
        }

        return new Stance(id, party, subject, position, statement, condition, date, attribution);
    }

    private static Event Event(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        EventId id = default;
        EventKind kind = default;
        string? title = null, place = null, note = null;
        PartialDate date = default;
        EquatableArray<PartyId> parties = default;
        CountryCode? country = null;
        EquatableArray<Reference> related = default;
        Attribution? attribution = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<EventId>(ref r); }
            else if (r.ValueTextEquals("kind"u8)) { r.Read(); kind = EnumText<EventKind>.Parse(ref r); }
            else if (r.ValueTextEquals("title"u8)) { r.Read(); title = Str(ref r); }
            else if (r.ValueTextEquals("date"u8)) { r.Read(); date = Date(ref r); }
            else if (r.ValueTextEquals("parties"u8)) { parties = Array(ref r, Id<PartyId>); }
            else if (r.ValueTextEquals("place"u8)) { r.Read(); place = Str(ref r); }
            else if (r.ValueTextEquals("country"u8)) { r.Read(); country = new CountryCode(Str(ref r)); }
            else if (r.ValueTextEquals("related"u8)) { related = Array(ref r, Reference); }
            else if (r.ValueTextEquals("attribution"u8)) { r.Read(); attribution = Attribution(ref r); }
            else if (r.ValueTextEquals("note"u8)) { r.Read(); note = Str(ref r); }
            else { throw Unknown(ref r); }
        }

        return new Event(id, kind, title!, date, parties, place, country, related, attribution, note);
    }

    private static Source Source(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        SourceId id = default;
        string? publisher = null, title = null;
        SourceType type = default;
        Uri? url = null;
        PartialDate? published = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Id<SourceId>(ref r); }
            else if (r.ValueTextEquals("publisher"u8)) { r.Read(); publisher = Str(ref r); }
            else if (r.ValueTextEquals("type"u8)) { r.Read(); type = EnumText<SourceType>.Parse(ref r); }
            else if (r.ValueTextEquals("title"u8)) { r.Read(); title = Str(ref r); }
            else if (r.ValueTextEquals("url"u8)) { r.Read(); url = new Uri(Str(ref r), UriKind.RelativeOrAbsolute); }
            else if (r.ValueTextEquals("published"u8)) { r.Read(); published = Date(ref r); }
            else { throw Unknown(ref r); }
        }

        return new Source(id, publisher!, type, title, url, published);
    }

    private static Attribution Attribution(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        Confidence confidence = default;
        EquatableArray<SourceId> sources = default;
        string? note = null;
        EquatableArray<Counterclaim> counterclaims = default;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("confidence"u8)) { r.Read(); confidence = EnumText<Confidence>.Parse(ref r); }
            else if (r.ValueTextEquals("sources"u8)) { sources = Array(ref r, Id<SourceId>); }
            else if (r.ValueTextEquals("note"u8)) { r.Read(); note = Str(ref r); }
            else if (r.ValueTextEquals("counterclaims"u8)) { counterclaims = Array(ref r, Counterclaim); }
            else { throw Unknown(ref r); }
        }

        return new Attribution(confidence, sources, note, counterclaims);
    }

    private static Counterclaim Counterclaim(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        Confidence confidence = default;
        EquatableArray<SourceId> sources = default;
        string? note = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("confidence"u8)) { r.Read(); confidence = EnumText<Confidence>.Parse(ref r); }
            else if (r.ValueTextEquals("sources"u8)) { sources = Array(ref r, Id<SourceId>); }
            else if (r.ValueTextEquals("note"u8)) { r.Read(); note = Str(ref r); }
            else { throw Unknown(ref r); }
        }

        return new Counterclaim(confidence, sources, note);
    }

    private static string Str(ref Utf8JsonReader r)
        => r.TokenType == JsonTokenType.String ? r.GetString()! : throw new JsonException($"Expected a string, found {r.TokenType}.");

    private static TId Id<TId>(ref Utf8JsonReader r)
        where TId : struct, ISlugId<TId>
        => TId.Create(Str(ref r));

    private static PartialDate Date(ref Utf8JsonReader r)
    {
        // Dates are ASCII and at most ten characters: parsed from the stack, without a string.
        Span<char> buffer = stackalloc char[10];
        if (r.TokenType != JsonTokenType.String || r.ValueSpan.Length > 10)
        {
            throw new JsonException("Expected a date.");
        }

        var length = r.CopyString(buffer);
        return PartialDate.Parse(buffer[..length], null);
    }

    private static Reference Reference(ref Utf8JsonReader r) => Negotiation.Domain.References.Reference.Parse(Str(ref r));

    private static void Expect(ref Utf8JsonReader r, JsonTokenType token)
    {
        if (r.TokenType != token)
        {
            throw new JsonException($"Expected {token}, found {r.TokenType}.");
        }
    }

    private static JsonException Unknown(ref Utf8JsonReader r) => new($"Unknown member '{r.GetString()}'.");
}
