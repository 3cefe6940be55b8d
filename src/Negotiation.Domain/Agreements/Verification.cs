using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// "Commitment X, as verified by party Y": a condition on a commitment or a milestone that a third party must confirm
/// a step (the JCPOA's Implementation Day comes with the IAEA's verification of Iran's nuclear measures).
/// </summary>
[FormatRecord]
public sealed record Verification
{
    /// <summary>Creates the condition.</summary>
    /// <param name="commitment">The commitment to be verified.</param>
    /// <param name="verifier">The party that verifies it.</param>
    public Verification(CommitmentId commitment, PartyId verifier)
    {
        Commitment = commitment;
        Verifier = verifier;
    }

    /// <summary>The commitment to be verified.</summary>
    public CommitmentId Commitment { get; init => field = Guard.Against.DefaultId(value, nameof(Commitment)); }

    /// <summary>The party that verifies it.</summary>
    public PartyId Verifier { get; init => field = Guard.Against.DefaultId(value, nameof(Verifier)); }
}
