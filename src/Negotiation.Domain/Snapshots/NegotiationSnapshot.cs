using Ardalis.GuardClauses;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Snapshots;

/// <summary>
/// What stood on one day, read from a document's dated histories: each sanction's status, each commitment's and
/// pledge's performance, each party's participation in each agreement, the milestones reached, the expiry in force,
/// the events and demands so far, and the commitments due and not yet carried out. Made by
/// <see cref="NegotiationDocument.AsOf"/>; the document is not changed.
/// </summary>
/// <remarks>
/// <para>How dates count, everywhere in a snapshot:</para>
/// <list type="bullet">
/// <item>The day asked for may be partial, and is read as its last day: as of <c>2023</c> is as of 2023-12-31, and as
/// of <c>2023-11</c> as of 2023-11-30.</item>
/// <item>A dated fact (a change, a step, a milestone, an event, an extension) counts from the first day of its date: a
/// change dated <c>2023-11</c> counts from 2023-11-01, so it counts as of 2023-11-15 too. The record is read as saying
/// the change happened by then at the latest; a caller who wants only certain facts can compare the dates' precision.</item>
/// <item>An undated change in a history counts from right after the change listed before it.</item>
/// <item>An undated record that is not a change (an undated event, demand or milestone) is not placed in time: events
/// and demands leave it out, and a milestone with no date is not reached.</item>
/// </list>
/// </remarks>
public sealed class NegotiationSnapshot
{
    internal NegotiationSnapshot(NegotiationDocument document, PartialDate date)
    {
        Document = document;
        Date = date;
    }

    /// <summary>The document the snapshot reads.</summary>
    public NegotiationDocument Document { get; }

    /// <summary>The date asked for, as precise as it was given.</summary>
    public PartialDate Date { get; }

    /// <summary>The day the snapshot stands for: the last day of <see cref="Date"/>.</summary>
    public DateOnly Day => Date.End;

    /// <summary>Where a sanction stood: see <see cref="Sanction.StatusOn"/>.</summary>
    /// <param name="sanction">The sanction's id.</param>
    /// <returns>Its status, or <see langword="null"/> when it had not yet been proposed or imposed.</returns>
    /// <exception cref="ArgumentException">The document has no sanction with that id.</exception>
    public SanctionStatus? StatusOf(SanctionId sanction)
        => (Document.Find(Guard.Against.DefaultId(sanction, nameof(sanction))) ?? throw Missing("sanction", sanction.Value, nameof(sanction))).StatusOn(Date);

    /// <summary>How far a commitment had been kept: see <see cref="Commitment.StatusOn"/>.</summary>
    /// <param name="commitment">The commitment's id.</param>
    /// <returns>Its performance status; pending when no change counts yet.</returns>
    /// <exception cref="ArgumentException">The document has no commitment with that id.</exception>
    public PerformanceStatus StatusOf(CommitmentId commitment)
        => (Document.Find(Guard.Against.DefaultId(commitment, nameof(commitment))) ?? throw Missing("commitment", commitment.Value, nameof(commitment))).StatusOn(Date);

    /// <summary>How far a unilateral pledge had been kept: see <see cref="Pledges.Pledge.StatusOn"/>.</summary>
    /// <param name="pledge">The pledge's id.</param>
    /// <returns>Its performance status; pending when no change counts yet.</returns>
    /// <exception cref="ArgumentException">The document has no pledge with that id.</exception>
    public PerformanceStatus StatusOf(PledgeId pledge)
        => (Document.Find(Guard.Against.DefaultId(pledge, nameof(pledge))) ?? throw Missing("pledge", pledge.Value, nameof(pledge))).StatusOn(Date);

    /// <summary>The sanctions that stood at <paramref name="status"/> (in force, waived, lifted, ...).</summary>
    /// <param name="status">The status.</param>
    /// <returns>The sanctions, in document order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public IReadOnlyList<Sanction> SanctionsWith(SanctionStatus status)
    {
        Guard.Against.UndefinedEnumValue(status, nameof(status));
        return [.. Document.Sanctions.Where(s => s.StatusOn(Date) == status)];
    }

    /// <summary>The commitments, across agreements, whose performance stood at <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The commitments, in document order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public IReadOnlyList<Commitment> CommitmentsWith(PerformanceStatus status)
    {
        Guard.Against.UndefinedEnumValue(status, nameof(status));
        return [.. Document.Agreements.SelectMany(a => a.Commitments).Where(c => c.StatusOn(Date) == status)];
    }

    /// <summary>Where a party stood in an agreement: see <see cref="NegotiationDocument.ParticipationStatusOf"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="party">The party.</param>
    /// <returns>Its status; <see cref="ParticipationStatus.Unrecorded"/> when no step of it counts yet.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id, or <paramref name="party"/> is the <c>default</c>.</exception>
    public ParticipationStatus ParticipationStatusOf(AgreementId agreement, PartyId party) => Document.ParticipationStatusOf(agreement, party, Date);

    /// <summary>The milestones of an agreement reached by then: those dated, from the first day of their date.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The milestones, in the agreement's order.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id.</exception>
    public IReadOnlyList<Milestone> MilestonesReached(AgreementId agreement)
        => [.. Document.MilestonesOf(agreement).Where(m => m.Date is { } date && date.Start <= Day)];

    /// <summary>
    /// When the agreement was due to expire, as known then: the new expiry of the last extension agreed by then, else
    /// its fixed expiry, else none known.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The expiry, or <see langword="null"/> when the agreement has no term or its term gives no date.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id.</exception>
    public PartialDate? ExpiryOf(AgreementId agreement)
    {
        var term = Document.Require(agreement, nameof(agreement)).Term;
        var extension = term?.Extensions.LastOrDefault(e => e.Date.Start <= Day);
        return extension?.NewExpiry ?? term?.Expires;
    }

    /// <summary>The invocations of an agreement's clauses made by then, with the clause each invokes.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The invocations, clause by clause in the agreement's order.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id.</exception>
    public IReadOnlyList<(AgreementClause Clause, ClauseInvocation Invocation)> InvocationsOf(AgreementId agreement)
        => [.. Document.Require(agreement, nameof(agreement)).Clauses.SelectMany(c => c.Invocations.Where(i => i.Date.Start <= Day).Select(i => (c, i)))];

    /// <summary>The events that had begun by then (a dated event, from the first day of its date).</summary>
    public IReadOnlyList<Event> Events => [.. Document.Events.Where(e => e.Date.Start <= Day)];

    /// <summary>The demands made by then (a dated demand, from the first day of its date).</summary>
    public IReadOnlyList<Demand> Demands => [.. Document.Demands.Where(d => d.Date is { } date && date.Start <= Day)];

    /// <summary>
    /// The commitments that had fallen due by then (<see cref="NegotiationDocument.DueBy"/>) and were not carried out
    /// as of then: overdue, or kept late.
    /// </summary>
    public IReadOnlyList<Commitment> Overdue => [.. Document.DueBy(Date).Where(c => c.StatusOn(Date) != PerformanceStatus.CarriedOut)];

    private static ArgumentException Missing(string kind, string id, string parameterName) => new($"The document has no {kind} '{id}'.", parameterName);
}
