namespace Negotiation.Domain.Interop.Listings;

/// <summary>Which rule of <see cref="ListingCrossReference"/> found a match; the first in this order wins.</summary>
public enum ListingMatchRule
{
    /// <summary>The party and the listed party share an external id (the same scheme and value: <c>ofac-sdn:12345</c>).</summary>
    ExternalId = 1,

    /// <summary>The party's name and the listed name have the same <see cref="ListingNameKey"/>.</summary>
    Name,

    /// <summary>The party's name has the key of one of the listed party's aliases.</summary>
    NameToAlias,

    /// <summary>One of the party's aliases has the key of the listed name.</summary>
    AliasToName,

    /// <summary>An alias of the party has the key of an alias of the listed party.</summary>
    AliasToAlias,
}
