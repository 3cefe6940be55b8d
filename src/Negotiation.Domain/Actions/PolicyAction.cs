using System.Text.Json;
using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Actions;

/// <summary>
/// What is asked, offered, promised or done: a kind from a closed list, the parties and sanctions it refers to, the
/// items it concerns, and free text for nuance. The actor is not here: it is the demand's addressee or the
/// commitment's party.
/// </summary>
/// <remarks>
/// Each kind asks for what it cannot be without (<see cref="ActionKind"/> says which): a lift, a waiver and a
/// suspension name at least one sanction; an imposition, an enforcement, an export restriction and an easing of
/// restrictions name at least one target, item or sanction; a delisting sought and a designation removed or restored
/// name a sanction or a target; diplomatic relations name a target; a limit and a transfer of funds name a term or an
/// item; a facility dismantled or converted is an item or a description; <see cref="ActionKind.Other"/> and
/// <see cref="ActionKind.ConstitutionalReform"/> need a description. Each member checks that shape, in its
/// <c>init</c> accessor, against the others' current values, so no <c>with</c> can break it. In a <c>with</c> or an
/// object initializer, members are checked in the order assigned: to turn an action into a lift, assign the sanctions
/// first (<c>with { Sanctions = [...], Kind = ActionKind.LiftSanction }</c>).
/// </remarks>
[FormatRecord]
public sealed record PolicyAction
{
    /// <summary>Creates an action.</summary>
    /// <param name="kind">What it does.</param>
    /// <param name="description">Nuance, in a few words ("crack down on exporters who send fentanyl or its components to Mexico").</param>
    /// <param name="targets">The parties it is aimed at or concerns.</param>
    /// <param name="sanctions">The sanctions it lifts or imposes.</param>
    /// <param name="items">The goods or things it concerns ("fentanyl precursors", "xylazine").</param>
    /// <param name="terms">Its typed terms: what is limited or counted, and by how much ("at most 1 550 deployed strategic warheads").</param>
    /// <param name="beneficiaries">The parties it is for, when they are not those it acts on (a withdrawal acts on the withdrawing forces and is for the other side).</param>
    public PolicyAction(ActionKind kind, string? description = null, EquatableArray<PartyId> targets = default, EquatableArray<SanctionId> sanctions = default, EquatableArray<string> items = default, EquatableArray<Quantity> terms = default, EquatableArray<PartyId> beneficiaries = default)
    {
        Beneficiaries = beneficiaries;
        // The kind last: until it is set (0 is no kind) there is no shape to keep, so the members before it pass their
        // own guards only. The shape is then checked here, naming the member it lacks (a lift's sanctions), which is
        // where a document that breaks it is wrong; the kind's own check then passes.
        Description = description;
        Targets = targets;
        Sanctions = sanctions;
        Items = items;
        Terms = terms;
        CheckShape(kind, description, targets, sanctions, items, terms);
        Kind = kind;
    }

    /// <summary>What it does.</summary>
    public ActionKind Kind { get; init => field = ActionShape(Guard.Against.UndefinedEnumValue(value, nameof(Kind)), nameof(Kind), value, Description, Targets, Sanctions, Items, Terms); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Description { get; init => field = ActionShape(Guard.Against.InvalidText(value, nameof(Description)), nameof(Description), Kind, value, Targets, Sanctions, Items, Terms); }

    /// <summary>The parties it is aimed at or concerns.</summary>
    public EquatableArray<PartyId> Targets { get; init => field = ActionShape(Guard.Against.DefaultOrRepeatedIds(value, nameof(Targets)), nameof(Targets), Kind, Description, value, Sanctions, Items, Terms); }

    /// <summary>The sanctions it lifts or imposes.</summary>
    public EquatableArray<SanctionId> Sanctions { get; init => field = ActionShape(Guard.Against.DefaultOrRepeatedIds(value, nameof(Sanctions)), nameof(Sanctions), Kind, Description, Targets, value, Items, Terms); }

    /// <summary>The goods or things it concerns.</summary>
    public EquatableArray<string> Items { get; init => field = ActionShape(Guard.Against.InvalidNames(value, nameof(Items)), nameof(Items), Kind, Description, Targets, Sanctions, value, Terms); }

    /// <summary>Its typed terms: what is limited or counted, and by how much.</summary>
    public EquatableArray<Quantity> Terms { get; init => field = ActionShape(Guard.Against.NullItems(value, nameof(Terms)), nameof(Terms), Kind, Description, Targets, Sanctions, Items, value); }

    /// <summary>
    /// The parties the action is for, when they are not the parties it acts on: a US troop withdrawal acts on US forces
    /// (its targets) and is for the other side. When given, the trade-off ledger counts the action as received by these
    /// parties alone; when empty, by the parties it is aimed at (its targets, and the targets of the sanctions it lifts).
    /// </summary>
    public EquatableArray<PartyId> Beneficiaries { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(Beneficiaries)); }

