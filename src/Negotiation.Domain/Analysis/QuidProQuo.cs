using Negotiation.Domain.Agreements;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Analysis;

/// <summary>
/// A commitment given in return for another: <see cref="Gives"/> is conditional on <see cref="InReturnFor"/> (the US
/// lifts the sanctions on the institute if China cracks down on exporters).
/// </summary>
/// <param name="Gives">The conditional commitment.</param>
/// <param name="InReturnFor">The commitment it is conditional on; it may belong to another agreement.</param>
/// <param name="IsMutual">
/// Whether each is conditional on the other. A mutual pair is listed once, with <see cref="Gives"/> the one that comes
/// first in the agreement.
/// </param>
public sealed record QuidProQuo(Commitment Gives, Commitment InReturnFor, bool IsMutual)
{
    /// <summary>The party that gives.</summary>
    public PartyId Giver => Gives.By;

    /// <summary>The party whose commitment it is given for.</summary>
    public PartyId Receiver => InReturnFor.By;

    /// <summary>The pair in a line, for reading and debugging.</summary>
    /// <returns><c>us: commitment-a for cn: commitment-b</c>, with <c>(mutual)</c> when it is.</returns>
    public override string ToString() => $"{Giver}: {Gives.Id} for {Receiver}: {InReturnFor.Id}{(IsMutual ? " (mutual)" : string.Empty)}";
}
