using System.Numerics;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// The zone of possible agreement: whether some outcome gives every party strictly more than its reservation, and,
/// where counting is feasible, how many outcomes give every party at least its reservation (the rational outcomes).
/// </summary>
/// <param name="Exists">Whether some outcome gives every party strictly more than its reservation.</param>
/// <param name="RationalCount">How many outcomes are rational, or <see langword="null"/> when the domain is too large to count (more than 10⁸ outcomes for two parties, 10⁷ for more) or counting was turned off (<see cref="BargainingOptions.CountRationalOutcomes"/>).</param>
/// <param name="RationalShare">The rational outcomes' share of all outcomes, or <see langword="null"/> when they were not counted.</param>
public sealed record ZoneOfAgreement(bool Exists, BigInteger? RationalCount, double? RationalShare);
