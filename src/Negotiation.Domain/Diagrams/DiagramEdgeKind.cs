namespace Negotiation.Domain.Diagrams;

/// <summary>What record an edge of a diagram draws; each kind has its colour.</summary>
internal enum DiagramEdgeKind
{
    Demand = 1,
    Sanction,
    Commitment,
}
