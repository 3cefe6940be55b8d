using System.Text.Json.Serialization;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>A sovereign state, such as the United States or the People's Republic of China.</summary>
[FormatRecord]
public sealed record State : Party
{
    /// <summary>Creates a state.</summary>
    /// <param name="id">The party's id.</param>
    /// <param name="name">The state's name.</param>
    /// <param name="country">Its ISO 3166-1 alpha-2 code; required for a state.</param>
    /// <param name="aliases">Other names ("PRC", "China").</param>
    /// <param name="description">Nuance, in a few words.</param>
    public State(PartyId id, string name, CountryCode country, EquatableArray<string> aliases = default, string? description = null)
        : base(id, name, aliases, country, description)
    {
    }

    /// <summary>
    /// The constructor JSON reading uses: System.Text.Json binds a constructor parameter to the property of the same
    /// name only when their types match, and <see cref="Country"/> is <c>CountryCode?</c> (it overrides
    /// <see cref="Party.Country"/>). A missing or null code is still refused, by the property's guard.
    /// </summary>
    [JsonConstructor]
    internal State(PartyId id, string name, CountryCode? country, EquatableArray<string> aliases = default, string? description = null)
        : base(id, name, aliases, country, description)
    {
    }

    /// <summary>The state's ISO 3166-1 alpha-2 code; always set.</summary>
    public override CountryCode? Country
    {
        get => base.Country;
        init => base.Country = value ?? throw new ArgumentNullException(nameof(Country), "A state needs a country code.");
    }
}
