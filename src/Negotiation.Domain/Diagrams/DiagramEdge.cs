using Negotiation.Domain.References;

namespace Negotiation.Domain.Diagrams;

/// <summary>One edge of a diagram, for one relation; the writers only choose the syntax.</summary>
/// <param name="From">The node it leaves.</param>
/// <param name="To">The node it points at.</param>
/// <param name="Kind">What relation it draws.</param>
/// <param name="Label">Its short text, unescaped, or <see langword="null"/> for none (the nodes' own labels say what it is).</param>
/// <param name="Mark">How its confidence differs from the document's usual one, if it does (for a stance or a role).</param>
/// <param name="Highlighted">Whether it joins a record of a trade-off of the linkage graph.</param>
internal sealed record DiagramEdge(Reference From, Reference To, DiagramEdgeKind Kind, string? Label, DiagramMark? Mark, bool Highlighted)
{
    /// <summary>A name for the edge, unique in its diagram: its ends (<c>us->demand:us-asks-military-ties</c>).</summary>
    public string Id => $"{DiagramModel.NodeName(From)}->{DiagramModel.NodeName(To)}";
}
