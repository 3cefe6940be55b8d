using Negotiation.Domain.Collections;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Analysis;

/// <summary>What one party gives in a <see cref="TradeOff"/>.</summary>
/// <param name="Party">The party that gives.</param>
/// <param name="Gives">
/// The records of the cycle that are its to give: its commitments, the demands made of it, and the sanctions whose
/// lifting falls to it. In document order.
/// </param>
public sealed record TradeOffSide(PartyId Party, EquatableArray<Reference> Gives)
{
    /// <summary>The side in a line.</summary>
    /// <returns><c>party gives a, b</c>.</returns>
    public override string ToString() => $"{Party} gives {string.Join(", ", Gives)}";
}
