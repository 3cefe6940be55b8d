namespace Negotiation.Domain.Diagrams;

/// <summary>What relation an edge of a diagram draws; each kind has its colour and line (<see cref="DiagramStyle"/>).</summary>
internal enum DiagramEdgeKind
{
    /// <summary>From the party that asks to the demand, and from the demand to whom it is asked of.</summary>
    Demand = 1,

    /// <summary>From the party that gives to its commitment or pledge, and on to whom or what it is for.</summary>
    Commitment,

    /// <summary>From the imposing authority to the sanction, and from the sanction to each target.</summary>
    Sanction,

    /// <summary>From a commitment to another it is conditional on.</summary>
    Condition,

    /// <summary>A party's supporting stance, to what it is on.</summary>
    Supports,

    /// <summary>A party's opposing stance.</summary>
    Opposes,

    /// <summary>A party's conditional stance.</summary>
    Conditional,

    /// <summary>A party's neutral stance.</summary>
    Neutral,

    /// <summary>A party to an agreement with no commitment of its own in it, or a third party's role (mediator, host, ...).</summary>
    Role,
}
