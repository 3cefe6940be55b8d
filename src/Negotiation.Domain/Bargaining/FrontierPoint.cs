using System.Numerics;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// A point of the Pareto frontier: a utility vector no outcome dominates, how many outcomes have it, and the
/// lexicographically smallest of them (option indexes in issue order) to stand for them.
/// </summary>
/// <param name="Utilities">Each party's utility, in the domain's party order.</param>
/// <param name="Multiplicity">How many outcomes have exactly these utilities.</param>
/// <param name="Representative">The lexicographically smallest such outcome: one option index per issue.</param>
/// <param name="IsRational">Whether it gives every party at least its reservation.</param>
public sealed record FrontierPoint(IReadOnlyList<double> Utilities, BigInteger Multiplicity, IReadOnlyList<int> Representative, bool IsRational)
{
    /// <inheritdoc />
    public bool Equals(FrontierPoint? other)
        => other is not null && Utilities.SequenceEqual(other.Utilities) && Multiplicity == other.Multiplicity && Representative.SequenceEqual(other.Representative) && IsRational == other.IsRational;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Utilities.Count > 0 ? Utilities[0] : 0, Multiplicity, Representative.Count);
}
