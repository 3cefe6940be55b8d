using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Actions;

/// <summary>
/// Maps an action, at a stage, to the PLOVER category and mode and the closest CAMEO code, so that records can be
/// exported to event data. Requests are PLOVER <c>REQUEST</c>; promises are <c>AGREE</c>, or <c>CONCEDE</c> where the
/// promise yields something; acts carried out take the category of what is done.
/// </summary>
/// <remarks>
/// Sources of the kinds added in format version 2: the PLOVER manual (github.com/openeventdata/PLOVER,
/// PLOVER_MANUAL.tex: what each category covers, and the modes of REQUEST, CONSULT, RETREAT and SANCTION) and the
/// CAMEO 1.1b3 codes with their PLOVER counterparts as that project lists them (CAMEO2PLOVER-2021.txt). The manual
/// says that announcing a future retreat is CONCEDE and carrying it out RETREAT, that the release or exchange of
/// prisoners is RETREAT, that initiating diplomatic ties is SUPPORT and that monetary aid is AID. CAMEO has no code for
/// asking a list's keeper to remove a name, nor for a waiver or a suspension as such: the closest are those for easing
/// economic sanctions (1054, 0354, 085). In the CAMEO codebook, 106 is "demand meeting, negotiation", 107 "demand
/// settling of dispute" and 108 "demand mediation", as 026–028 and 036–038 are for appeals and intents; some tables
/// copied from it number them otherwise (106 "demand withdrawal", 108 "demand meeting, negotiation"). Version 1 coded
/// a request to resume a channel as 108, after such a table; it is 106.
/// <para>
/// An imposed sanction is PLOVER <c>SANCTION</c> with the mode <c>discontinue</c> wherever one is coded: an action that
/// imposes one carried out (<see cref="ActionKind.ImposeSanction"/>, <see cref="ActionKind.RestoreDesignation"/>), and a
/// sanction's own history (<see cref="For(SanctionChangeKind)"/>: <c>imposed</c> and <c>reimposed</c>). The manual's
/// SANCTION table says so: "International (political or economic) sanctions are coded as 'discontinue'". The requested
/// and promised rows of those kinds carry no <c>discontinue</c>, on purpose: a request is REQUEST, whose modes (shared
/// with REJECT) are only <c>assist</c>, <c>change</c>, <c>yield</c> and <c>meet</c>, and asking for a sanction asks for a
/// change of policy (<c>change</c>, CAMEO 1042: CAMEO has no code for demanding sanctions); a promise is AGREE, which
/// the manual gives no modes ("Supplementary fields: None"), made to the partner of a deal (CAMEO 031, intent to engage
/// in material cooperation). A sanction announced to its target is a threat, THREATEN <c>restrict</c>: a proposed
/// sanction in its history.
/// </para>
/// </remarks>
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
        (ActionStage.Requested, ActionKind.ResumeChannel) => new(PloverCategory.Request, "meet", "106"),
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
        (ActionStage.CarriedOut, ActionKind.ImposeSanction) => new(PloverCategory.Sanction, "discontinue", "163"),
        (ActionStage.CarriedOut, ActionKind.Enforce) => new(PloverCategory.Cooperate, null, "063"),
        (ActionStage.CarriedOut, ActionKind.RestrictExports) => new(PloverCategory.Cooperate, null, "061"),
        (ActionStage.CarriedOut, ActionKind.ResumeChannel) => new(PloverCategory.Consult, null, "04"),
        (ActionStage.CarriedOut, ActionKind.Other) => new(PloverCategory.Cooperate, null, "06"),

        // Waivers and suspensions ease a sanction without ending it; as lifts, for want of closer codes.
        (ActionStage.Requested, ActionKind.WaiveSanction or ActionKind.SuspendSanction) => new(PloverCategory.Request, "yield", "1054"),
        (ActionStage.Promised, ActionKind.WaiveSanction or ActionKind.SuspendSanction) => new(PloverCategory.Concede, null, "0354"),
        (ActionStage.CarriedOut, ActionKind.WaiveSanction or ActionKind.SuspendSanction) => new(PloverCategory.Retreat, null, "085"),

        // A cap restrains the party that accepts it, as refraining does: 1042 demand policy change, 035 intent to yield.
        (ActionStage.Requested, ActionKind.Limit) => new(PloverCategory.Request, "change", "1042"),
        (ActionStage.Promised, ActionKind.Limit) => new(PloverCategory.Concede, null, "035"),
        (ActionStage.CarriedOut, ActionKind.Limit) => new(PloverCategory.Retreat, null, "08"),

        // Giving up a military capability: 1056 demand de-escalation of military engagement, 0356 intent to
        // de-escalate, 087 de-escalate (RETREAT disarm: "disarm militarily or give up weapons").
        (ActionStage.Requested, ActionKind.DismantleFacility or ActionKind.ConvertFacility) => new(PloverCategory.Request, "yield", "1056"),
        (ActionStage.Promised, ActionKind.DismantleFacility or ActionKind.ConvertFacility) => new(PloverCategory.Concede, null, "0356"),
        (ActionStage.CarriedOut, ActionKind.DismantleFacility or ActionKind.ConvertFacility) => new(PloverCategory.Retreat, "disarm", "087"),

        // 1055 demand that the target allow international involvement, 0355 intent to allow it, 0862 receive inspectors (RETREAT access).
        (ActionStage.Requested, ActionKind.AllowInspections) => new(PloverCategory.Request, "yield", "1055"),
        (ActionStage.Promised, ActionKind.AllowInspections) => new(PloverCategory.Concede, null, "0355"),
        (ActionStage.CarriedOut, ActionKind.AllowInspections) => new(PloverCategory.Retreat, "access", "0862"),

        // 102 demand diplomatic cooperation, 032 intent to engage in diplomatic cooperation, 050 engage in it (SUPPORT).
        (ActionStage.Requested, ActionKind.EstablishRelations) => new(PloverCategory.Request, "assist", "102"),
        (ActionStage.Promised, ActionKind.EstablishRelations) => new(PloverCategory.Agree, null, "032"),
        (ActionStage.CarriedOut, ActionKind.EstablishRelations) => new(PloverCategory.Support, null, "050"),

        // 106 demand meeting, negotiation; 036 intent to meet or negotiate; 046 engage in negotiation (CONSULT).
        (ActionStage.Requested, ActionKind.HoldTalks) => new(PloverCategory.Request, "meet", "106"),
        (ActionStage.Promised, ActionKind.HoldTalks) => new(PloverCategory.Agree, null, "036"),
        (ActionStage.CarriedOut, ActionKind.HoldTalks) => new(PloverCategory.Consult, null, "046"),

        // 1056, 0356; 0874 retreat militarily (RETREAT withdraw: "withdraw forces from an area").
        (ActionStage.Requested, ActionKind.WithdrawForces) => new(PloverCategory.Request, "yield", "1056"),
        (ActionStage.Promised, ActionKind.WithdrawForces) => new(PloverCategory.Concede, null, "0356"),
        (ActionStage.CarriedOut, ActionKind.WithdrawForces) => new(PloverCategory.Retreat, "withdraw", "0874"),

        // 1053 demand release of persons, 0353 intent to release them, 0841 release persons (RETREAT release). Moving
        // detainees to house arrest is the nearest step to it that CAMEO knows.
        (ActionStage.Requested, ActionKind.ExchangePrisoners or ActionKind.MoveToHouseArrest) => new(PloverCategory.Request, "yield", "1053"),
        (ActionStage.Promised, ActionKind.ExchangePrisoners or ActionKind.MoveToHouseArrest) => new(PloverCategory.Concede, null, "0353"),
        (ActionStage.CarriedOut, ActionKind.ExchangePrisoners or ActionKind.MoveToHouseArrest) => new(PloverCategory.Retreat, "release", "0841"),

        // 1031 demand economic aid, 0331 intent to provide it, 071 provide economic aid (AID covers money, grants and reparations).
        (ActionStage.Requested, ActionKind.TransferFunds) => new(PloverCategory.Request, "assist", "1031"),
        (ActionStage.Promised, ActionKind.TransferFunds) => new(PloverCategory.Agree, null, "0331"),
        (ActionStage.CarriedOut, ActionKind.TransferFunds) => new(PloverCategory.Aid, null, "071"),

        // Seeking a delisting, or a review, eases nothing yet: done, it is a concession in words (CONCEDE), promised,
        // an agreement to make one (AGREE); 0354, intent to ease economic sanctions, is the closest code of both.
        (ActionStage.Requested, ActionKind.SeekDelisting) => new(PloverCategory.Request, "yield", "1054"),
        (ActionStage.Promised, ActionKind.SeekDelisting) => new(PloverCategory.Agree, null, "0354"),
        (ActionStage.CarriedOut, ActionKind.SeekDelisting) => new(PloverCategory.Concede, null, "0354"),

        // 1051 demand easing of administrative sanctions, 0351 intent to ease them (AGREE), 081 ease them (CONCEDE).
        (ActionStage.Requested, ActionKind.EaseRestrictions) => new(PloverCategory.Request, "yield", "1051"),
        (ActionStage.Promised, ActionKind.EaseRestrictions) => new(PloverCategory.Agree, null, "0351"),
        (ActionStage.CarriedOut, ActionKind.EaseRestrictions) => new(PloverCategory.Concede, null, "081"),

        // Taking a name off a list eases a sanction, as a lift does; putting it back imposes one. PLOVER codes
        // international sanctions as SANCTION with the mode "discontinue".
        (ActionStage.Requested, ActionKind.RemoveDesignation) => new(PloverCategory.Request, "yield", "1054"),
        (ActionStage.Promised, ActionKind.RemoveDesignation) => new(PloverCategory.Concede, null, "0354"),
        (ActionStage.CarriedOut, ActionKind.RemoveDesignation) => new(PloverCategory.Retreat, null, "085"),
        (ActionStage.Requested, ActionKind.RestoreDesignation) => new(PloverCategory.Request, "change", "1042"),
        (ActionStage.Promised, ActionKind.RestoreDesignation) => new(PloverCategory.Agree, null, "031"),
        (ActionStage.CarriedOut, ActionKind.RestoreDesignation) => new(PloverCategory.Sanction, "discontinue", "163"),

        // 1044 demand change in institutions, regime; 0344 intent to change them; 0834 accede to it (CONCEDE).
        (ActionStage.Requested, ActionKind.ConstitutionalReform) => new(PloverCategory.Request, "change", "1044"),
        (ActionStage.Promised, ActionKind.ConstitutionalReform) => new(PloverCategory.Agree, null, "0344"),
        (ActionStage.CarriedOut, ActionKind.ConstitutionalReform) => new(PloverCategory.Concede, null, "0834"),

        // Handing back control of a border is a military de-escalation: 1056, 0356, 087 (RETREAT withdraw).
        (ActionStage.Requested, ActionKind.RestoreBorderControl) => new(PloverCategory.Request, "yield", "1056"),
        (ActionStage.Promised, ActionKind.RestoreBorderControl) => new(PloverCategory.Concede, null, "0356"),
        (ActionStage.CarriedOut, ActionKind.RestoreBorderControl) => new(PloverCategory.Retreat, "withdraw", "087"),

        // Declaring a ceasefire is a concession in words; observing it, RETREAT ceasefire (0871 declare truce, ceasefire).
        (ActionStage.Requested, ActionKind.Ceasefire) => new(PloverCategory.Request, "yield", "1056"),
        (ActionStage.Promised, ActionKind.Ceasefire) => new(PloverCategory.Concede, null, "0356"),
        (ActionStage.CarriedOut, ActionKind.Ceasefire) => new(PloverCategory.Retreat, "ceasefire", "0871"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"No PLOVER coding for {kind} at stage {stage}."),
    };

    /// <summary>
    /// The PLOVER coding of a change in a sanction's history, as the act of the sanction's authority towards its
    /// targets; <see langword="null"/> for an expiry, which is no one's act (a sanction lapses at the end of its term).
    /// </summary>
    /// <param name="change">The kind of change.</param>
    /// <returns>The category, mode and CAMEO code, or <see langword="null"/> for <see cref="SanctionChangeKind.Expired"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    /// <remarks>
    /// Imposed and re-imposed: SANCTION <c>discontinue</c>, CAMEO 163 (impose embargo, boycott or sanctions). Proposed:
    /// THREATEN <c>restrict</c> ("restrict movement of people or goods", the manual's mode for threatened boycotts and
    /// blockades), CAMEO 1312 (threaten to boycott, embargo or sanction). Lifted, waived or suspended: RETREAT, CAMEO
    /// 085 (ease economic sanctions), as the carried-out <see cref="ActionKind.LiftSanction"/>,
    /// <see cref="ActionKind.WaiveSanction"/> and <see cref="ActionKind.SuspendSanction"/> are.
    /// </remarks>
    public static PloverCode? For(SanctionChangeKind change) => change switch
    {
        SanctionChangeKind.Imposed or SanctionChangeKind.Reimposed => new PloverCode(PloverCategory.Sanction, "discontinue", "163"),
        SanctionChangeKind.Proposed => new PloverCode(PloverCategory.Threaten, "restrict", "1312"),
        SanctionChangeKind.Lifted or SanctionChangeKind.Waived or SanctionChangeKind.Suspended => new PloverCode(PloverCategory.Retreat, null, "085"),
        SanctionChangeKind.Expired => null,
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, $"No PLOVER coding for the sanction change {change}."),
    };
}
