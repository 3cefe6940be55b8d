using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>A named organization that is not part of a state: a company, an NGO, an intergovernmental body, a criminal network, a media outlet.</summary>
[FormatRecord]
public sealed record Organization : Party
{
    /// <summary>Creates an organization.</summary>
    /// <param name="id">The party's id.</param>
    /// <param name="name">The organization's name.</param>
    /// <param name="type">What kind of organization it is.</param>
    /// <param name="country">The country it is based in.</param>
    /// <param name="parent">The organization it belongs to (a subsidiary's parent company), if any.</param>
    /// <param name="aliases">Other names and abbreviations.</param>
    /// <param name="description">Nuance, in a few words.</param>
    public Organization(PartyId id, string name, OrganizationType type, CountryCode? country = null, PartyId? parent = null, EquatableArray<string> aliases = default, string? description = null)
        : base(id, name, aliases, country, description)
    {
        Type = type;
        Parent = parent;
    }

    /// <summary>What kind of organization it is.</summary>
    public OrganizationType Type { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Type)); }

    /// <summary>The organization it belongs to, if any.</summary>
    public PartyId? Parent { get; init => field = Guard.Against.DefaultId(value, nameof(Parent)); }

    /// <inheritdoc />
    public override PartyId? ParentId => Parent;
}
