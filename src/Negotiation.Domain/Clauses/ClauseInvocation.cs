using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Clauses;

/// <summary>One invocation of a clause: the dated act of a party allowed to invoke it (France, Germany and the United Kingdom, 28 August 2025, Resolution 2231's snapback).</summary>
[FormatRecord]
public sealed record ClauseInvocation
{
    /// <summary>Creates an invocation.</summary>
    /// <param name="party">The party that invokes the clause, one allowed to.</param>
    /// <param name="date">When.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public ClauseInvocation(PartyId party, PartialDate date, Attribution? attribution = null, string? note = null)
    {
        Party = party;
        Date = date;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The party that invokes the clause, one the clause allows (<c>invocation-not-allowed</c> otherwise).</summary>
    public PartyId Party { get; init => field = Guard.Against.DefaultId(value, nameof(Party)); }

    /// <summary>When.</summary>
    public PartialDate Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>Who reports it, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
