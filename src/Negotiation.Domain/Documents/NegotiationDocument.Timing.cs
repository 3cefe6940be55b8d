using Negotiation.Domain.Agreements;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;

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
}
