using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Diagrams;

/// <summary>One edge of a diagram, between two parties, for one record; the writers only choose the syntax.</summary>
/// <param name="From">The party it leaves.</param>
/// <param name="To">The party it points at.</param>
/// <param name="Record">The demand, sanction or commitment it draws.</param>
/// <param name="Kind">What kind of record that is.</param>
/// <param name="Label">The text on the edge, unescaped; may hold line breaks.</param>
/// <param name="Dashed">Whether the claim is uncertain (reported, disputed or denied, or an agreement not confirmed).</param>
/// <param name="Highlighted">Whether the record is part of a trade-off of the linkage graph.</param>
internal sealed record DiagramEdge(PartyId From, PartyId To, Reference Record, DiagramEdgeKind Kind, string Label, bool Dashed, bool Highlighted);
