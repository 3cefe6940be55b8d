using Ardalis.GuardClauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Snapshots;

namespace Negotiation.Domain.Documents;

// The question of what stood on a day, read from the dated histories.
public sealed partial class NegotiationDocument
{
    /// <summary>
    /// What stood on <paramref name="date"/>: each sanction's status, each commitment's performance, each party's
    /// participation, the milestones reached, the expiry in force, the events and demands so far. A partial date is
    /// read as its last day, and a dated fact counts from the first day of its date: see <see cref="NegotiationSnapshot"/>.
    /// </summary>
    /// <param name="date">The day, as precise as wanted.</param>
    /// <returns>The snapshot; the document is not changed.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, which is no date.</exception>
    public NegotiationSnapshot AsOf(PartialDate date) => new(this, Guard.Against.DefaultDate(date, nameof(date)));
}
