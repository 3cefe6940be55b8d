using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.LegalInstruments;
using Negotiation.Domain.Lifecycle;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using System.Text.Json.Serialization;
using Negotiation.Domain.Errors;
using OneOf;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Sanctions;

/// <summary>
/// A designation or measure imposed by an authority on targets: the US Commerce Department's listing of China's
/// Institute of Forensic Science (May 2020). Field names follow FollowTheMoney's <c>Sanction</c> where one fits.
/// </summary>
/// <remarks>
/// Its status is not stored: it follows from its <see cref="History"/>, the dated changes that imposed, waived,
/// suspended, lifted or re-imposed it, so a sanction lifted and then re-imposed is one record with its whole story.
/// A sanction with no history is in force, since a date not given. <see cref="StatusOn"/> tells where it stood on a day.
/// </remarks>
[FormatRecord]
public sealed record Sanction
{
    /// <summary>Where, in a sanction, its history is: the member a change that does not follow goes to.</summary>
    private const string HistoryPath = "$.history";

    /// <summary>Creates a sanction.</summary>
    /// <param name="id">The sanction's id.</param>
    /// <param name="authority">The party that imposes it (a state or a body).</param>
    /// <param name="targets">The parties it targets; at least one.</param>
    /// <param name="measures">What it does to them; at least one.</param>
    /// <param name="history">Its dated changes, in date order; none for a sanction in force since a date not given.</param>
    /// <param name="program">The sanctions program ("Entity List", "SDN: Illicit Drugs (ILLICIT-DRUGS-EO14059)").</param>
    /// <param name="legalBasis">The law or order it rests on ("Export Administration Regulations, 15 CFR 744.11").</param>
    /// <param name="reason">Why it was imposed, in a few words.</param>
    /// <param name="listingDate">When the targets were listed.</param>
    /// <param name="authorityId">The authority's own id for the record (a Federal Register citation), if any.</param>
    /// <param name="attribution">Who says so, and how sure.</param>
    public Sanction(
        SanctionId id,
        PartyId authority,
        EquatableArray<PartyId> targets,
        EquatableArray<SanctionMeasure> measures,
        EquatableArray<SanctionChange> history = default,
        string? program = null,
        string? legalBasis = null,
        string? reason = null,
        PartialDate? listingDate = null,
        string? authorityId = null,
        Attribution? attribution = null)
    {
        Id = id;
        Authority = authority;
        Targets = targets;
        Measures = measures;
        History = history;
        Program = program;
        LegalBasis = legalBasis;
        Reason = reason;
        ListingDate = listingDate;
        AuthorityId = authorityId;
        Attribution = attribution;
    }

    /// <summary>The sanction's id.</summary>
    public SanctionId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>The party that imposes it.</summary>
    public PartyId Authority { get; init => field = Guard.Against.DefaultId(value, nameof(Authority)); }

    /// <summary>The parties it targets; at least one, none repeated.</summary>
    public EquatableArray<PartyId> Targets { get; init => field = Guard.Against.EmptyList(Guard.Against.DefaultOrRepeatedIds(value, nameof(Targets)), nameof(Targets)); }

    /// <summary>What it does to them; at least one, none repeated.</summary>
    public EquatableArray<SanctionMeasure> Measures { get; init => field = Guard.Against.EmptyList(Guard.Against.UndefinedOrRepeatedEnumValues(value, nameof(Measures)), nameof(Measures)); }

    /// <summary>The sanctions program.</summary>
    public string? Program { get; init => field = Guard.Against.InvalidName(value, nameof(Program)); }

    /// <summary>The law or order it rests on, in words; <see cref="LegalInstruments"/> types the acts themselves.</summary>
    public string? LegalBasis { get; init => field = Guard.Against.InvalidName(value, nameof(LegalBasis)); }

    /// <summary>
    /// The acts it rests on, typed (a Security Council resolution, an executive order, a regulation, ...), beside the
    /// words of <see cref="LegalBasis"/>, which stay: a version-1 document's legal basis is text only.
    /// </summary>
    public EquatableArray<LegalInstrument> LegalInstruments { get; init => field = Guard.Against.NullItems(value, nameof(LegalInstruments)); }

    /// <summary>Why it was imposed.</summary>
    public string? Reason { get; init => field = Guard.Against.InvalidText(value, nameof(Reason)); }

    /// <summary>What the sanction is and does, in a few sentences, beyond its reason (FollowTheMoney's <c>description</c>).</summary>
    public string? Description { get; init => field = Guard.Against.InvalidText(value, nameof(Description)); }

    /// <summary>When the targets were listed; in a document, no lift or expiry is dated before it (<c>date-order</c>).</summary>
    public PartialDate? ListingDate { get; init => field = Guard.Against.DefaultDate(value, nameof(ListingDate)); }

