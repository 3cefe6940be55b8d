using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// A party's part in an agreement that binds it to nothing: the IAEA as verifier of the 2015 Iran deal, Qatar as
/// mediator, the UN Secretary-General as depositary. The party need not be a party to the agreement, and a role is
/// never one of its commitments: the trade-off ledger does not count it.
/// </summary>
[FormatRecord]
public sealed record AgreementRole
{
    /// <summary>Creates a role.</summary>
    /// <param name="party">The party that plays it.</param>
    /// <param name="role">What it does.</param>
    /// <param name="note">Nuance, in a few words ("verifies the nuclear steps only").</param>
    /// <param name="attribution">Who says so, and how sure.</param>
    public AgreementRole(PartyId party, RoleKind role, string? note = null, Attribution? attribution = null)
    {
        Party = party;
        Role = role;
        Note = note;
        Attribution = attribution;
    }

    /// <summary>The party that plays it.</summary>
    public PartyId Party { get; init => field = Guard.Against.DefaultId(value, nameof(Party)); }

    /// <summary>What it does.</summary>
    public RoleKind Role { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Role)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>Who says so, and how sure.</summary>
    public Attribution? Attribution { get; init; }
}
