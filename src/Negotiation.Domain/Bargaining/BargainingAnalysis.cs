using System.Numerics;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Validation;
using OneOf;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// What could have been agreed, from a bargaining domain: the exact Pareto frontier, computed without enumerating
/// outcomes; the zone of agreement; Nash, Kalai–Smorodinsky (and the nearest-diagonal point, named apart), egalitarian
/// and utilitarian solutions with every tie; the ideal point; the opposition level; and the score of any outcome.
/// </summary>
/// <remarks>
/// <para>Utilities are linear-additive, <c>uᵢ(ω) = Σₖ wᵢₖ · vᵢₖ(ωₖ)</c>, with the weights as given (not normalised:
/// <see cref="PartyPreferences.Normalised"/> does that, when asked). They are computed in whole units of 10⁻¹², so
/// every comparison is exact: ties are ties, and two points 10⁻⁹ apart stay two points. The solutions are taken on the
/// rational frontier (every party at least at its reservation d); Nash needs every gain above zero and is undefined
/// without such a point; Kalai–Smorodinsky is undefined when a party's ideal equals its reservation.</para>
/// <para>The frontier is merged issue by issue with dominance pruning (<c>FrontierMerge</c>): for 12 issues of 8
/// options, a few thousand point operations per issue, where enumeration would visit 6.9 × 10¹⁰ outcomes. A frontier
/// can still be huge (an exactly zero-sum domain makes every outcome optimal), so it is capped
/// (<see cref="BargainingOptions.MaxFrontierSize"/>): past the cap the analysis stops with <c>frontier-too-large</c>.
/// An exactly zero-sum domain is recognised before merging, and said (<see cref="BargainingResult.IsZeroSum"/>).</para>
/// </remarks>
public static class BargainingAnalysis
{
    /// <summary>Analyses a bargaining domain.</summary>
    /// <param name="domain">The domain, with the preferences of at least two parties.</param>
    /// <param name="options">How to run; the defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>The result, or why there is none: the frontier grew past the cap, fewer than two parties have preferences, or the domain breaks the bargaining rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domain"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static OneOf<BargainingResult, BargainingFailure> Analyse(BargainingDomain domain, BargainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domain);
        options ??= new BargainingOptions();

        // A domain made in code is checked as a document would check it: the analysis needs it whole.
        var errors = new ErrorList(ValidationFailure.DefaultMaxErrors, ["bargaining"]);
        BargainingRules.Check(domain, errors);
        if (errors.Any)
        {
            return new BargainingFailure([.. errors.Listed()]);
        }

        if (domain.Preferences.Count < 2)
        {
            return Failure(ErrorCodes.TooFewParties, "$.bargaining.preferences", $"the domain gives the preferences of {domain.Preferences.Count} part{(domain.Preferences.Count == 1 ? "y" : "ies")}: bargaining needs two at least");
        }

        var table = UtilityTable.Of(domain, options.Time)!; // the rules above make every preference fit
        var isZeroSum = ZeroSum.Is(table);
        if (isZeroSum && ZeroSum.DistinctPoints(table, options.MaxFrontierSize, cancellationToken) is { } reached)
        {
            return Failure(ErrorCodes.FrontierTooLarge, "$.bargaining", $"the domain is exactly zero-sum: every outcome is Pareto-optimal, and the frontier has more than {options.MaxFrontierSize} distinct points", isZeroSum, reached);
        }

        var (frontier, size) = FrontierMerge.Compute(table, options.MaxFrontierSize, cancellationToken);
        if (frontier is null)
        {
            return Failure(ErrorCodes.FrontierTooLarge, "$.bargaining", $"the Pareto frontier grew past {options.MaxFrontierSize} points (the cap); raise BargainingOptions.MaxFrontierSize, or merge options", isZeroSum, size);
        }

