using Negotiation.Domain.Collections;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Analysis;

/// <summary>
/// A cycle of mutual conditions in the linkage graph, read as the trade-off it is: each side gives its records in
/// return for the others' (the US lifts the sanction on the institute for China's crackdown, and the reverse).
/// </summary>
/// <param name="Members">The records on the cycle (one strongly connected component of the graph), in document order.</param>
/// <param name="Links">The edges between members, in the graph's order.</param>
/// <param name="Sides">
/// Who gives what, one side per party, in the order the parties first appear among the members. A commitment is given
/// by its party, a demand by the party asked; a sanction's lifting by the nearest party up its authority's parent chain
/// that gives something else in the cycle (the US, for a listing by its Commerce Department), or else its authority.
/// </param>
/// <param name="Sanctions">The sanctions the cycle would lift: members that are sanctions, and those named by its lift-sanction commitments and demands.</param>
public sealed record TradeOff(
    EquatableArray<Reference> Members,
    EquatableArray<LinkageEdge> Links,
    EquatableArray<TradeOffSide> Sides,
    EquatableArray<SanctionId> Sanctions)
{
    /// <summary>Whether <paramref name="record"/> is on the cycle.</summary>
    /// <param name="record">The record.</param>
    /// <returns><see langword="true"/> when it is a member.</returns>
    public bool Contains(Reference record) => Members.Contains(record);

    /// <summary>The trade-off in a line: who gives what, each in return for the others.</summary>
    /// <returns><c>us gives commitment:a; cn gives commitment:b</c>.</returns>
    public override string ToString() => string.Join("; ", Sides);
}
