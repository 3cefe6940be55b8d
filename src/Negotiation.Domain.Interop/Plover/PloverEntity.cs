namespace Negotiation.Domain.Interop.Plover;

/// <summary>
/// One actor or recipient of a PLOVER record, as the PLOVER manual's entity object: the country (or international
/// actor) code, the sector, the party's name, its Wikidata id and, for a person, the office held.
/// </summary>
/// <param name="Code">
/// The ISO 3166-1 alpha-3 code of the party's country (<c>KOS</c> for Kosovo, as PLOVER has it), or PLOVER's code for an
/// international actor (<c>IGO</c>, <c>UNO</c>, <c>EUR</c>, <c>NGO</c>, <c>IMG</c>, <c>MNC</c>); <see langword="null"/> when
/// the party has none (an export note says so).
/// </param>
/// <param name="Sector">The PLOVER sector (<c>GOV</c>, <c>LEG</c>, <c>JUD</c>, <c>MIL</c>, <c>COP</c>, <c>BUS</c>, <c>SOC</c>, <c>CRM</c>, <c>JRN</c>, <c>PTY</c>, <c>EDU</c>, <c>REB</c>, <c>CVL</c>), if one applies.</param>
/// <param name="EntityText">The party's name.</param>
/// <param name="IdentifierId">The party's Wikidata id (<c>Q30</c>), from its external ids, if it has one.</param>
/// <param name="Office">For a person, the office held on the record's date (or last held).</param>
/// <param name="PartyId">The id of the party in the negotiation document (written as the extension field <c>party</c>).</param>
public sealed record PloverEntity(string? Code, string? Sector, string EntityText, string? IdentifierId, string? Office, string PartyId);
