namespace Negotiation.Domain.Diagrams;

/// <summary>The colours and the legend's words both writers use, so that a DOT and a Mermaid diagram of a document read the same.</summary>
internal static class DiagramStyle
{
    /// <summary>A record of a trade-off, and its edges.</summary>
    public const string Highlight = "#d62728";

    /// <summary>The outline of a cluster of parties.</summary>
    public const string ClusterLine = "#9e9e9e";

    /// <summary>The fill of an agreement's cluster.</summary>
    public const string AgreementFill = "#f7fbf5";

    /// <summary>The colour of an edge that is not highlighted.</summary>
    public static string Colour(DiagramEdgeKind kind) => kind switch
    {
        DiagramEdgeKind.Demand => "#1f77b4",
        DiagramEdgeKind.Commitment => "#2ca02c",
        DiagramEdgeKind.Sanction => "#8c564b",
        DiagramEdgeKind.Condition => "#7f7f7f",
        DiagramEdgeKind.Supports => "#17becf",
        DiagramEdgeKind.Opposes => "#9467bd",
        DiagramEdgeKind.Conditional => "#ff7f0e",
        DiagramEdgeKind.Neutral => "#7f7f7f",
        _ => "#7f7f7f",
    };

    /// <summary>The fill of a record's node, or <see langword="null"/> for a party (unfilled).</summary>
    public static string? Fill(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.Demand => "#deebf7",
        DiagramNodeKind.Commitment => "#e5f5e0",
        DiagramNodeKind.Pledge => "#f0f9e8",
        DiagramNodeKind.Sanction => "#f2e3d9",
        DiagramNodeKind.Agreement => "#ffffff",
        DiagramNodeKind.Issue => "#fff7d6",
        DiagramNodeKind.Record => "#f0f0f0",
        _ => null,
    };

    /// <summary>What a node of this kind is, for the legend.</summary>
    public static string Meaning(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.State => "state",
        DiagramNodeKind.Body => "government body",
        DiagramNodeKind.Organization => "organization",
        DiagramNodeKind.Person => "person",
        DiagramNodeKind.Group => "group of people or firms",
        DiagramNodeKind.Coalition => "coalition or bloc",
        DiagramNodeKind.Demand => "demand: asker → demand → asked",
        DiagramNodeKind.Commitment => "commitment in an agreement: giver → it → receiver",
        DiagramNodeKind.Pledge => "pledge outside an agreement",
        DiagramNodeKind.Sanction => "sanction: authority → it → target",
        DiagramNodeKind.Agreement => "agreement: status; box around it = its commitments",
        DiagramNodeKind.Issue => "issue",
        _ => "other record",
    };

    /// <summary>What an edge of this kind is, for the legend.</summary>
    public static string Meaning(DiagramEdgeKind kind) => kind switch
    {
        DiagramEdgeKind.Demand => "asks / is asked",
        DiagramEdgeKind.Commitment => "gives / is for (or lifts, waives)",
        DiagramEdgeKind.Sanction => "imposes / targets",
        DiagramEdgeKind.Condition => "on condition of",
        DiagramEdgeKind.Supports => "stance: supports",
        DiagramEdgeKind.Opposes => "stance: opposes",
        DiagramEdgeKind.Conditional => "stance: conditional",
        DiagramEdgeKind.Neutral => "stance: neutral",
        _ => "party to, or a third party's role",
    };

    /// <summary>The legend's line on uncertainty.</summary>
    public static string UncertaintyNote(DiagramConfidence confidence) => confidence.Usual is { } usual
        ? $"usual confidence: {DiagramConfidence.Word(usual)}; other confidences are named on the record, and dashed when less certain"
        : "no claim is attributed";
}