    /// <summary>
    /// Its dated changes, in date order: imposed, waived, suspended, lifted, re-imposed, .... In a document each must
    /// follow from the ones before (<c>sanction-history-order</c>) and none may be dated before the one listed before
    /// it (<c>overlapping-period</c>); <see cref="Append"/> checks both. Empty for a sanction in force since a date not given.
    /// </summary>
    public EquatableArray<SanctionChange> History { get; init => field = Guard.Against.NullItems(value, nameof(History)); }

    /// <summary>The authority's own id for the record, if any.</summary>
    public string? AuthorityId { get; init => field = Guard.Against.InvalidName(value, nameof(AuthorityId)); }

    /// <summary>
    /// Its entries in sanctions lists and other systems, for cross-referencing: <c>("ofac-sdn", the SDN entry's
    /// number)</c>, <c>("opensanctions", the entity's id)</c>, <c>("eu-fsf", the EU Financial Sanctions Files'
    /// reference)</c>, <c>("unsc", the UN consolidated list's reference; FollowTheMoney's <c>unscId</c>)</c>. The same
    /// record as a party's <see cref="Party.ExternalIds"/>: a scheme and a value.
    /// </summary>
    public EquatableArray<ExternalId> ExternalIds { get; init => field = Guard.Against.NullItems(value, nameof(ExternalIds)); }

    /// <summary>Who says so, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Where it stands: the status its last change gives, or <see cref="SanctionStatus.Active"/> when its history is empty.</summary>
    public SanctionStatus Status => History.IsEmpty ? SanctionStatus.Active : History[^1].Status;

    /// <summary>When it first took effect: the date of its first imposition, if the history dates one.</summary>
    public PartialDate? StartDate
    {
        get
        {
            foreach (var change in History)
            {
                if (change.Kind == SanctionChangeKind.Imposed)
                {
                    return change.Date;
                }
            }

            return null;
        }
    }

    /// <summary>When it ended, if it has: the date of the lift or expiry that ended it, when it stands lifted or expired.</summary>
    public PartialDate? EndDate => Status is SanctionStatus.Lifted or SanctionStatus.Expired ? History[^1].Date : null;

    /// <summary>What ended it (the agreement that lifted it), when it stands lifted or expired and the change names it.</summary>
    public Reference? EndedBy => Status is SanctionStatus.Lifted or SanctionStatus.Expired ? History[^1].By : null;

    /// <summary>Whether it is in force: active, neither waived, suspended, lifted, expired nor only proposed.</summary>
    public bool IsActive => Status == SanctionStatus.Active;

    /// <summary>The statuses this sanction can move to from where it stands, each by one change.</summary>
    public IReadOnlyList<SanctionStatus> NextStatuses
        => [.. Enum.GetValues<SanctionChangeKind>().Where(k => Follows(k, History.IsEmpty ? null : History[^1])).Select(k => new SanctionChange(k).Status).Distinct()];

    /// <summary>
    /// Where the sanction stood on <paramref name="date"/>: the status of the last change that counts by then. A change
    /// counts from the first day of its date (one dated <c>2023-11</c> from 2023-11-01); an undated one from right after
    /// the change before it. A partial <paramref name="date"/> is read as its last day: on <c>2023</c> is on 2023-12-31.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>
    /// The status, or <see langword="null"/> when nothing had happened yet: the history starts with a proposal, an
    /// imposition or a re-imposition that counts only after <paramref name="date"/>. Before a first change of any other kind (a waiver, a
    /// lift), the sanction was in force, since a date not given.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, which is no date.</exception>
    public SanctionStatus? StatusOn(PartialDate date)
    {
        Guard.Against.DefaultDate(date, nameof(date));
        var last = DatedHistory.LastOn(History.AsSpan(), date.End);
        if (last is { } index)
        {
            return History[index].Status;
        }

        return History.IsEmpty || History[0].Kind is not (SanctionChangeKind.Proposed or SanctionChangeKind.Imposed or SanctionChangeKind.Reimposed) ? SanctionStatus.Active : null;
    }

