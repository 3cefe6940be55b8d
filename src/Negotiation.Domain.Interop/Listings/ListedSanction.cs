using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Interop.Listings;

/// <summary>A sanction of an imported list on a listed party: by whom, under which program, since when.</summary>
/// <param name="Id">The sanction's id in the list.</param>
/// <param name="Program">Its program, if the list names one ("SDGT", "Entity List").</param>
/// <param name="Authority">The body that imposes it, in the list.</param>
/// <param name="AuthorityChain">The names of the authority and of the bodies above it, up to its state ("Bureau of Industry and Security", "US Department of Commerce", "United States").</param>
/// <param name="Since">Its listing date, else the date it was imposed; <see langword="null"/> when the list gives none (OFAC's CSV files never do).</param>
/// <param name="Status">Where it stands, in the list.</param>
public sealed record ListedSanction(SanctionId Id, string? Program, PartyId Authority, EquatableArray<string> AuthorityChain, PartialDate? Since, SanctionStatus Status);
