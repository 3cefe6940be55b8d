using Negotiation.Domain.References;

namespace Negotiation.Domain.Diagrams;

/// <summary>One node of a diagram: a party, or a record drawn as a small node of its own (a demand, a commitment, ...).</summary>
/// <param name="Record">What it draws; a party's reference for a party, the agreement's for an agreement's own node.</param>
/// <param name="Kind">What kind of node it is.</param>
/// <param name="Label">Its text, unescaped and already wrapped; may hold line breaks.</param>
/// <param name="Mark">How its confidence differs from the document's usual one, if it does.</param>
/// <param name="Highlighted">Whether the record is part of a trade-off of the linkage graph.</param>
internal sealed record DiagramNode(Reference Record, DiagramNodeKind Kind, string Label, DiagramMark? Mark, bool Highlighted);
