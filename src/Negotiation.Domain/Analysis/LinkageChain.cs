using Negotiation.Domain.Collections;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Analysis;

/// <summary>Where a record's conditions lead: everything reachable from it in the linkage graph, and where that ends.</summary>
/// <param name="Start">The record followed.</param>
/// <param name="Links">Every edge out of every record reached, each once, breadth first (nearest first).</param>
/// <param name="Ends">The records reached that lead nowhere further (they hinge on nothing), in the order reached; the start itself when it leads nowhere.</param>
/// <param name="ReachesCycle">Whether the chain runs into a cycle of mutual conditions (a <see cref="TradeOff"/>).</param>
public sealed record LinkageChain(Reference Start, EquatableArray<LinkageEdge> Links, EquatableArray<Reference> Ends, bool ReachesCycle);
