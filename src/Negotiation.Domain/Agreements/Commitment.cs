using Ardalis.GuardClauses;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Schedules;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// What one party to an agreement undertakes to do, possibly only if others keep theirs: the US lifts the sanctions
/// on the institute, conditional on China's crackdown on exporters.
/// </summary>
[FormatRecord]
public sealed record Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="id">The commitment's id, unique across the document.</param>
    /// <param name="by">The party that undertakes it; must be a party to the agreement, or a member of a coalition that is.</param>
    /// <param name="action">What it undertakes to do.</param>
    /// <param name="conditionalOn">The commitments (of other parties, usually) it depends on.</param>
    /// <param name="fulfils">The demands it would meet.</param>
    /// <param name="attribution">Who says it was undertaken, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public Commitment(CommitmentId id, PartyId by, PolicyAction action, EquatableArray<CommitmentId> conditionalOn = default, EquatableArray<DemandId> fulfils = default, Attribution? attribution = null, string? note = null)
    {
        Id = id;
        By = by;
        Action = action;
        ConditionalOn = conditionalOn;
        Fulfils = fulfils;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The commitment's id.</summary>
    public CommitmentId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>The party that undertakes it: a party to the agreement, or a member of a coalition that is (directly or through coalitions in it).</summary>
    public PartyId By { get; init => field = Guard.Against.DefaultId(value, nameof(By)); }

    /// <summary>What it undertakes to do.</summary>
    public PolicyAction Action { get; init => field = value ?? throw new ArgumentNullException(nameof(Action)); }

    /// <summary>The commitments it depends on.</summary>
    public EquatableArray<CommitmentId> ConditionalOn { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(ConditionalOn)); }

    /// <summary>The demands it would meet.</summary>
    public EquatableArray<DemandId> Fulfils { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(Fulfils)); }

    /// <summary>Who says it was undertaken, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>When it starts: a date, a milestone of its agreement, or another commitment's completion, perhaps with an offset.</summary>
    public Timing? Start { get; init; }

    /// <summary>When it falls due: a date, a milestone of its agreement ("within 14 days of the ceasefire"), or another commitment's completion.</summary>
    public Timing? Deadline { get; init; }

    /// <summary>How long it lasts once started ("for 10 years").</summary>
    public Duration? Duration { get; init; }

    /// <summary>The party that verifies it is kept (the IAEA, for a nuclear step), if any.</summary>
    public PartyId? VerifiedBy { get; init => field = Guard.Against.DefaultId(value, nameof(VerifiedBy)); }

    /// <summary>
    /// The commitments it depends on as verified by a party ("once the IAEA verifies Iran's steps"), beside
    /// <see cref="ConditionalOn"/>, which names commitments alone.
    /// </summary>
    public EquatableArray<Verification> ConditionalOnVerified { get; init => field = Guard.Against.NullItems(value, nameof(ConditionalOnVerified)); }

    /// <summary>
    /// How far it has been kept: its dated changes (under way, carried out, suspended, breached, reversed, ...), in date
    /// order (<c>overlapping-period</c> otherwise). Empty while nothing is recorded: the commitment is pending.
    /// </summary>
    public EquatableArray<PerformanceChange> Performance { get; init => field = Guard.Against.NullItems(value, nameof(Performance)); }

    /// <summary>How far it has been kept: the status its last performance change sets, or pending.</summary>
    public PerformanceStatus Status => PerformanceHistory.Current(Performance.AsSpan());

    /// <summary>
    /// How far it had been kept on <paramref name="date"/>: the status of the last performance change that counts by
    /// then (a change counts from the first day of its date; a partial <paramref name="date"/> is read as its last day).
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The status, or pending when no change counts yet.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, which is no date.</exception>
    public PerformanceStatus StatusOn(PartialDate date) => PerformanceHistory.On(Performance.AsSpan(), Guard.Against.DefaultDate(date, nameof(date)));

    /// <summary>When it was carried out: the date of the first change that set it carried out, if that change is dated.</summary>
    public PartialDate? CompletedOn => PerformanceHistory.CompletedOn(Performance.AsSpan());

    /// <summary>Whether it depends on other commitments.</summary>
    public bool IsConditional => !ConditionalOn.IsEmpty || !ConditionalOnVerified.IsEmpty;
}
