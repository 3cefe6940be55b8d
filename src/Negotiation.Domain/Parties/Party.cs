using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>
/// An actor in a negotiation. The kinds are <see cref="State"/>, <see cref="GovernmentBody"/>,
/// <see cref="Organization"/>, <see cref="Person"/>, <see cref="Group"/> and <see cref="Coalition"/>.
/// </summary>
/// <remarks>
/// In JSON a party is an object whose first member, <c>kind</c>, names its kind in snake_case (<c>state</c>,
/// <c>government_body</c>, ...); the attributes below are the whole of that mapping, so the source-generated context
/// and the reflection-based serializer read and write it alike.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(State), "state")]
[JsonDerivedType(typeof(GovernmentBody), "government_body")]
[JsonDerivedType(typeof(Organization), "organization")]
[JsonDerivedType(typeof(Person), "person")]
[JsonDerivedType(typeof(Group), "group")]
[JsonDerivedType(typeof(Coalition), "coalition")]
[FormatRecord]
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
    /// <remarks>Virtual so that a kind with a rule between its id and another member (a body is not its own parent) checks it here too, where a <c>with</c> sets the id.</remarks>
    [JsonPropertyOrder(-2)] // after the kind, before the members of each kind: a reader finds a party by its id first
    public virtual PartyId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>The name the party is best known by.</summary>
    [JsonPropertyOrder(-1)]
    public string Name { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Name)); }

    /// <summary>Other names and spellings.</summary>
    public EquatableArray<string> Aliases { get; init => field = Guard.Against.InvalidNames(value, nameof(Aliases)); }

    /// <summary>The country it belongs to (a state's own code; a body's, a person's or an organization's country).</summary>
    public virtual CountryCode? Country
    {
        get;
        init => field = Guard.Against.DefaultCountry(value, nameof(Country));
    }

    /// <summary>Nuance, in a few words.</summary>
    public string? Description { get; init => field = Guard.Against.InvalidText(value, nameof(Description)); }

    /// <summary>Identifiers of the party in other systems (sanctions lists, Wikidata), for cross-referencing.</summary>
    public EquatableArray<ExternalId> ExternalIds { get; init => field = Guard.Against.NullItems(value, nameof(ExternalIds)); }

    /// <summary>The party this one belongs to (a body's ministry or state, a company's parent), if any.</summary>
    public virtual PartyId? ParentId => null;
}