        return Solve(domain, table, frontier, isZeroSum, options.CountRationalOutcomes, cancellationToken);
    }

    private static BargainingResult Solve(BargainingDomain domain, UtilityTable table, FrontierMerge.Frontier frontier, bool isZeroSum, bool countRational, CancellationToken cancellationToken)
    {
        var n = table.Parties;
        var d = table.Reservations;
        var points = new FrontierPoint[frontier.Count];
        var vectors = new VectorKey[frontier.Count];
        var rational = new List<int>();
        var positive = new List<int>(); // strictly better for everyone than the reservations: the zone, and Nash's candidates
        for (var j = 0; j < frontier.Count; j++)
        {
            var vector = frontier.Vector(j).ToArray();
            var utilities = new double[n];
            bool isRational = true, isPositive = true;
            for (var i = 0; i < n; i++)
            {
                utilities[i] = UtilityTable.ToUtility(vector[i]);
                isRational &= vector[i] >= d[i];
                isPositive &= vector[i] > d[i];
            }

            points[j] = new FrontierPoint(utilities, frontier.Multiplicity(j), frontier.Representative(j), isRational);
            vectors[j] = new VectorKey(vector);
            if (isRational)
            {
                rational.Add(j);
            }

            if (isPositive)
            {
                positive.Add(j);
            }
        }

        long Gain(int j, int i) => frontier.Utility(j, i) - d[i];

        var outcomes = domain.OutcomeCount;
        var count = countRational ? RationalCount.Count(table, outcomes, cancellationToken) : null;
        var zone = new ZoneOfAgreement(positive.Count > 0, count, count is { } c ? (double)c / (double)outcomes : null);

        // The ideal point: each party's best on the rational frontier (the best rational outcome is on it).
        long[]? ideal = null;
        if (rational.Count > 0)
        {
            ideal = new long[n];
            for (var i = 0; i < n; i++)
            {
                ideal[i] = long.MinValue;
                foreach (var j in rational)
                {
                    ideal[i] = Math.Max(ideal[i], frontier.Utility(j, i));
                }
            }
        }

        var solutions = new List<BargainingSolution>(5);
        if (rational.Count == 0)
        {
            const string none = "no outcome gives every party at least its reservation";
            solutions.AddRange(new[] { "nash", "kalai-smorodinsky", "nearest-diagonal", "egalitarian", "utilitarian" }.Select(name => new BargainingSolution(name, [], none)));
        }
        else
        {
            // Nash: the largest product of gains, every gain above zero.
            // Two gains' product fits an Int128 exactly; more need a BigInteger.
            solutions.Add(positive.Count == 0
                ? new BargainingSolution("nash", [], "no outcome gives every party more than its reservation")
                : n == 2
                    ? Best("nash", positive, points, j => (Int128)Gain(j, 0) * Gain(j, 1), (a, b) => a.CompareTo(b))
                    : Best("nash", positive, points, j => Product(j, n, Gain), (a, b) => a.CompareTo(b)));

            // Kalai–Smorodinsky and the nearest-diagonal point: gains as shares of the ideal gains rᵢ = aᵢ − dᵢ.
            var range = new long[n];
            for (var i = 0; i < n; i++)
            {
                range[i] = ideal![i] - d[i];
            }

            if (Array.IndexOf(range, 0L) >= 0)
            {
                const string flat = "a party's ideal equals its reservation, so its share of the ideal gain is undefined";
                solutions.Add(new BargainingSolution("kalai-smorodinsky", [], flat));
                solutions.Add(new BargainingSolution("nearest-diagonal", [], flat));
            }
            else
            {
                solutions.Add(Best("kalai-smorodinsky", rational, points, j => Share(j, n, Gain, range, smallest: true), CompareShares));
                solutions.Add(Best("nearest-diagonal", rational, points, j => Spread(j, n, Gain, range), (a, b) => -CompareSpreads(a, b)));
            }

            solutions.Add(Best("egalitarian", rational, points, SmallestGain, (a, b) => a.CompareTo(b)));
            solutions.Add(Best("utilitarian", rational, points, Total, (a, b) => a.CompareTo(b)));
        }

        long SmallestGain(int j)
        {
            var smallest = long.MaxValue;
            for (var i = 0; i < n; i++)
            {
                smallest = Math.Min(smallest, Gain(j, i));
            }

            return smallest;
        }

        Int128 Total(int j)
        {
            Int128 sum = 0;
            for (var i = 0; i < n; i++)
            {
                sum += frontier.Utility(j, i);
            }

            return sum;
        }

        // Opposition: the least distance to the point where every party has its best; its minimiser is on the frontier.
        var best = new long[n];
        for (var i = 0; i < n; i++)
        {
            best[i] = table.MaxUtility(i);
        }

        var opposition = double.PositiveInfinity;
        double? rationalOpposition = null;
        for (var j = 0; j < frontier.Count; j++)
        {
            double sum = 0;
            for (var i = 0; i < n; i++)
            {
                var shortfall = best[i] == 0 ? 0 : 1 - ((double)frontier.Utility(j, i) / best[i]);
                sum += shortfall * shortfall;
            }

            var distance = Math.Sqrt(sum);
            opposition = Math.Min(opposition, distance);
            if (points[j].IsRational)
            {
                rationalOpposition = Math.Min(rationalOpposition ?? double.PositiveInfinity, distance);
            }
        }

        return new BargainingResult(
            domain,
            table,
            points,
            vectors,
            isZeroSum,
            zone,
            ideal is null ? null : [.. ideal.Select(UtilityTable.ToUtility)],
            solutions,
            opposition,
            rationalOpposition);
    }

    /// <summary>Every candidate whose value is the greatest, in frontier order.</summary>
    private static BargainingSolution Best<T>(string name, List<int> candidates, FrontierPoint[] points, Func<int, T> value, Comparison<T> compare)
    {
        var best = new List<int>();
        T top = default!;
        foreach (var j in candidates)
        {
            var v = value(j);
            var order = best.Count == 0 ? 1 : compare(v, top);
            if (order > 0)
            {
                best.Clear();
                top = v;
            }

            if (order >= 0)
            {
                best.Add(j);
            }
        }

        return new BargainingSolution(name, [.. best.Select(j => points[j])]);
    }

    private static BigInteger Product(int j, int n, Func<int, int, long> gain)
    {
        var product = BigInteger.One;
        for (var i = 0; i < n; i++)
        {
            product *= gain(j, i);
        }

        return product;
    }

    /// <summary>The smallest (or largest) gain as a share of the ideal gain, as a fraction (gain, range).</summary>
    private static (Int128 Gain, Int128 Range) Share(int j, int n, Func<int, int, long> gain, long[] range, bool smallest)
    {
        (Int128 Gain, Int128 Range) chosen = (gain(j, 0), range[0]);
        for (var i = 1; i < n; i++)
        {
            (Int128, Int128) share = (gain(j, i), range[i]);
            var order = CompareShares(share, chosen);
            if (smallest ? order < 0 : order > 0)
            {
                chosen = share;
            }
        }

        return chosen;
    }

    private static int CompareShares((Int128 Gain, Int128 Range) a, (Int128 Gain, Int128 Range) b) => (a.Gain * b.Range).CompareTo(b.Gain * a.Range);

    /// <summary>
    /// The largest share minus the smallest, as a fraction: each product is of two numbers below 2⁶³, so the numerator
    /// and the denominator fit an Int128 exactly.
    /// </summary>
    private static (Int128 Numerator, Int128 Denominator) Spread(int j, int n, Func<int, int, long> gain, long[] range)
    {
        var high = Share(j, n, gain, range, smallest: false);
        var low = Share(j, n, gain, range, smallest: true);
        return ((high.Gain * low.Range) - (low.Gain * high.Range), high.Range * low.Range);
    }

    /// <summary>Compares two fractions with positive denominators: by their quotients when those differ clearly, else exactly.</summary>
    private static int CompareSpreads((Int128 Numerator, Int128 Denominator) a, (Int128 Numerator, Int128 Denominator) b)
    {
        var x = (double)a.Numerator / (double)a.Denominator;
        var y = (double)b.Numerator / (double)b.Denominator;
        if (Math.Abs(x - y) > 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y)))
        {
            return x.CompareTo(y);
        }

        return ((BigInteger)a.Numerator * (BigInteger)b.Denominator).CompareTo((BigInteger)b.Numerator * (BigInteger)a.Denominator);
    }

    private static BargainingFailure Failure(string code, string path, string message, bool isZeroSum = false, int? size = null)
        => new([new ValidationError(code, path, message)], isZeroSum, size);
}
