using Negotiation.Domain.Bargaining;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>
/// An independent reference for the bargaining analysis: every outcome listed, utilities summed exactly in
/// <see cref="decimal"/>, the frontier found by comparing vectors, and each solution by its definition. Slow on purpose:
/// it shares nothing with the library's merge (no fixed point, no sweep, no staircase).
/// </summary>
internal sealed class BruteForce
{
    public BruteForce(BargainingDomain domain)
    {
        var parties = domain.Preferences.Count;
        Reservations = [.. domain.Preferences.Select(p => p.ReservationOutcome.IsEmpty ? p.ReservationValue ?? 0m : Utility(domain, p, domain.IndexesOf(p.ReservationOutcome)!))];
        var byVector = new Dictionary<string, (decimal[] Vector, long Count, int[] Smallest)>();
        foreach (var outcome in Outcomes(domain))
        {
            var vector = domain.Preferences.Select(p => Utility(domain, p, outcome)).ToArray();
            var key = string.Join(",", vector.Select(v => v.ToString("G29", System.Globalization.CultureInfo.InvariantCulture))); // G29: 0.30 and 0.3 are one value
            if (byVector.TryGetValue(key, out var seen))
            {
                byVector[key] = (seen.Vector, seen.Count + 1, seen.Smallest); // outcomes come in lexicographic order: the first is the smallest
            }
            else
            {
                byVector[key] = (vector, 1, outcome);
            }
        }

        All = [.. byVector.Values];
        OutcomeCount = All.Sum(v => v.Count);

        // Pareto: a vector is kept unless another is at least as good for all and better for one.
        Frontier = [.. All.Where(v => !All.Any(w => Dominates(w.Vector, v.Vector)))];
        Rational = [.. Frontier.Where(v => v.Vector.Select((u, i) => u >= Reservations[i]).All(ok => ok))];
        RationalCount = All.Where(v => v.Vector.Select((u, i) => u >= Reservations[i]).All(ok => ok)).Sum(v => v.Count);
        Zopa = All.Any(v => v.Vector.Select((u, i) => u > Reservations[i]).All(ok => ok));
        Ideal = Rational.Count == 0 ? null : [.. Enumerable.Range(0, parties).Select(i => Rational.Max(v => v.Vector[i]))];
    }

    public IReadOnlyList<decimal> Reservations { get; }

    public List<(decimal[] Vector, long Count, int[] Smallest)> All { get; }

    public long OutcomeCount { get; }

    public List<(decimal[] Vector, long Count, int[] Smallest)> Frontier { get; }

    public List<(decimal[] Vector, long Count, int[] Smallest)> Rational { get; }

    public long RationalCount { get; }

    public bool Zopa { get; }

    public decimal[]? Ideal { get; }

    public IEnumerable<decimal[]> Nash
    {
        get
        {
            var positive = Rational.Where(v => v.Vector.Select((u, i) => u > Reservations[i]).All(ok => ok)).ToList();
            return ArgMax(positive, v => v.Vector.Select((u, i) => u - Reservations[i]).Aggregate(1m, (p, g) => p * g));
        }
    }

    public IEnumerable<decimal[]> KalaiSmorodinsky
        => Ideal is null || Ideal.Select((a, i) => a == Reservations[i]).Any(flat => flat) ? [] : ArgBest(Rational, v => MinShare(v.Vector), CompareFractions);

    public IEnumerable<decimal[]> NearestDiagonal
        => Ideal is null || Ideal.Select((a, i) => a == Reservations[i]).Any(flat => flat)
            ? []
            : ArgBest(Rational, v => Spread(v.Vector), (a, b) => -CompareFractions(a, b));

    public IEnumerable<decimal[]> Egalitarian => ArgMax(Rational, v => v.Vector.Select((u, i) => u - Reservations[i]).Min());

    public IEnumerable<decimal[]> Utilitarian => ArgMax(Rational, v => v.Vector.Sum());

    public static IEnumerable<int[]> Outcomes(BargainingDomain domain)
    {
        var counts = domain.Issues.Select(i => i.Options.Count).ToArray();
        var outcome = new int[counts.Length];
        while (true)
        {
            yield return [.. outcome];
            var k = counts.Length - 1;
            while (k >= 0 && ++outcome[k] == counts[k])
            {
                outcome[k] = 0;
                k--;
            }

            if (k < 0)
            {
                yield break;
            }
        }
    }

    public static decimal Utility(BargainingDomain domain, PartyPreferences preferences, IReadOnlyList<int> outcome)
        => Enumerable.Range(0, domain.Issues.Count).Sum(k => preferences.Issues[k].Weight * preferences.Issues[k].Values[outcome[k]]);

    private static bool Dominates(decimal[] a, decimal[] b)
        => a.Select((u, i) => u >= b[i]).All(ok => ok) && a.Select((u, i) => u > b[i]).Any(better => better);

    // Shares of the ideal gain are fractions, compared by cross-multiplying: exact in decimal for the small test
    // domains, where a division would round and split ties.
    private (decimal Numerator, decimal Denominator) Share(decimal[] vector, int i) => (vector[i] - Reservations[i], Ideal![i] - Reservations[i]);

    private (decimal Numerator, decimal Denominator) MinShare(decimal[] vector)
        => Enumerable.Range(0, vector.Length).Select(i => Share(vector, i)).Aggregate((a, b) => CompareFractions(a, b) <= 0 ? a : b);

    private (decimal Numerator, decimal Denominator) Spread(decimal[] vector)
    {
        var high = Enumerable.Range(0, vector.Length).Select(i => Share(vector, i)).Aggregate((a, b) => CompareFractions(a, b) >= 0 ? a : b);
        var low = MinShare(vector);
        return ((high.Numerator * low.Denominator) - (low.Numerator * high.Denominator), high.Denominator * low.Denominator);
    }

    private static int CompareFractions((decimal Numerator, decimal Denominator) a, (decimal Numerator, decimal Denominator) b)
        => (a.Numerator * b.Denominator).CompareTo(b.Numerator * a.Denominator);

    private static IEnumerable<decimal[]> ArgBest<T>(List<(decimal[] Vector, long Count, int[] Smallest)> candidates, Func<(decimal[] Vector, long Count, int[] Smallest), T> value, Comparison<T> compare)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var top = candidates.Select(value).Aggregate((a, b) => compare(a, b) >= 0 ? a : b);
        return candidates.Where(c => compare(value(c), top) == 0).Select(c => c.Vector);
    }

    private static IEnumerable<decimal[]> ArgMax(List<(decimal[] Vector, long Count, int[] Smallest)> candidates, Func<(decimal[] Vector, long Count, int[] Smallest), decimal> value)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var top = candidates.Max(value);
        return candidates.Where(c => value(c) == top).Select(c => c.Vector);
    }
}
