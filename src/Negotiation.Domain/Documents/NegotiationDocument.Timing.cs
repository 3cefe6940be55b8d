using Ardalis.GuardClauses;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Schedules;

namespace Negotiation.Domain.Documents;

// The questions of when: an agreement's milestones and the commitments they time.
public sealed partial class NegotiationDocument
{
    /// <summary>Finds a milestone by its id.</summary>
    /// <param name="id">The milestone's id.</param>
    /// <returns>The milestone, or <see langword="null"/> if the document has none with that id.</returns>
    public Milestone? Find(MilestoneId id) => _index.Milestones.TryGetValue(id, out var found) ? found.Milestone : null;

    /// <summary>The agreement that holds a milestone.</summary>
    /// <param name="id">The milestone's id.</param>
    /// <returns>The agreement, or <see langword="null"/> if the document has no milestone with that id.</returns>
    public Agreement? AgreementOf(MilestoneId id) => _index.Milestones.TryGetValue(id, out var found) ? found.Agreement : null;

    /// <summary>The milestones of <paramref name="agreement"/> (its signature, entry into force, implementation day, ...).</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The milestones, in the agreement's order.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id.</exception>
    public IReadOnlyList<Milestone> MilestonesOf(AgreementId agreement) => [.. Require(agreement, nameof(agreement)).Milestones];

    /// <summary>
    /// The day a commitment falls due, where its deadline can be resolved: an absolute date; a milestone of its
    /// agreement whose date is known; plus the offset, if any. A partial date counts as its last day: a deadline of
    /// <c>2023-11</c> is due on 2023-11-30, and "14 days after 2023-11" on 2023-12-14. A deadline after another
    /// commitment's completion counts from the date of the first performance change that set that commitment carried
    /// out, and is not resolved until one is recorded.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The day it falls due, or <see langword="null"/> if it has no deadline or it cannot be resolved.</returns>
    /// <exception cref="ArgumentException">No commitment of the document has that id.</exception>
    public DateOnly? DueDate(CommitmentId commitment)
        => Resolve((Find(Guard.Against.DefaultId(commitment, nameof(commitment))) ?? throw new ArgumentException($"The document has no commitment '{commitment}'.", nameof(commitment))).Deadline);

    /// <summary>
    /// The commitments that fall due by <paramref name="date"/>, on it or before, as <see cref="DueDate"/> resolves
    /// their deadlines. "By" a partial date means by its last day: by <c>2023-11</c> is by 2023-11-30. A commitment
    /// whose deadline cannot be resolved is not listed: <see cref="WithUnresolvedDeadline"/> lists those.
    /// </summary>
    /// <param name="date">The date, as precise as wanted.</param>
    /// <returns>The commitments, in document order.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, which is no date.</exception>
    public IReadOnlyList<Commitment> DueBy(PartialDate date)
    {
        var by = Guard.Against.DefaultDate(date, nameof(date)).End;
        return [.. Agreements.SelectMany(a => a.Commitments).Where(c => Resolve(c.Deadline) is { } due && due <= by)];
    }

    /// <summary>
    /// The commitments with a deadline that <see cref="DueDate"/> cannot resolve: a milestone whose date is not known
    /// yet, or the completion of another commitment not recorded as carried out on a known date. <see cref="DueBy"/> leaves them out.
    /// </summary>
    /// <returns>The commitments, in document order.</returns>
    public IReadOnlyList<Commitment> WithUnresolvedDeadline()
        => [.. Agreements.SelectMany(a => a.Commitments).Where(c => c.Deadline is not null && Resolve(c.Deadline) is null)];

    private DateOnly? Resolve(Timing? timing)
    {
        var anchor = timing switch
        {
            { Date: { } date } => date,
            { Milestone: { } milestone } => Find(milestone)?.Date,
            { After: { } other } => Find(other)?.CompletedOn, // the day its performance says it was carried out
            _ => null,
        };
        if (anchor is not { } known)
        {
            return null;
        }

        var end = known.End;
        if (timing!.Offset is not { } offset)
        {
            return end;
        }

        try
        {
            return offset.After(end);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return DateOnly.MaxValue; // past the last day a date holds: beyond every date a caller can ask about
        }
    }
}
