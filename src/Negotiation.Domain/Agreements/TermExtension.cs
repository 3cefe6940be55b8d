using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// One extension of an agreement's term: when it was agreed, the expiry it sets, the parties that agreed to it
/// (New START, extended on 3 February 2021 to 5 February 2026 by Russia and the United States).
/// </summary>
[FormatRecord]
public sealed record TermExtension
{
    /// <summary>Creates an extension.</summary>
    /// <param name="date">When it was agreed.</param>
    /// <param name="newExpiry">When the agreement now expires.</param>
    /// <param name="parties">The parties that agreed to it.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public TermExtension(PartialDate date, PartialDate newExpiry, EquatableArray<PartyId> parties = default, Attribution? attribution = null, string? note = null)
    {
        Date = date;
        NewExpiry = newExpiry;
        Parties = parties;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>When it was agreed.</summary>
    public PartialDate Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>When the agreement now expires; never before the expiry it extends (<c>earlier-expiry</c>).</summary>
    public PartialDate NewExpiry { get; init => field = Guard.Against.DefaultDate(value, nameof(NewExpiry)); }

    /// <summary>The parties that agreed to it.</summary>
    public EquatableArray<PartyId> Parties { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(Parties)); }

    /// <summary>Who reports it, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
