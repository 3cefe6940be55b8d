using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Interop.Imports;

/// <summary>A party read from a list, or made for it (the authority of a sanction, the state of a body).</summary>
public sealed record ImportedParty : ImportRecord
{
    /// <summary>Wraps <paramref name="party"/>.</summary>
    /// <param name="party">The party.</param>
    /// <param name="line">The line it was read from, counted from 1; 0 when it was made rather than read.</param>
    public ImportedParty(Party party, long line)
        : base(line) => Party = party ?? throw new ArgumentNullException(nameof(party));

    /// <summary>The party.</summary>
    public Party Party { get; }
}
