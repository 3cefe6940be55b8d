namespace Negotiation.Domain.Diagrams;

/// <summary>The colours both writers use, so that a DOT and a Mermaid diagram of a document read the same.</summary>
internal static class DiagramColours
{
    /// <summary>A record of a trade-off.</summary>
    public const string Highlight = "#d62728";

    /// <summary>The colour of an edge that is not highlighted.</summary>
    public static string Of(DiagramEdgeKind kind) => kind switch
    {
        DiagramEdgeKind.Demand => "#1f77b4",
        DiagramEdgeKind.Sanction => "#7f3f00",
        _ => "#2ca02c",
    };
}
