namespace Negotiation.Domain.Diagrams;

/// <summary>What a node of a diagram stands for; each kind has its shape and fill (<see cref="DiagramStyle"/>).</summary>
internal enum DiagramNodeKind
{
    State = 1,
    Body,
    Organization,
    Person,
    Group,
    Coalition,
    Demand,
    Commitment,
    Pledge,
    Sanction,
    Agreement,
    Issue,

    /// <summary>Any other record a stance is on (an event, a stance, a recognition).</summary>
    Record,
}
