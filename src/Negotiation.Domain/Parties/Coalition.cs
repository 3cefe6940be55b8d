using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>A coalition or bloc of named parties acting together (the G7, the EU as a negotiating bloc).</summary>
[FormatRecord]
public sealed record Coalition : Party
{
    /// <summary>Creates a coalition.</summary>
    /// <param name="id">The party's id.</param>
    /// <param name="name">The coalition's name.</param>
    /// <param name="members">Its members; at least one, none repeated.</param>
    /// <param name="aliases">Other names.</param>
    /// <param name="description">Nuance, in a few words.</param>
    public Coalition(PartyId id, string name, EquatableArray<PartyId> members, EquatableArray<string> aliases = default, string? description = null)
        : base(id, name, aliases, null, description)
    {
        Members = members;
    }

    /// <summary>Its members; at least one, none repeated.</summary>
    public EquatableArray<PartyId> Members { get; init => field = Guard.Against.EmptyList(Guard.Against.DefaultOrRepeatedIds(value, nameof(Members)), nameof(Members)); }
}
