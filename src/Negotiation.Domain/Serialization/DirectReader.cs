using System.Buffers;
using System.Collections.Immutable;
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
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// The fast path of reading: one <see cref="Utf8JsonReader"/> pass from the bytes straight into the records, through
/// their constructors (so every record rule runs), with no serializer call per record. Reading through the context's
/// metadata cost over twice the time: <c>JsonSerializer.Deserialize(ref reader)</c> first skips each value to find its
/// end and then reads it again, once per nesting level, and buffers every constructor argument.
/// </summary>
/// <remarks>
/// <para>
/// It reads a subset of what the metadata reads, and must build exactly the same records from it. Whatever it is not
/// sure of, it refuses by throwing, and <see cref="DocumentSerializer"/> then reads the text through the metadata, which
/// either accepts it or explains what is wrong. Refused here although they may be valid: member names written with
/// escapes, <c>null</c> values, and a party whose <c>kind</c> is not its first member. Refused because they are wrong:
/// unknown, repeated and missing members, values of the wrong type, and anything a record's rules reject.
/// </para>
/// <para>
/// The tests hold it to the metadata: both serializers read every bad input of the catalogue, two thousand random byte
/// edits, every one-member edit (removed, null, of the wrong type, renamed, repeated) of documents that use every
/// member, and every kind of party given the members of the others, and must agree on each.
/// </para>
/// </remarks>
internal static class DirectReader
{
    private delegate T ItemReader<T>(ref Utf8JsonReader reader);

    /// <summary>Reads a whole text: one root object, nothing after it.</summary>
    /// <exception cref="Exception">Anything: the text is not one this reader is sure of.</exception>
    public static RawDocument Read(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        reader.Read();
        var document = Root(ref reader);
        return reader.Read() ? throw Refused() : document;
    }

