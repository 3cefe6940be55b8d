using Negotiation.Domain.Lifecycle;

namespace Negotiation.Domain.Analysis;

/// <summary>The stable codes of the reasons <see cref="WhatIf.Apply"/> gives for not applying an agreement.</summary>
public static class WhatIfCodes
{
    /// <summary>
    /// The agreement is not in a state to be carried out: proposed or only reported (unless the caller assumes it
    /// concluded), suspended, terminated or collapsed.
    /// </summary>
    public const string NotActionable = "agreement-not-actionable";

    /// <summary>A commitment is conditional on a commitment of another agreement that is not in force.</summary>
    public const string ConditionUnmet = "condition-unmet";

    /// <summary>A record cannot make the change the agreement calls for (a sanction already lifted); the same code as <see cref="TransitionError.Code"/>.</summary>
    public const string IllegalTransition = TransitionError.Code;

    /// <summary>No date was given and the agreement has none, so the sanctions' end date and the event's date are unknown.</summary>
    public const string DateRequired = "date-required";
}
