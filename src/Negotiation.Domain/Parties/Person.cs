using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>A person, with the positions the person holds or held.</summary>
[FormatRecord]
public sealed record Person : Party
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">The party's id.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="country">The person's nationality.</param>
    /// <param name="positions">The offices the person holds or held.</param>
    /// <param name="aliases">Other names and spellings.</param>
    /// <param name="description">Nuance, in a few words.</param>
    public Person(PartyId id, string name, CountryCode? country = null, EquatableArray<PositionHeld> positions = default, EquatableArray<string> aliases = default, string? description = null)
        : base(id, name, aliases, country, description)
    {
        Positions = positions;
    }

    /// <summary>The offices the person holds or held.</summary>
    public EquatableArray<PositionHeld> Positions { get; init => field = Guard.Against.NullItems(value, nameof(Positions)); }
}
