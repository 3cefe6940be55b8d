namespace Negotiation.Domain.Bargaining;

/// <summary>
/// One bargaining solution (Nash, Kalai–Smorodinsky, ...): every point of the rational frontier that is optimal by its
/// rule, exactly (ties are kept, in frontier order), or why there is none.
/// </summary>
/// <param name="Name">The solution's name: <c>nash</c>, <c>kalai-smorodinsky</c>, <c>nearest-diagonal</c>, <c>egalitarian</c>, <c>utilitarian</c>.</param>
/// <param name="Points">Every optimal point, in frontier order; empty when the solution is undefined.</param>
/// <param name="Reason">Why the solution is undefined, or <see langword="null"/>.</param>
public sealed record BargainingSolution(string Name, IReadOnlyList<FrontierPoint> Points, string? Reason = null)
{
    /// <summary>Whether the solution exists.</summary>
    public bool IsDefined => Points.Count > 0;

    /// <summary>The first optimal point, in frontier order, or <see langword="null"/>.</summary>
    public FrontierPoint? Primary => Points.Count > 0 ? Points[0] : null;

    /// <inheritdoc />
    public bool Equals(BargainingSolution? other)
        => other is not null && Name == other.Name && Points.SequenceEqual(other.Points) && Reason == other.Reason;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Points.Count, Reason);
}