    private static RawDocument Root(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        var version = 0;
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
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "formatVersion"u8, 0, ref seen)) { version = Int(ref r); }
            else if (Is(name, "id"u8, 1, ref seen)) { id = Id<NegotiationId>(ref r); }
            else if (Is(name, "title"u8, 2, ref seen)) { title = Str(ref r); }
            else if (Is(name, "description"u8, 3, ref seen)) { description = Str(ref r); }
            else if (Is(name, "parties"u8, 4, ref seen)) { parties = Array(ref r, PartyReader); }
            else if (Is(name, "issues"u8, 5, ref seen)) { issues = Array(ref r, IssueReader); }
            else if (Is(name, "demands"u8, 6, ref seen)) { demands = Array(ref r, DemandReader); }
            else if (Is(name, "sanctions"u8, 7, ref seen)) { sanctions = Array(ref r, SanctionReader); }
            else if (Is(name, "agreements"u8, 8, ref seen)) { agreements = Array(ref r, AgreementReader); }
            else if (Is(name, "stances"u8, 9, ref seen)) { stances = Array(ref r, StanceReader); }
            else if (Is(name, "events"u8, 10, ref seen)) { events = Array(ref r, EventReader); }
            else if (Is(name, "sources"u8, 11, ref seen)) { sources = Array(ref r, SourceReader); }
            else { throw Refused(); }
        }

        Required(seen, 0b111);
        DocumentFormat.CheckRoot(title!, description);
        return new RawDocument(version, id, title!, description, new NegotiationContent(parties, issues, demands, sanctions, agreements, stances, events, sources));
    }

    // The item readers, as delegates made once.
    private static readonly ItemReader<Party> PartyReader = Party;
    private static readonly ItemReader<Issue> IssueReader = Issue;
    private static readonly ItemReader<Demand> DemandReader = Demand;
    private static readonly ItemReader<Sanction> SanctionReader = Sanction;
    private static readonly ItemReader<Agreement> AgreementReader = Agreement;
    private static readonly ItemReader<Commitment> CommitmentReader = Commitment;
    private static readonly ItemReader<Stance> StanceReader = Stance;
    private static readonly ItemReader<Event> EventReader = Event;
    private static readonly ItemReader<Source> SourceReader = Source;
    private static readonly ItemReader<ExternalId> ExternalIdReader = ExternalId;
    private static readonly ItemReader<PositionHeld> PositionReader = Position;
    private static readonly ItemReader<Counterclaim> CounterclaimReader = Counterclaim;
    private static readonly ItemReader<string> StringReader = Str;
    private static readonly ItemReader<Reference> ReferenceReader = ReferenceConverter.ReadValue;
    private static readonly ItemReader<SanctionMeasure> MeasureReader = SnakeCaseEnumConverter<SanctionMeasure>.ReadValue;

    // The party kinds, in the order of the masks below.
    private const int StateKind = 0, BodyKind = 1, OrganizationKind = 2, PersonKind = 3, GroupKind = 4, CoalitionKind = 5;

    private static readonly JsonEncodedText[] Kinds =
    [
        JsonEncodedText.Encode("state"), JsonEncodedText.Encode("government_body"), JsonEncodedText.Encode("organization"),
        JsonEncodedText.Encode("person"), JsonEncodedText.Encode("group"), JsonEncodedText.Encode("coalition"),
    ];

    // Party members by bit: 0 id, 1 name, 2 country, 3 aliases, 4 description, 5 externalIds, 6 type, 7 parent,
    // 8 positions, 9 size, 10 affiliation, 11 members. Bits 0 to 5 are every kind's.
    private const int Common = 0b111111;

    private static readonly int[] Allowed =
    [
        Common,
        Common | (1 << 6) | (1 << 7),
        Common | (1 << 6) | (1 << 7),
        Common | (1 << 8),
        Common | (1 << 6) | (1 << 9) | (1 << 10),
        Common | (1 << 11),
    ];

    // The constructor parameters without a default, which the metadata requires.
    private static readonly int[] RequiredMembers =
    [
        0b111,
        0b11 | (1 << 6) | (1 << 7),
        0b11 | (1 << 6),
        0b11,
        0b11 | (1 << 6),
        0b11 | (1 << 11),
    ];

    private static Party Party(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);

        // The kind decides which members may follow; the metadata also takes it later on, which is left to it.
        if (!NextMember(ref r, out var first) || !first.SequenceEqual("kind"u8))
        {
            throw Refused();
        }

        Expect(ref r, JsonTokenType.String);
        var kind = -1;
        for (var i = 0; i < Kinds.Length; i++)
        {
            if (r.ValueTextEquals(Kinds[i].EncodedUtf8Bytes))
            {
                kind = i;
                break;
            }
        }

        if (kind < 0)
        {
            throw Refused();
        }

        PartyId id = default;
        PartyId? parent = null, affiliation = null;
        string? name = null, description = null;
        CountryCode? country = null;
        EquatableArray<string> aliases = default;
        EquatableArray<ExternalId> externalIds = default;
        EquatableArray<PositionHeld> positions = default;
        EquatableArray<PartyId> members = default;
        int? size = null;
        GovernmentBodyType bodyType = default;
        OrganizationType organizationType = default;
        GroupType groupType = default;
        var seen = 0;
        while (NextMember(ref r, out var member))
        {
            if (Is(member, "id"u8, 0, ref seen)) { id = Id<PartyId>(ref r); }
            else if (Is(member, "name"u8, 1, ref seen)) { name = Str(ref r); }
            else if (Is(member, "country"u8, 2, ref seen)) { country = CountryCodeConverter.ReadValue(ref r); }
            else if (Is(member, "aliases"u8, 3, ref seen)) { aliases = Array(ref r, StringReader); }
            else if (Is(member, "description"u8, 4, ref seen)) { description = Str(ref r); }
            else if (Is(member, "externalIds"u8, 5, ref seen)) { externalIds = Array(ref r, ExternalIdReader); }
            else if (Is(member, "type"u8, 6, ref seen))
            {
                switch (kind)
                {
                    case BodyKind: bodyType = SnakeCaseEnumConverter<GovernmentBodyType>.ReadValue(ref r); break;
                    case OrganizationKind: organizationType = SnakeCaseEnumConverter<OrganizationType>.ReadValue(ref r); break;
                    case GroupKind: groupType = SnakeCaseEnumConverter<GroupType>.ReadValue(ref r); break;
                    default: throw Refused();
                }
            }
            else if (Is(member, "parent"u8, 7, ref seen)) { parent = Id<PartyId>(ref r); }
            else if (Is(member, "positions"u8, 8, ref seen)) { positions = Array(ref r, PositionReader); }
            else if (Is(member, "size"u8, 9, ref seen)) { size = Int(ref r); }
            else if (Is(member, "affiliation"u8, 10, ref seen)) { affiliation = Id<PartyId>(ref r); }
            else if (Is(member, "members"u8, 11, ref seen)) { members = Array(ref r, Id<PartyId>); }
            else { throw Refused(); }
        }

        if ((seen & ~Allowed[kind]) != 0)
        {
            throw Refused();
        }

        Required(seen, RequiredMembers[kind]);
        return kind switch
        {
            StateKind => new State(id, name!, country!.Value, aliases, description) { ExternalIds = externalIds },
            BodyKind => new GovernmentBody(id, name!, bodyType, parent!.Value, country, aliases, description) { ExternalIds = externalIds },
            OrganizationKind => new Organization(id, name!, organizationType, country, parent, aliases, description) { ExternalIds = externalIds },
            PersonKind => new Person(id, name!, country, positions, aliases, description) { ExternalIds = externalIds },
            GroupKind => new Group(id, name!, groupType, country, size, affiliation, aliases, description) { ExternalIds = externalIds },
            _ => new Coalition(id, name!, members, aliases, description) { Country = country, ExternalIds = externalIds },
        };
    }

    private static ExternalId ExternalId(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? scheme = null, value = null;
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "scheme"u8, 0, ref seen)) { scheme = Str(ref r); }
            else if (Is(name, "value"u8, 1, ref seen)) { value = Str(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b11);
        return new ExternalId(scheme!, value!);
    }

    private static PositionHeld Position(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? office = null;
        PartyId? body = null;
        PartialDate? from = null, to = null;
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "office"u8, 0, ref seen)) { office = Str(ref r); }
            else if (Is(name, "body"u8, 1, ref seen)) { body = Id<PartyId>(ref r); }
            else if (Is(name, "from"u8, 2, ref seen)) { from = PartialDateConverter.ReadValue(ref r); }
            else if (Is(name, "to"u8, 3, ref seen)) { to = PartialDateConverter.ReadValue(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b1);
        return new PositionHeld(office!, body, from, to);
    }

    private static Issue Issue(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        IssueId id = default;
        string? title = null, description = null;
        IssueCategory category = default;
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "id"u8, 0, ref seen)) { id = Id<IssueId>(ref r); }
            else if (Is(name, "title"u8, 1, ref seen)) { title = Str(ref r); }
            else if (Is(name, "category"u8, 2, ref seen)) { category = SnakeCaseEnumConverter<IssueCategory>.ReadValue(ref r); }
            else if (Is(name, "description"u8, 3, ref seen)) { description = Str(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b111);
        return new Issue(id, title!, category, description);
    }

    private static Demand Demand(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        DemandId id = default;
        PartyId from = default, to = default;
        PolicyAction? action = null;
        IssueId issue = default;
        var status = DemandStatus.Made;
        PartialDate? date = null;
        EquatableArray<Reference> inExchangeFor = default;
        DemandResponse? response = null;
        Attribution? attribution = null;
        string? note = null;
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "id"u8, 0, ref seen)) { id = Id<DemandId>(ref r); }
            else if (Is(name, "from"u8, 1, ref seen)) { from = Id<PartyId>(ref r); }
            else if (Is(name, "to"u8, 2, ref seen)) { to = Id<PartyId>(ref r); }
            else if (Is(name, "action"u8, 3, ref seen)) { action = Action(ref r); }
            else if (Is(name, "issue"u8, 4, ref seen)) { issue = Id<IssueId>(ref r); }
            else if (Is(name, "status"u8, 5, ref seen)) { status = SnakeCaseEnumConverter<DemandStatus>.ReadValue(ref r); }
            else if (Is(name, "date"u8, 6, ref seen)) { date = PartialDateConverter.ReadValue(ref r); }
            else if (Is(name, "inExchangeFor"u8, 7, ref seen)) { inExchangeFor = Array(ref r, ReferenceReader); }
            else if (Is(name, "response"u8, 8, ref seen)) { response = Response(ref r); }
            else if (Is(name, "attribution"u8, 9, ref seen)) { attribution = Attribution(ref r); }
            else if (Is(name, "note"u8, 10, ref seen)) { note = Str(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b11111);
        return new Demand(id, from, to, action!, issue, status, date, inExchangeFor, response, attribution, note);
    }

    private static DemandResponse Response(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? reason = null;
        EquatableArray<Reference> grounds = default;
        PartialDate? date = null;
        Attribution? attribution = null;
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "reason"u8, 0, ref seen)) { reason = Str(ref r); }
            else if (Is(name, "grounds"u8, 1, ref seen)) { grounds = Array(ref r, ReferenceReader); }
            else if (Is(name, "date"u8, 2, ref seen)) { date = PartialDateConverter.ReadValue(ref r); }
            else if (Is(name, "attribution"u8, 3, ref seen)) { attribution = Attribution(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b1);
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
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "kind"u8, 0, ref seen)) { kind = SnakeCaseEnumConverter<ActionKind>.ReadValue(ref r); }
            else if (Is(name, "description"u8, 1, ref seen)) { description = Str(ref r); }
            else if (Is(name, "targets"u8, 2, ref seen)) { targets = Array(ref r, Id<PartyId>); }
            else if (Is(name, "sanctions"u8, 3, ref seen)) { sanctions = Array(ref r, Id<SanctionId>); }
            else if (Is(name, "items"u8, 4, ref seen)) { items = Array(ref r, StringReader); }
            else { throw Refused(); }
        }

        Required(seen, 0b1);
        return new PolicyAction(kind, description, targets, sanctions, items);
    }

    private static Sanction Sanction(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        SanctionId id = default;
        PartyId authority = default;
        EquatableArray<PartyId> targets = default;
        EquatableArray<SanctionMeasure> measures = default;
        var status = SanctionStatus.Active;
        string? program = null, legalBasis = null, reason = null, authorityId = null;
        PartialDate? listingDate = null, startDate = null, endDate = null;
        Reference? endedBy = null;
        Attribution? attribution = null;
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "id"u8, 0, ref seen)) { id = Id<SanctionId>(ref r); }
            else if (Is(name, "authority"u8, 1, ref seen)) { authority = Id<PartyId>(ref r); }
            else if (Is(name, "targets"u8, 2, ref seen)) { targets = Array(ref r, Id<PartyId>); }
            else if (Is(name, "measures"u8, 3, ref seen)) { measures = Array(ref r, MeasureReader); }
            else if (Is(name, "status"u8, 4, ref seen)) { status = SnakeCaseEnumConverter<SanctionStatus>.ReadValue(ref r); }
            else if (Is(name, "program"u8, 5, ref seen)) { program = Str(ref r); }
            else if (Is(name, "legalBasis"u8, 6, ref seen)) { legalBasis = Str(ref r); }
            else if (Is(name, "reason"u8, 7, ref seen)) { reason = Str(ref r); }
            else if (Is(name, "listingDate"u8, 8, ref seen)) { listingDate = PartialDateConverter.ReadValue(ref r); }
            else if (Is(name, "startDate"u8, 9, ref seen)) { startDate = PartialDateConverter.ReadValue(ref r); }
            else if (Is(name, "endDate"u8, 10, ref seen)) { endDate = PartialDateConverter.ReadValue(ref r); }
            else if (Is(name, "endedBy"u8, 11, ref seen)) { endedBy = ReferenceConverter.ReadValue(ref r); }
            else if (Is(name, "authorityId"u8, 12, ref seen)) { authorityId = Str(ref r); }
            else if (Is(name, "attribution"u8, 13, ref seen)) { attribution = Attribution(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b1111);
        return new Sanction(id, authority, targets, measures, status, program, legalBasis, reason, listingDate, startDate, endDate, endedBy, authorityId, attribution);
    }

    private static Agreement Agreement(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        AgreementId id = default;
        string? title = null, venue = null, note = null;
        EquatableArray<PartyId> parties = default;
        EquatableArray<Commitment> commitments = default;
        var status = AgreementStatus.Proposed;
        var confirmation = Confirmation.Unconfirmed;
        EquatableArray<IssueId> issues = default;
        PartialDate? date = null;
        Attribution? attribution = null;
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "id"u8, 0, ref seen)) { id = Id<AgreementId>(ref r); }
            else if (Is(name, "title"u8, 1, ref seen)) { title = Str(ref r); }
            else if (Is(name, "parties"u8, 2, ref seen)) { parties = Array(ref r, Id<PartyId>); }
            else if (Is(name, "commitments"u8, 3, ref seen)) { commitments = Array(ref r, CommitmentReader); }
            else if (Is(name, "status"u8, 4, ref seen)) { status = SnakeCaseEnumConverter<AgreementStatus>.ReadValue(ref r); }
            else if (Is(name, "confirmation"u8, 5, ref seen)) { confirmation = SnakeCaseEnumConverter<Confirmation>.ReadValue(ref r); }
            else if (Is(name, "issues"u8, 6, ref seen)) { issues = Array(ref r, Id<IssueId>); }
            else if (Is(name, "venue"u8, 7, ref seen)) { venue = Str(ref r); }
            else if (Is(name, "date"u8, 8, ref seen)) { date = PartialDateConverter.ReadValue(ref r); }
            else if (Is(name, "attribution"u8, 9, ref seen)) { attribution = Attribution(ref r); }
            else if (Is(name, "note"u8, 10, ref seen)) { note = Str(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b111);
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
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "id"u8, 0, ref seen)) { id = Id<CommitmentId>(ref r); }
            else if (Is(name, "by"u8, 1, ref seen)) { by = Id<PartyId>(ref r); }
            else if (Is(name, "action"u8, 2, ref seen)) { action = Action(ref r); }
            else if (Is(name, "conditionalOn"u8, 3, ref seen)) { conditionalOn = Array(ref r, Id<CommitmentId>); }
            else if (Is(name, "fulfils"u8, 4, ref seen)) { fulfils = Array(ref r, Id<DemandId>); }
            else if (Is(name, "attribution"u8, 5, ref seen)) { attribution = Attribution(ref r); }
            else if (Is(name, "note"u8, 6, ref seen)) { note = Str(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b111);
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
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "id"u8, 0, ref seen)) { id = Id<StanceId>(ref r); }
            else if (Is(name, "party"u8, 1, ref seen)) { party = Id<PartyId>(ref r); }
            else if (Is(name, "subject"u8, 2, ref seen)) { subject = ReferenceConverter.ReadValue(ref r); }
            else if (Is(name, "position"u8, 3, ref seen)) { position = SnakeCaseEnumConverter<StancePosition>.ReadValue(ref r); }
            else if (Is(name, "statement"u8, 4, ref seen)) { statement = Str(ref r); }
            else if (Is(name, "condition"u8, 5, ref seen)) { condition = Str(ref r); }
            else if (Is(name, "date"u8, 6, ref seen)) { date = PartialDateConverter.ReadValue(ref r); }
            else if (Is(name, "attribution"u8, 7, ref seen)) { attribution = Attribution(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b1111);
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
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "id"u8, 0, ref seen)) { id = Id<EventId>(ref r); }
            else if (Is(name, "kind"u8, 1, ref seen)) { kind = SnakeCaseEnumConverter<EventKind>.ReadValue(ref r); }
            else if (Is(name, "title"u8, 2, ref seen)) { title = Str(ref r); }
            else if (Is(name, "date"u8, 3, ref seen)) { date = PartialDateConverter.ReadValue(ref r); }
            else if (Is(name, "parties"u8, 4, ref seen)) { parties = Array(ref r, Id<PartyId>); }
            else if (Is(name, "place"u8, 5, ref seen)) { place = Str(ref r); }
            else if (Is(name, "country"u8, 6, ref seen)) { country = CountryCodeConverter.ReadValue(ref r); }
            else if (Is(name, "related"u8, 7, ref seen)) { related = Array(ref r, ReferenceReader); }
            else if (Is(name, "attribution"u8, 8, ref seen)) { attribution = Attribution(ref r); }
            else if (Is(name, "note"u8, 9, ref seen)) { note = Str(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b1111);
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
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "id"u8, 0, ref seen)) { id = Id<SourceId>(ref r); }
            else if (Is(name, "publisher"u8, 1, ref seen)) { publisher = Str(ref r); }
            else if (Is(name, "type"u8, 2, ref seen)) { type = SnakeCaseEnumConverter<SourceType>.ReadValue(ref r); }
            else if (Is(name, "title"u8, 3, ref seen)) { title = Str(ref r); }
            else if (Is(name, "url"u8, 4, ref seen))
            {
                // As System.Text.Json reads a Uri; the record's own rule then asks for an absolute http(s) address.
                url = Uri.TryCreate(Str(ref r), UriKind.RelativeOrAbsolute, out var uri) ? uri : throw Refused();
            }
            else if (Is(name, "published"u8, 5, ref seen)) { published = PartialDateConverter.ReadValue(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b111);
        return new Source(id, publisher!, type, title, url, published);
    }

    private static Attribution Attribution(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        Confidence confidence = default;
        EquatableArray<SourceId> sources = default;
        string? note = null;
        EquatableArray<Counterclaim> counterclaims = default;
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "confidence"u8, 0, ref seen)) { confidence = SnakeCaseEnumConverter<Confidence>.ReadValue(ref r); }
            else if (Is(name, "sources"u8, 1, ref seen)) { sources = Array(ref r, Id<SourceId>); }
            else if (Is(name, "note"u8, 2, ref seen)) { note = Str(ref r); }
            else if (Is(name, "counterclaims"u8, 3, ref seen)) { counterclaims = Array(ref r, CounterclaimReader); }
            else { throw Refused(); }
        }

        Required(seen, 0b11);
        return new Attribution(confidence, sources, note, counterclaims);
    }

    private static Counterclaim Counterclaim(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        Confidence confidence = default;
        EquatableArray<SourceId> sources = default;
        string? note = null;
        var seen = 0;
        while (NextMember(ref r, out var name))
        {
            if (Is(name, "confidence"u8, 0, ref seen)) { confidence = SnakeCaseEnumConverter<Confidence>.ReadValue(ref r); }
            else if (Is(name, "sources"u8, 1, ref seen)) { sources = Array(ref r, Id<SourceId>); }
            else if (Is(name, "note"u8, 2, ref seen)) { note = Str(ref r); }
            else { throw Refused(); }
        }

        Required(seen, 0b11);
        return new Counterclaim(confidence, sources, note);
    }

    /// <summary>
    /// Reads an array at its start token. The items are gathered in a pooled array and copied once into an array of the
    /// exact size: a builder allocates, grows, and copies again whenever its capacity is not the count.
    /// </summary>
    private static EquatableArray<T> Array<T>(ref Utf8JsonReader r, ItemReader<T> item)
    {
        Expect(ref r, JsonTokenType.StartArray);
        r.Read();
        if (r.TokenType == JsonTokenType.EndArray)
        {
            return new EquatableArray<T>(ImmutableArray<T>.Empty);
        }

        var pool = ArrayPool<T>.Shared;
        var items = pool.Rent(8);
        var count = 0;
        try
        {
            do
            {
                if (count == items.Length)
                {
                    var larger = pool.Rent(count * 2);
                    items.AsSpan(0, count).CopyTo(larger);
                    pool.Return(items, clearArray: true);
                    items = larger;
                }

                items[count++] = item(ref r);
                r.Read();
            }
            while (r.TokenType != JsonTokenType.EndArray);

            return new EquatableArray<T>(ImmutableArray.Create(items.AsSpan(0, count)));
        }
        finally
        {
            // Cleared, so the pool holds nothing of the document.
            pool.Return(items, clearArray: true);
        }
    }

    /// <summary>
    /// Moves to the next member of an object and then to its value; <see langword="false"/> at the object's end. A
    /// member name written with escapes is refused, so that names compare as plain bytes.
    /// </summary>
    private static bool NextMember(ref Utf8JsonReader r, out ReadOnlySpan<byte> name)
    {
        r.Read();
        if (r.TokenType != JsonTokenType.PropertyName)
        {
            Expect(ref r, JsonTokenType.EndObject);
            name = default;
            return false;
        }

        name = r.ValueIsEscaped ? throw Refused() : r.ValueSpan;
        r.Read();
        return true;
    }

    /// <summary>Whether the member is the one named; if it is, marks its bit as seen, refusing it if it was already.</summary>
    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> expected, int bit, ref int seen)
    {
        if (!name.SequenceEqual(expected))
        {
            return false;
        }

        var flag = 1 << bit;
        if ((seen & flag) != 0)
        {
            throw Refused();
        }

        seen |= flag;
        return true;
    }

    private static void Required(int seen, int required)
    {
        if ((seen & required) != required)
        {
            throw Refused();
        }
    }

    private static void Expect(ref Utf8JsonReader r, JsonTokenType token)
    {
        if (r.TokenType != token)
        {
            throw Refused();
        }
    }

    // A null value is refused with the rest: every reader below asks for its own token type.
    private static string Str(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.String);
        return r.GetString()!;
    }

    private static int Int(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.Number);
        return r.TryGetInt32(out var value) ? value : throw Refused();
    }

    // The id's own constructor checks the slug; a bad one throws, and the metadata reader then explains it.
    private static TId Id<TId>(ref Utf8JsonReader r)
        where TId : struct, ISlugId<TId>
        => TId.Create(Str(ref r));

    /// <summary>
    /// The one exception of this reader: the text is not one it reads, for whatever reason. Its message is never shown;
    /// the metadata reader says what is wrong, if anything is.
    /// </summary>
    private static JsonException Refused() => new("The direct reader does not read this text; the metadata reader will.");
}
