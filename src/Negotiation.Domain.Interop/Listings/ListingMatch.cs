using Negotiation.Domain.Collections;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Interop.Listings;

/// <summary>A party of the document found on an imported list.</summary>
/// <param name="Party">The document's party.</param>
/// <param name="PartyName">Its name.</param>
/// <param name="List">The id of the list's document.</param>
/// <param name="ListedParty">The party in the list.</param>
/// <param name="ListedName">Its name in the list.</param>
/// <param name="Rule">The rule that matched them.</param>
/// <param name="MatchedOn">What matched: the shared external id (<c>scheme:value</c>), or the common <see cref="ListingNameKey"/>.</param>
/// <param name="Sanctions">The list's sanctions on the listed party.</param>
/// <param name="DocumentSanctions">The document's own sanctions on its party, to compare with the list's.</param>
public sealed record ListingMatch(
    PartyId Party,
    string PartyName,
    NegotiationId List,
    PartyId ListedParty,
    string ListedName,
    ListingMatchRule Rule,
    string MatchedOn,
    EquatableArray<ListedSanction> Sanctions,
    EquatableArray<SanctionId> DocumentSanctions);
