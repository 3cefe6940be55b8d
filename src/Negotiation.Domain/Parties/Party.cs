using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Parties;

/// <summary>
/// An actor in a negotiation. The kinds are <see cref="State"/>, <see cref="GovernmentBody"/>,
/// <see cref="Organization"/>, <see cref="Person"/>, <see cref="Group"/> and <see cref="Coalition"/>.
/// </summary>
public abstract record Party
{
    /// <summary>Sets what every party carries.</summary>
    /// <param name="id">The party's id.</param>
    /// <param name="name">The name the party is best known by.</param>
    /// <param name="aliases">Other names and spellings.</param>
    /// <param name="country">The country it belongs to, where one fits.</param>
    /// <param name="description">Nuance, in a few words.</param>
    private protected Party(PartyId id, string name, EquatableArray<string> aliases, CountryCode? country, string? description)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        Country = country;
        Description = description;
    }

    /// <summary>The party's id.</summary>
    public PartyId Id { get; init => field = Require.Id(value, nameof(Id)); }

    /// <summary>The name the party is best known by.</summary>
    public string Name { get; init => field = Require.Name(value, nameof(Name)); }

    /// <summary>Other names and spellings.</summary>
    public EquatableArray<string> Aliases { get; init => field = Require.Names(value, nameof(Aliases)); }

    /// <summary>The country it belongs to (a state's own code; a body's, a person's or an organization's country).</summary>
    public virtual CountryCode? Country
    {
        get;
        init => field = Require.OptionalCountry(value, nameof(Country));
    }

    /// <summary>Nuance, in a few words.</summary>
    public string? Description { get; init => field = Require.OptionalText(value, nameof(Description)); }

    /// <summary>Identifiers of the party in other systems (sanctions lists, Wikidata), for cross-referencing.</summary>
    public EquatableArray<ExternalId> ExternalIds { get; init => field = Require.NoNulls(value, nameof(ExternalIds)); }

    /// <summary>The party this one belongs to (a body's ministry or state, a company's parent), if any.</summary>
    public virtual PartyId? ParentId => null;
}
