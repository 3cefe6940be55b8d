namespace Negotiation.Domain.Bargaining;

/// <summary>How <see cref="BargainingAnalysis"/> runs.</summary>
public sealed record BargainingOptions
{
    /// <summary>The default cap on the frontier's size.</summary>
    public const int DefaultMaxFrontierSize = 1_000_000;

    /// <summary>
    /// The most points the frontier may hold (1 000 000 by default); past it the analysis stops and says so
    /// (<c>frontier-too-large</c>), so that time and memory stay bounded.
    /// </summary>
    public int MaxFrontierSize { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFrontierSize), value, "The cap is at least 1."); } = DefaultMaxFrontierSize;

    /// <summary>
    /// Whether to count the rational outcomes (<see cref="ZoneOfAgreement.RationalCount"/>) where the domain is small
    /// enough (10⁸ outcomes for two parties, 10⁷ for more); <see langword="true"/> by default. Counting lists every
    /// package of each half of the issues, which on a large domain costs more than the frontier: turn it off when only
    /// the frontier and the solutions matter.
    /// </summary>
    public bool CountRationalOutcomes { get; init; } = true;

    /// <summary>
    /// Normalised time t in [0, 1] at which to analyse: each party's utilities and reservation are multiplied by its
    /// discount factor to the power t. 0 by default: the static analysis, with no discount.
    /// </summary>
    public double Time { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Time), value, "Time is between 0 and 1."); }
}
