namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>What an entity becomes in the library, as the id index remembers it.</summary>
internal enum FtmKind : byte
{
    /// <summary>Not imported: a schema with no record here (a vessel, a passport), or no name.</summary>
    NotImported,
    Person,
    Organization,
    IntergovernmentalOrganization,
    State,
    GovernmentBody,
    Position,
    Occupancy,
    Sanction,
    Address,
}
