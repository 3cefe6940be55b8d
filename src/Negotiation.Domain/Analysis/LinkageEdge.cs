using Negotiation.Domain.References;

namespace Negotiation.Domain.Analysis;

/// <summary>One link of the linkage graph: <see cref="From"/> is given in return for, or hinges on, <see cref="To"/>.</summary>
/// <param name="From">The record the link starts from.</param>
/// <param name="To">The record it leads to.</param>
/// <param name="Kind">What the document records that makes the link.</param>
public sealed record LinkageEdge(Reference From, Reference To, LinkKind Kind)
{
    /// <summary>The edge in a line.</summary>
    /// <returns><c>from -[kind]-> to</c>.</returns>
    public override string ToString() => $"{From} -[{Kind}]-> {To}";
}
