namespace Negotiation.Domain.Actions;

/// <summary>Where an action stands when it is coded as an event: asked for, promised, or carried out.</summary>
public enum ActionStage
{
    /// <summary>One party asks another for it (a demand).</summary>
    Requested = 1,

    /// <summary>A party promises it (a commitment): PLOVER keeps promises apart from acts.</summary>
    Promised,

    /// <summary>A party does it.</summary>
    CarriedOut,
}
