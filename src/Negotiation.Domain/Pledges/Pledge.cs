using Ardalis.GuardClauses;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Pledges;

/// <summary>
/// One party's public undertaking outside any agreement: a unilateral pledge ("the US will not put AI in control of
/// nuclear weapons"). Nobody gives anything in return, so it is no agreement's commitment and no trade-off ledger
/// counts it; it may name an agreement as its context, which binds no one to that agreement.
/// </summary>
[FormatRecord]
public sealed record Pledge
{
    /// <summary>Creates a pledge.</summary>
    /// <param name="id">The pledge's id.</param>
    /// <param name="by">The party that pledges.</param>
    /// <param name="action">What it pledges to do.</param>
    /// <param name="date">When it pledged.</param>
    /// <param name="issues">The issues it concerns.</param>
    /// <param name="agreement">The agreement it was made in the context of (announced beside a deal), if any.</param>
    /// <param name="attribution">Who says it was made, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public Pledge(
        PledgeId id,
        PartyId by,
        PolicyAction action,
        PartialDate? date = null,
        EquatableArray<IssueId> issues = default,
        AgreementId? agreement = null,
        Attribution? attribution = null,
        string? note = null)
    {
        Id = id;
        By = by;
        Action = action;
        Date = date;
        Issues = issues;
        Agreement = agreement;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The pledge's id.</summary>
    public PledgeId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>The party that pledges.</summary>
    public PartyId By { get; init => field = Guard.Against.DefaultId(value, nameof(By)); }

    /// <summary>What it pledges to do.</summary>
    public PolicyAction Action { get; init => field = value ?? throw new ArgumentNullException(nameof(Action)); }

    /// <summary>When it pledged.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>The issues it concerns.</summary>
    public EquatableArray<IssueId> Issues { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(Issues)); }

    /// <summary>The agreement it was made in the context of, if any: context only, not a commitment under it.</summary>
    public AgreementId? Agreement { get; init => field = Guard.Against.DefaultId(value, nameof(Agreement)); }

    /// <summary>Who says it was made, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>
    /// How far it has been kept: its dated changes (under way, carried out, suspended, breached, reversed, ...), in date
    /// order (<c>overlapping-period</c> otherwise). Empty while nothing is recorded: the pledge is pending.
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

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
