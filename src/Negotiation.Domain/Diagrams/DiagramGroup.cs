namespace Negotiation.Domain.Diagrams;

/// <summary>
/// A cluster of a diagram: a state or body with the parties grouped under it, or an agreement with its commitments.
/// The diagram's root group has no id and is not drawn as a cluster.
/// </summary>
/// <param name="Id">A name unique in the diagram (<c>us</c>, <c>agreement:us-cn-fentanyl-deal</c>); empty for the root.</param>
/// <param name="Label">The cluster's title, unescaped and wrapped.</param>
/// <param name="IsAgreement">Whether it draws an agreement (styled apart from the parties' clusters).</param>
/// <param name="Nodes">The nodes directly inside it, in document order.</param>
/// <param name="Groups">The clusters inside it, in document order.</param>
internal sealed record DiagramGroup(string Id, string Label, bool IsAgreement, List<DiagramNode> Nodes, List<DiagramGroup> Groups);
