namespace Negotiation.Domain.Bargaining;

/// <summary>How one outcome (the reported deal, say) stands against the frontier and the Nash point.</summary>
/// <param name="Outcome">The outcome: one option index per issue.</param>
/// <param name="Utilities">Each party's utility for it.</param>
/// <param name="IsRational">Whether it gives every party at least its reservation.</param>
/// <param name="IsParetoOptimal">Whether no outcome dominates it: its utilities are a frontier point's.</param>
/// <param name="DistanceToFrontier">The Euclidean distance, in utility space, to the nearest frontier point (0 on the frontier).</param>
/// <param name="DistanceToNash">The Euclidean distance to the Nash point (the first, if several), or <see langword="null"/> when there is none.</param>
public sealed record OutcomeScore(IReadOnlyList<int> Outcome, IReadOnlyList<double> Utilities, bool IsRational, bool IsParetoOptimal, double DistanceToFrontier, double? DistanceToNash)
{
    /// <inheritdoc />
    public bool Equals(OutcomeScore? other)
        => other is not null && Outcome.SequenceEqual(other.Outcome) && Utilities.SequenceEqual(other.Utilities) && IsRational == other.IsRational
            && IsParetoOptimal == other.IsParetoOptimal && DistanceToFrontier.Equals(other.DistanceToFrontier) && Nullable.Equals(DistanceToNash, other.DistanceToNash);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome.Count, IsRational, IsParetoOptimal, DistanceToFrontier);
}
