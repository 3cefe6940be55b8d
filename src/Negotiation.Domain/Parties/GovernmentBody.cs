using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>
/// A body of a state: a ministry, an agency, an institute, a legislature or a committee; or an organ of an
/// intergovernmental organization (the UN's Security Council and its sanctions committees, the EU's Council and
/// Commission). It belongs to a parent: a state, another body, or an <see cref="Organization"/> of type
/// <see cref="OrganizationType.Intergovernmental"/> (the Institute of Forensic Science belongs to the Ministry of
/// Public Security, which belongs to China; the 1718 Committee belongs to the Security Council, which belongs to the
/// UN). The document rules refuse any other parent (<c>invalid-parent</c>).
/// </summary>
/// <remarks>
/// A body is not its own parent: <see cref="Id"/> and <see cref="Parent"/> each check the other's current value, so no
/// <c>with</c> can break the rule. In a <c>with</c> or an object initializer, members are checked in the order
/// assigned.
/// </remarks>
[FormatRecord]
public sealed record GovernmentBody : Party
{
    /// <summary>Creates a government body.</summary>
    /// <param name="id">The party's id.</param>
    /// <param name="name">The body's name.</param>
    /// <param name="type">What kind of body it is.</param>
    /// <param name="parent">The state, body or intergovernmental organization it belongs to.</param>
    /// <param name="country">The country of the state it belongs to; none for an organ of an intergovernmental organization.</param>
    /// <param name="aliases">Other names and abbreviations.</param>
    /// <param name="description">Nuance, in a few words.</param>
    public GovernmentBody(PartyId id, string name, GovernmentBodyType type, PartyId parent, CountryCode? country = null, EquatableArray<string> aliases = default, string? description = null)
        : base(id, name, aliases, country, description)
    {
        Type = type;
        Parent = parent;
    }

    /// <summary>The party's id; not the id of its parent.</summary>
    [JsonPropertyOrder(-2)] // Party.Id's order, which System.Text.Json's reflection does not read through an override
    public override PartyId Id
    {
        get => base.Id;
        // Parent is unset while Party's constructor sets the id; then Party's own guard refuses a default id.
        init => base.Id = Parent.Value.Length > 0 ? Guard.Against.OwnParent(value, Parent, nameof(Id)) : value;
    }

    /// <summary>What kind of body it is.</summary>
    public GovernmentBodyType Type { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Type)); }

    /// <summary>The state, body or intergovernmental organization it belongs to.</summary>
    public PartyId Parent
    {
        get;
        init => field = Guard.Against.OwnParent(Guard.Against.DefaultId(value, nameof(Parent)), Id, nameof(Parent));
    }

    /// <inheritdoc />
    public override PartyId? ParentId => Parent;
}
