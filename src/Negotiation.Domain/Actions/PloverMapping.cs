namespace Negotiation.Domain.Actions;

/// <summary>
/// Maps an action, at a stage, to the PLOVER category and mode and the closest CAMEO code, so that records can be
/// exported to event data. Requests are PLOVER <c>REQUEST</c>; promises are <c>AGREE</c>, or <c>CONCEDE</c> where the
/// promise yields something; acts carried out take the category of what is done.
/// </summary>
public static class PloverMapping
{
    /// <summary>The PLOVER coding of an action of <paramref name="kind"/> at <paramref name="stage"/>.</summary>
    /// <param name="kind">The kind of action.</param>
    /// <param name="stage">Requested, promised or carried out.</param>
    /// <returns>The category, mode and CAMEO code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind or stage is not defined.</exception>
    public static PloverCode For(ActionKind kind, ActionStage stage) => (stage, kind) switch
    {
        (ActionStage.Requested, ActionKind.LiftSanction) => new(PloverCategory.Request, "yield", "1054"),
        (ActionStage.Requested, ActionKind.Release) => new(PloverCategory.Request, "yield", "1053"),
        (ActionStage.Requested, ActionKind.ResumeChannel) => new(PloverCategory.Request, "meet", "108"),
        (ActionStage.Requested, ActionKind.Enforce or ActionKind.RestrictExports or ActionKind.ImposeSanction or ActionKind.Refrain) => new(PloverCategory.Request, "change", "1042"),
        (ActionStage.Requested, ActionKind.Other) => new(PloverCategory.Request, null, "10"),
        (ActionStage.Promised, ActionKind.LiftSanction) => new(PloverCategory.Concede, null, "0354"),
        (ActionStage.Promised, ActionKind.Release) => new(PloverCategory.Concede, null, "0353"),
        (ActionStage.Promised, ActionKind.Refrain) => new(PloverCategory.Concede, null, "035"),
        (ActionStage.Promised, ActionKind.ResumeChannel) => new(PloverCategory.Agree, null, "036"),
        (ActionStage.Promised, ActionKind.Enforce or ActionKind.RestrictExports or ActionKind.ImposeSanction) => new(PloverCategory.Agree, null, "031"),
        (ActionStage.Promised, ActionKind.Other) => new(PloverCategory.Agree, null, "030"),
        (ActionStage.CarriedOut, ActionKind.LiftSanction) => new(PloverCategory.Retreat, null, "085"),
        (ActionStage.CarriedOut, ActionKind.Release) => new(PloverCategory.Retreat, null, "0841"),
        (ActionStage.CarriedOut, ActionKind.Refrain) => new(PloverCategory.Retreat, null, "08"),
        (ActionStage.CarriedOut, ActionKind.ImposeSanction) => new(PloverCategory.Sanction, null, "163"),
        (ActionStage.CarriedOut, ActionKind.Enforce) => new(PloverCategory.Cooperate, null, "063"),
        (ActionStage.CarriedOut, ActionKind.RestrictExports) => new(PloverCategory.Cooperate, null, "061"),
        (ActionStage.CarriedOut, ActionKind.ResumeChannel) => new(PloverCategory.Consult, null, "04"),
        (ActionStage.CarriedOut, ActionKind.Other) => new(PloverCategory.Cooperate, null, "06"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"No PLOVER coding for {kind} at stage {stage}."),
    };
}
