namespace Negotiation.Domain.Analysis;

/// <summary>
/// What a <see cref="LinkageEdge"/> records. Every edge points the same way: from what is given to what it is given in
/// return for (or hinges on), so that following edges follows a chain of conditions, and a cycle is a trade-off.
/// </summary>
public enum LinkKind
{
    /// <summary>A demand is asked in exchange for the record it names (<see cref="Demands.Demand.InExchangeFor"/>).</summary>
    InExchangeFor = 1,

    /// <summary>A demand's answer rests on the record it names, as when a refusal blames a sanction (<see cref="Demands.DemandResponse.Grounds"/>).</summary>
    Grounds,

    /// <summary>A commitment is conditional on another commitment (<see cref="Agreements.Commitment.ConditionalOn"/>).</summary>
    ConditionalOn,

    /// <summary>A commitment meets a demand, and so is given for whatever the demand was asked in exchange for (<see cref="Agreements.Commitment.Fulfils"/>).</summary>
    Fulfils,

    /// <summary>
    /// A sanction's lifting is what a commitment promises or a demand asks (a lift-sanction action). The edge goes from
    /// the sanction, so that a record asked in exchange for the sanction, or refused on its grounds, leads on to who
    /// would lift it and on what terms.
    /// </summary>
    LiftedBy,
}