    /// <summary>
    /// Appends a change to the history, if it follows from the history: a proposal only first; an imposition first or
    /// after a proposal; a re-imposition first (of a sanction lifted before the history begins) or after a waiver, a
    /// suspension, a lift or an expiry; a waiver, a suspension, a lift or an expiry of a sanction in place; a re-imposition of one
    /// waived, suspended, lifted or expired. A sanction with no history counts as in force.
    /// </summary>
    /// <param name="change">The change.</param>
    /// <returns>
    /// The changed sanction, or why the change is not allowed: it does not follow from the history, or it is dated
    /// before the last dated change (the periods would overlap), or it ends the sanction before its listing date.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public OneOf<Sanction, TransitionError> Append(SanctionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var subject = $"sanction:{Id}";
        var previous = History.IsEmpty ? null : History[^1];
        var from = Status.ToString();
        var to = change.Status.ToString();
        if (!Follows(change.Kind, previous))
        {
            var allowed = Enum.GetValues<SanctionChangeKind>().Where(k => Follows(k, previous)).Select(k => JsonNames.EnumValue(k.ToString()));
            return new TransitionError(subject, from, to, HistoryPath, $"a change '{JsonNames.EnumValue(change.Kind.ToString())}' cannot follow {(previous is null ? "an empty history" : $"'{JsonNames.EnumValue(previous.Kind.ToString())}'")}; it can be followed by {string.Join(", ", allowed)}.");
        }

        if (change.Date is { } date)
        {
            if (DatedHistory.LastDated(History.AsSpan()) is { } before && date.Start < before.Start)
            {
                return new TransitionError(subject, from, to, HistoryPath, $"the change dated {date} opens a period from {date.Start:yyyy-MM-dd}, before the period the change dated {before} opened: changes come in date order.");
            }

            if (change.Kind is SanctionChangeKind.Lifted or SanctionChangeKind.Expired && ListingDate is { } listed && date.IsBefore(listed))
            {
                return new TransitionError(subject, from, to, HistoryPath, $"the end date {date} is before the listing date {listed}.");
            }
        }