    /// <summary>Creates an action that lifts the given sanctions.</summary>
    /// <param name="sanctions">The sanctions; at least one.</param>
    /// <param name="description">Nuance, in a few words.</param>
    /// <returns>The action.</returns>
    public static PolicyAction Lift(EquatableArray<SanctionId> sanctions, string? description = null)
        => new(ActionKind.LiftSanction, description, sanctions: sanctions);

    private static (string Property, string Message)? Explain(ActionKind kind, string? description, EquatableArray<PartyId> targets, EquatableArray<SanctionId> sanctions, EquatableArray<string> items, EquatableArray<Quantity> terms)
        => kind switch
        {
            ActionKind.LiftSanction or ActionKind.WaiveSanction or ActionKind.SuspendSanction when sanctions.IsEmpty
                => (nameof(Sanctions), $"An action of kind {JsonName(kind)} names at least one sanction."),
            ActionKind.ImposeSanction or ActionKind.Enforce or ActionKind.RestrictExports or ActionKind.EaseRestrictions when targets.IsEmpty && items.IsEmpty && sanctions.IsEmpty
                => (nameof(Targets), $"An action of kind {JsonName(kind)} names at least one target, item or sanction."),
            ActionKind.SeekDelisting or ActionKind.RemoveDesignation or ActionKind.RestoreDesignation when sanctions.IsEmpty && targets.IsEmpty
                => (nameof(Sanctions), $"An action of kind {JsonName(kind)} names at least one sanction or target."),
            ActionKind.EstablishRelations when targets.IsEmpty => (nameof(Targets), $"An action of kind {JsonName(kind)} names at least one target."),
            ActionKind.Limit or ActionKind.TransferFunds when terms.IsEmpty && items.IsEmpty
                => (nameof(Terms), $"An action of kind {JsonName(kind)} names at least one term or item."),
            ActionKind.DismantleFacility or ActionKind.ConvertFacility when items.IsEmpty && description is null
                => (nameof(Items), $"An action of kind {JsonName(kind)} names the facility as an item, or describes it."),
            ActionKind.Other or ActionKind.ConstitutionalReform when description is null => (nameof(Description), $"An action of kind {JsonName(kind)} needs a description."),
            _ => null,
        };

    /// <summary>The kind as JSON writes it: <c>lift_sanction</c>.</summary>
    private static string JsonName(ActionKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private static void CheckShape(ActionKind kind, string? description, EquatableArray<PartyId> targets, EquatableArray<SanctionId> sanctions, EquatableArray<string> items, EquatableArray<Quantity> terms)
    {
        if (Explain(kind, description, targets, sanctions, items, terms) is { } problem)
        {
            throw new ArgumentException(problem.Message, problem.Property);
        }
    }

    /// <summary>
    /// The guard of every member: throws, naming <paramref name="member"/>, when the action with <paramref name="value"/>
    /// in it (passed in its place among the others) no longer has the shape its kind asks for. A <c>with</c> copies every
    /// member before it assigns any, so the others are the action's own.
    /// </summary>
    private static T ActionShape<T>(T value, string member, ActionKind kind, string? description, EquatableArray<PartyId> targets, EquatableArray<SanctionId> sanctions, EquatableArray<string> items, EquatableArray<Quantity> terms)
        => Explain(kind, description, targets, sanctions, items, terms) is { } problem ? throw new ArgumentException(problem.Message, member) : value;
}
