using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Actions;

/// <summary>What an <see cref="PolicyAction"/> does. <see cref="PloverMapping"/> maps each to PLOVER and CAMEO.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ActionKind>))]
public enum ActionKind
{
    /// <summary>Lift (end) one or more sanctions; names the sanctions.</summary>
    LiftSanction = 1,

    /// <summary>Impose a sanction on named targets.</summary>
    ImposeSanction,

    /// <summary>Enforce the law against named actors or goods: a crackdown on exporters.</summary>
    Enforce,

    /// <summary>Restrict exports of named items (controlled chemicals, chips).</summary>
    RestrictExports,

    /// <summary>Resume (or open) a channel of communication: military-to-military talks.</summary>
    ResumeChannel,

    /// <summary>Refrain from an activity: not integrating AI into nuclear command and control.</summary>
    Refrain,

    /// <summary>Release people or property.</summary>
    Release,

    /// <summary>Anything else; say what in the description.</summary>
    Other,

    /// <summary>
    /// Waive a sanction: it stays in force, but named conduct is excused, often for a period (a waiver that lets a
    /// third country buy oil). Not a lift: the sanction is not ended. Names the sanctions.
    /// </summary>
    WaiveSanction,

    /// <summary>Suspend a sanction: it is paused, not ended, and may resume without a new decision. Names the sanctions.</summary>
    SuspendSanction,

    /// <summary>Cap or limit something, usually by its terms (at most 1 550 deployed warheads, enrichment at most 3.67 %). Names a term or an item.</summary>
    Limit,

    /// <summary>Dismantle or disable a facility, or part of one (a centrifuge cascade, a test site). Names the facility as an item, or describes it.</summary>
    DismantleFacility,

    /// <summary>Convert a facility to another use (an enrichment plant into a research centre, a reactor redesigned). Names the facility as an item, or describes it.</summary>
    ConvertFacility,

    /// <summary>Allow inspections or monitoring: inspectors, observers, verification visits (the IAEA at declared sites).</summary>
    AllowInspections,

    /// <summary>Establish or restore diplomatic relations (Saudi Arabia and Iran, 2023); the description says which. Names the other party as a target.</summary>
    EstablishRelations,

    /// <summary>Hold talks or negotiations, or take part in them; for a standing channel that is reopened, see <see cref="ResumeChannel"/>.</summary>
    HoldTalks,

    /// <summary>Withdraw forces from an area, a position or a country (a pull-back behind a line, a troop withdrawal).</summary>
    WithdrawForces,

    /// <summary>Release or exchange prisoners, each side freeing some (a prisoner swap); a release by one side alone is <see cref="Release"/>.</summary>
    ExchangePrisoners,

    /// <summary>Transfer funds or assets: a payment, aid, compensation, or frozen funds moved or released to the other side. Names a term (the amount) or an item.</summary>
    TransferFunds,

    /// <summary>
    /// Seek a delisting, or start a review of a listing: ask the authority that keeps a list to remove a target (a UN
    /// sanctions committee), or review a designation (a state sponsor of terrorism). A step towards ending a sanction,
    /// which does not end it. Names the sanctions or the targets.
    /// </summary>
    SeekDelisting,

    /// <summary>
    /// Ease restrictions that are not a sanction of the document: on travel and visas, on crossings, on civil society or
    /// the press. For a sanction, waive, suspend or lift it. Names the targets, items or sanctions concerned.
    /// </summary>
    EaseRestrictions,

    /// <summary>Remove a designation: take a party off a list, or rescind a designation such as a terrorist organisation's, while the programme stays. Names the sanctions or the targets.</summary>
    RemoveDesignation,

    /// <summary>Restore a designation that was removed (a re-listing). Names the sanctions or the targets.</summary>
    RestoreDesignation,

    /// <summary>Move detainees from prison to house arrest: a step short of release, often one of a deal's first.</summary>
    MoveToHouseArrest,

    /// <summary>Amend or reform a constitution (to drop a territorial claim, to change a state's name, to devolve power). Needs a description.</summary>
    ConstitutionalReform,

    /// <summary>Restore a government's control of a border or a crossing, or hand it back (the state border in the Minsk agreements).</summary>
    RestoreBorderControl,

    /// <summary>Declare, observe or extend a ceasefire or truce.</summary>
    Ceasefire,
}