        return this with { History = History.Add(change) };
    }

    /// <summary>Moves the sanction to <paramref name="status"/> by the change that leads there, if that is a legal change.</summary>
    /// <param name="status">
    /// The new status. Active is reached by an imposition from a proposal, and by a re-imposition from anywhere else.
    /// </param>
    /// <param name="date">When the change happened.</param>
    /// <returns>The changed sanction, or why the change is not allowed (see <see cref="Append"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, which is no date.</exception>
    public OneOf<Sanction, TransitionError> TransitionTo(SanctionStatus status, PartialDate? date = null)
    {
        Guard.Against.UndefinedEnumValue(status, nameof(status));
        Guard.Against.DefaultDate(date, nameof(date));
        var kind = status switch
        {
            SanctionStatus.Proposed => SanctionChangeKind.Proposed,
            SanctionStatus.Active => Status == SanctionStatus.Proposed ? SanctionChangeKind.Imposed : SanctionChangeKind.Reimposed,
            SanctionStatus.Waived => SanctionChangeKind.Waived,
            SanctionStatus.Suspended => SanctionChangeKind.Suspended,
            SanctionStatus.Lifted => SanctionChangeKind.Lifted,
            _ => SanctionChangeKind.Expired,
        };
        return Append(new SanctionChange(kind, date));
    }

    /// <summary>Lifts the sanction, naming what lifted it.</summary>
    /// <param name="date">When it was lifted.</param>
    /// <param name="by">What lifted it (an agreement), if it is in the document.</param>
    /// <returns>The lifted sanction, or why it cannot be lifted (it is already lifted, expired or only proposed, or the date is before its last change or its listing).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, or <paramref name="by"/> the <c>default</c> reference.</exception>
    public OneOf<Sanction, TransitionError> Lift(PartialDate? date = null, Reference? by = null) => Append(Change(SanctionChangeKind.Lifted, date, by));

    /// <summary>Waives the sanction: it stays in place, but what it forbids may go ahead (a waiver for a transfer of funds).</summary>
    /// <param name="date">When it was waived.</param>
    /// <param name="by">What waived it (an agreement, an event), if it is in the document.</param>
    /// <returns>The waived sanction, or why it cannot be waived (it is not in place, or the date is before its last change).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, or <paramref name="by"/> the <c>default</c> reference.</exception>
    public OneOf<Sanction, TransitionError> Waive(PartialDate? date = null, Reference? by = null) => Append(Change(SanctionChangeKind.Waived, date, by));

    /// <summary>Suspends the sanction: it stays on the books but is not applied.</summary>
    /// <param name="date">When it was suspended.</param>
    /// <param name="by">What suspended it, if it is in the document.</param>
    /// <returns>The suspended sanction, or why it cannot be suspended (it is not in force, or the date is before its last change).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, or <paramref name="by"/> the <c>default</c> reference.</exception>
    public OneOf<Sanction, TransitionError> Suspend(PartialDate? date = null, Reference? by = null) => Append(Change(SanctionChangeKind.Suspended, date, by));

    /// <summary>Re-imposes the sanction after a lift, an expiry, a waiver or a suspension ("snapback").</summary>
    /// <param name="date">When it was re-imposed.</param>
    /// <param name="by">What re-imposed it (the invocation of a clause, an event), if it is in the document.</param>
    /// <returns>The sanction in force again, or why it cannot be re-imposed (it is in force or only proposed, or the date is before its last change).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, or <paramref name="by"/> the <c>default</c> reference.</exception>
    public OneOf<Sanction, TransitionError> Reimpose(PartialDate? date = null, Reference? by = null) => Append(Change(SanctionChangeKind.Reimposed, date, by));

    /// <summary>Whether a change of kind <paramref name="kind"/> may follow <paramref name="previous"/> (none: an empty history, in force).</summary>
    internal static bool Follows(SanctionChangeKind kind, SanctionChange? previous) => (previous?.Kind, kind) switch
    {
        // A first re-imposition is of a sanction lifted before the history begins (the US's 2018 Iran sanctions).
        (null, SanctionChangeKind.Proposed or SanctionChangeKind.Imposed or SanctionChangeKind.Reimposed) => true,
        (SanctionChangeKind.Proposed, SanctionChangeKind.Imposed) => true,
        (null or SanctionChangeKind.Imposed or SanctionChangeKind.Reimposed, SanctionChangeKind.Waived or SanctionChangeKind.Suspended or SanctionChangeKind.Lifted or SanctionChangeKind.Expired) => true,
        (SanctionChangeKind.Waived, SanctionChangeKind.Waived or SanctionChangeKind.Suspended or SanctionChangeKind.Lifted or SanctionChangeKind.Expired or SanctionChangeKind.Reimposed) => true,
        (SanctionChangeKind.Suspended, SanctionChangeKind.Lifted or SanctionChangeKind.Expired or SanctionChangeKind.Reimposed) => true,
        (SanctionChangeKind.Lifted or SanctionChangeKind.Expired, SanctionChangeKind.Reimposed) => true,
        _ => false,
    };

    private static SanctionChange Change(SanctionChangeKind kind, PartialDate? date, Reference? by)
    {
        if (by is { IsDefault: true })
        {
            throw new ArgumentException("by must be a reference to a record, not default.", nameof(by));
        }

        Guard.Against.DefaultDate(date, nameof(date));
        return new SanctionChange(kind, date, by);
    }

    // ---- version 1 ----

    /// <summary>Version 1's <c>status</c>: read from a version-1 document, turned into <see cref="History"/> by the upgrade.</summary>
    [FormatLegacy(1)]
    [JsonPropertyName("status")]
    internal SanctionStatus? Version1Status { get; init => field = value is { } v ? Guard.Against.UndefinedEnumValue(v, nameof(Version1Status)) : null; }

    /// <summary>Version 1's <c>startDate</c>: when it took effect; not after version 1's end date.</summary>
    [FormatLegacy(1)]
    [JsonPropertyName("startDate")]
    internal PartialDate? Version1StartDate
    {
        get;
        init
        {
            Guard.Against.DefaultDate(value, nameof(Version1StartDate));
            if (value is { } start && Version1EndDate is { } end && end.IsBefore(start))
            {
                throw RuleCode.With(new ArgumentException($"startDate ({start}) is after endDate ({end}).", nameof(Version1StartDate)), ErrorCodes.DateOrder);
            }

            field = value;
        }
    }

    /// <summary>Version 1's <c>endDate</c>: when it ended; not before version 1's start date nor the listing.</summary>
    [FormatLegacy(1)]
    [JsonPropertyName("endDate")]
    internal PartialDate? Version1EndDate
    {
        get;
        init
        {
            Guard.Against.DefaultDate(value, nameof(Version1EndDate));
            foreach (var (before, name) in new[] { (Version1StartDate, "startDate"), (ListingDate, "listingDate") })
            {
                if (value is { } end && before is { } start && end.IsBefore(start))
                {
                    throw RuleCode.With(new ArgumentException($"endDate ({end}) is before {name} ({start}).", nameof(Version1EndDate)), ErrorCodes.DateOrder);
                }
            }

            field = value;
        }
    }

    /// <summary>Version 1's <c>endedBy</c>: what ended it.</summary>
    [FormatLegacy(1)]
    [JsonPropertyName("endedBy")]
    internal Reference? Version1EndedBy
    {
        get;
        init => field = value is { IsDefault: true } ? throw new ArgumentException("endedBy is not set.", nameof(Version1EndedBy)) : value;
    }

    /// <summary>Whether a version-1 member was read into the record, for the upgrade to move.</summary>
    internal bool HasVersion1Members => Version1Status is not null || Version1StartDate is not null || Version1EndDate is not null || Version1EndedBy is not null;
}
