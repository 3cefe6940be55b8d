namespace Negotiation.Domain.References;

/// <summary>The kind of record a <see cref="Reference"/> points at.</summary>
public enum ReferenceKind
{
    /// <summary>A party.</summary>
    Party = 1,

    /// <summary>An issue.</summary>
    Issue,

    /// <summary>A demand.</summary>
    Demand,

    /// <summary>A sanction.</summary>
    Sanction,

    /// <summary>An agreement.</summary>
    Agreement,

    /// <summary>A commitment within an agreement.</summary>
    Commitment,

    /// <summary>A stance.</summary>
    Stance,

    /// <summary>An event.</summary>
    Event,

    /// <summary>A unilateral pledge.</summary>
    Pledge,

    /// <summary>A recognition (or a refusal of one).</summary>
    Recognition,
}
