using System.Numerics;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>
/// The bargaining analysis against an independent brute force (<see cref="BruteForce"/>), point by point, on many
/// random domains of up to 20 000 outcomes with ties, zero weights, and two or three parties; and the cases around it.
/// </summary>
public class BargainingAnalysisTests
{
    /// <summary>Utilities as the library reports them (units of 10⁻¹²) for a decimal utility.</summary>
    private static double U(decimal utility) => (double)utility;

    [Theory]
    [InlineData(2, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    public void The_merged_frontier_and_every_solution_equal_the_brute_forces_on_random_domains(int parties, int seedBase)
    {
        for (var round = 0; round < 40; round++)
        {
            var random = new Random((seedBase * 1000) + round);
            var domain = RandomDomain(random, parties, maxOutcomes: 20_000);
            var expected = new BruteForce(domain);

            var result = Analyse(domain).Match(r => r, f => throw new InvalidOperationException($"round {round}: {f}"));

            var context = $"round {round}, {domain.Issues.Count} issues, {domain.OutcomeCount} outcomes";
            Assert.True(expected.Frontier.Count == result.Frontier.Count, $"{context}: {expected.Frontier.Count} points by brute force, {result.Frontier.Count} merged");
            var byVector = expected.Frontier.ToDictionary(v => Key(v.Vector.Select(U)), v => v);
            foreach (var point in result.Frontier)
            {
                Assert.True(byVector.TryGetValue(Key(point.Utilities), out var reference), $"{context}: {Key(point.Utilities)} is not on the brute force's frontier");
                Assert.Equal(new BigInteger(reference.Count), point.Multiplicity);
                Assert.Equal(reference.Smallest, point.Representative);
                Assert.Equal(reference.Vector.Select((u, i) => u >= expected.Reservations[i]).All(ok => ok), point.IsRational);
            }

            Assert.Equal(expected.Zopa, result.Zone.Exists);
            Assert.Equal(new BigInteger(expected.RationalCount), result.Zone.RationalCount);
            Assert.Equal(expected.Ideal?.Select(U), result.Ideal);
            AssertSolution(expected.Nash, result.Nash, context);
            AssertSolution(expected.KalaiSmorodinsky, result.KalaiSmorodinsky, context);
            AssertSolution(expected.NearestDiagonal, result.NearestDiagonal, context);
            AssertSolution(expected.Egalitarian, result.Egalitarian, context);
            AssertSolution(expected.Utilitarian, result.Utilitarian, context);
        }
    }

    [Fact]
    public void Two_points_a_billionth_apart_stay_two_points()
    {
        // Two options worth 0.5 and 0.500000001 to one party and the reverse to the other: both are optimal.
        var domain = Domain(
            [["a", "b"]],
            Preferences("us", [1m], [[0.5m, 0.500000001m]]),
            Preferences("cn", [1m], [[0.500000001m, 0.5m]]));

        var frontier = Analyse(domain).AsT0.Frontier;

        Assert.Equal(2, frontier.Count);
        Assert.Equal([[0.500000001, 0.5], [0.5, 0.500000001]], frontier.Select(p => p.Utilities.ToArray()));
    }

    [Fact]
    public void An_exactly_zero_sum_domain_is_said_and_every_outcome_is_on_its_frontier()
    {
        var domain = Domain(
            [["a", "b", "c"], ["x", "y"]],
            Preferences("us", [0.5m, 0.5m], [[0m, 0.5m, 1m], [0m, 1m]]),
            Preferences("cn", [0.5m, 0.5m], [[1m, 0.5m, 0m], [1m, 0m]]));

        var result = Analyse(domain).AsT0;

        Assert.True(result.IsZeroSum);
        // US utility 0.25 × {0, 1, 2} + 0.5 × {0, 1}: 0, 0.25, 0.5 (twice: (c, x) and (a, y)), 0.75, 1.
        Assert.Equal([1, 0.75, 0.5, 0.25, 0], result.Frontier.Select(p => p.Utilities[0]));
        Assert.Equal([1, 1, 2, 1, 1], result.Frontier.Select(p => (int)p.Multiplicity));
        Assert.Equal([0, 1], result.Frontier[2].Representative); // (a, y) comes before (c, x)
    }

    [Fact]
    public void A_large_zero_sum_domain_stops_at_the_cap_before_merging_and_says_it_is_zero_sum()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 12).Select(_ => Enumerable.Range(0, 8).Select(_ => Math.Round((decimal)random.NextDouble(), 6)).ToArray()).ToArray();
        var domain = Domain(
            [.. Enumerable.Range(0, 12).Select(k => Enumerable.Range(0, 8).Select(x => $"o{x}").ToArray())],
            Preferences("us", [.. Enumerable.Repeat(1m, 12)], values),
            Preferences("cn", [.. Enumerable.Repeat(1m, 12)], [.. values.Select(v => v.Select(x => 1 - x).ToArray())]));

        var failure = Analyse(domain, new BargainingOptions { MaxFrontierSize = 10_000 }).AsT1;

        Assert.Equal((ErrorCodes.FrontierTooLarge, "$.bargaining"), (failure.Code, failure.Path));
        Assert.True(failure.IsZeroSum);
        Assert.True(failure.FrontierSize > 10_000);
    }

    [Fact]
    public void A_nearly_zero_sum_domain_is_not_caught_up_front_and_reaches_the_cap_in_the_merge()
    {
        var random = new Random(11);
        var values = Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, 6).Select(_ => Math.Round((decimal)random.NextDouble(), 6)).ToArray()).ToArray();
        var noisy = values.Select(v => v.Select(x => Math.Clamp(1 - x + (random.Next(2) == 0 ? 0.000000001m : 0m), 0m, 1m)).ToArray()).ToArray();
        var domain = Domain(
            [.. Enumerable.Range(0, 10).Select(k => Enumerable.Range(0, 6).Select(x => $"o{x}").ToArray())],
            Preferences("us", [.. Enumerable.Repeat(1m, 10)], values),
            Preferences("cn", [.. Enumerable.Repeat(1m, 10)], noisy));

        var failure = Analyse(domain, new BargainingOptions { MaxFrontierSize = 5_000 }).AsT1;

        Assert.Equal(ErrorCodes.FrontierTooLarge, failure.Code);
        Assert.False(failure.IsZeroSum);
        Assert.Equal(5_001, failure.FrontierSize);
    }

    [Fact]
    public void Nash_and_Kalai_Smorodinsky_do_not_change_when_a_partys_weights_are_scaled_and_the_egalitarian_point_may()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var domain = RandomDomain(new Random(500 + seed), 2, 5_000);
            var scaled = domain with
            {
                Preferences = [domain.Preferences[0], Scale(domain.Preferences[1], 0.5m)],
            };

            var a = Analyse(domain).AsT0;
            var b = Analyse(scaled).AsT0;

            Assert.Equal(a.Nash.Points.Select(p => p.Representative), b.Nash.Points.Select(p => p.Representative));
            Assert.Equal(a.KalaiSmorodinsky.Points.Select(p => p.Representative), b.KalaiSmorodinsky.Points.Select(p => p.Representative));
        }
    }

    [Fact]
    public void Without_a_rational_outcome_there_is_no_zone_no_ideal_and_no_solution_and_each_says_why()
    {
        var domain = Domain(
            [["a", "b"]],
            Preferences("us", [1m], [[1m, 0m]]) with { ReservationValue = 0.9m },
            Preferences("cn", [1m], [[0m, 1m]]) with { ReservationValue = 0.9m });

        var result = Analyse(domain).AsT0;

        Assert.False(result.Zone.Exists);
        Assert.Equal(BigInteger.Zero, result.Zone.RationalCount);
        Assert.Null(result.Ideal);
        Assert.All(result.Solutions, s => Assert.Equal("no outcome gives every party at least its reservation", s.Reason));
        Assert.Empty(result.RationalFrontier);
        Assert.Null(result.RationalOpposition);
    }

    [Fact]
    public void Nash_needs_a_gain_for_everyone_and_Kalai_Smorodinsky_an_ideal_above_the_reservation()
    {
        // The only rational outcome leaves China exactly at its reservation.
        var domain = Domain(
            [["a", "b"]],
            Preferences("us", [1m], [[1m, 0m]]),
            Preferences("cn", [1m], [[0.5m, 1m]]) with { ReservationValue = 0.5m });

        var result = Analyse(domain).AsT0;

        Assert.Equal("no outcome gives every party more than its reservation", result.Nash.Reason);
        Assert.False(result.Zone.Exists);
        Assert.Equal(2, result.Egalitarian.Points.Count); // both outcomes leave someone at its reservation: a tie, both kept
        Assert.Equal([[0], [1]], result.Egalitarian.Points.Select(p => p.Representative).OrderBy(r => r[0]));
    }

    [Fact]
    public void An_outcome_is_scored_against_the_frontier_and_Nash()
    {
        var domain = Domain(
            [["keep", "lift"], ["narrow", "broad"]],
            Preferences("us", [0.6m, 0.4m], [[1m, 0m], [0m, 1m]]),
            Preferences("cn", [0.7m, 0.3m], [[0m, 1m], [1m, 0m]]));
        var result = Analyse(domain).AsT0;

        var deal = result.Score([1, 1]); // lift, broad: each gets the issue it cares most about
        var bad = result.Score([0, 0]);

        Assert.Equal([0.4, 0.7], deal.Utilities);
        Assert.True(deal.IsParetoOptimal);
        Assert.Equal(0, deal.DistanceToFrontier);
        Assert.Equal(result.Nash.Primary!.Representative, [1, 1]);
        Assert.Equal(0, deal.DistanceToNash);
        Assert.Equal([0.6, 0.3], bad.Utilities);
        Assert.True(bad.IsParetoOptimal);
        Assert.Equal(["lift", "broad"], result.Labels([1, 1]));
        Assert.Equal("outcome", Assert.Throws<ArgumentException>(() => result.Score([2, 0])).ParamName);
    }

    [Fact]
    public void A_domain_made_in_code_that_breaks_the_rules_is_refused_with_each_error_at_its_path()
    {
        var domain = Domain(
            [["a", "b"], ["x", "y"]],
            Preferences("us", [0m, 0m], [[1m, 0m], [1m, 0m]]),
            Preferences("cn", [1m], [[0m, 1m]]));

        var failure = Analyse(domain).AsT1;

        Assert.Equal(
            [(ErrorCodes.ZeroWeights, "$.bargaining.preferences[0].issues"), (ErrorCodes.PreferenceIssueOrder, "$.bargaining.preferences[1].issues")],
            failure.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void One_party_is_too_few_to_bargain()
    {
        var domain = Domain([["a", "b"]], Preferences("us", [1m], [[1m, 0m]]));

        var failure = Analyse(domain).AsT1;

        Assert.Equal((ErrorCodes.TooFewParties, "$.bargaining.preferences"), (failure.Code, failure.Path));
    }

    [Fact]
    public void The_rational_count_can_be_turned_off_and_the_zone_is_still_known()
    {
        var domain = RandomDomain(new Random(21), 2, 5_000);

        var counted = Analyse(domain).AsT0;
        var uncounted = Analyse(domain, new BargainingOptions { CountRationalOutcomes = false }).AsT0;

        Assert.NotNull(counted.Zone.RationalCount);
        Assert.Null(uncounted.Zone.RationalCount);
        Assert.Null(uncounted.Zone.RationalShare);
        Assert.Equal(counted.Zone.Exists, uncounted.Zone.Exists);
        Assert.Equal(counted.Frontier, uncounted.Frontier);
    }

    [Fact]
    public void A_cancelled_analysis_throws_OperationCanceledException()
    {
        var domain = RandomDomain(new Random(3), 2, 20_000);

        Assert.Throws<OperationCanceledException>(() => BargainingAnalysis.Analyse(domain, null, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_twelve_by_eight_domain_is_analysed_without_enumerating_its_outcomes()
    {
        var random = new Random(42);
        var domain = Domain(
            [.. Enumerable.Range(0, 12).Select(k => Enumerable.Range(0, 8).Select(x => $"o{x}").ToArray())],
            Preferences("us", [.. Enumerable.Range(0, 12).Select(_ => Math.Round((decimal)random.NextDouble(), 3))], [.. Enumerable.Range(0, 12).Select(_ => Enumerable.Range(0, 8).Select(_ => Math.Round((decimal)random.NextDouble(), 3)).ToArray())]),
            Preferences("cn", [.. Enumerable.Range(0, 12).Select(_ => Math.Round((decimal)random.NextDouble(), 3))], [.. Enumerable.Range(0, 12).Select(_ => Enumerable.Range(0, 8).Select(_ => Math.Round((decimal)random.NextDouble(), 3)).ToArray())]));

        var result = Analyse(domain).AsT0;

        Assert.Equal(BigInteger.Pow(8, 12), result.OutcomeCount);
        Assert.InRange(result.Frontier.Count, 2, 1_000);
        Assert.Null(result.Zone.RationalCount); // 6.9 × 10¹⁰ outcomes: not counted
        Assert.True(result.Nash.IsDefined);
        Assert.Equal(result.OutcomeCount, BigInteger.Pow(8, 12));
    }

    private static OneOf.OneOf<BargainingResult, BargainingFailure> Analyse(BargainingDomain domain, BargainingOptions? options = null)
        => BargainingAnalysis.Analyse(domain, options, TestContext.Current.CancellationToken);

    // ---- domains ----

    internal static BargainingDomain Domain(string[][] options, params PartyPreferences[] preferences)
        => new(
            [.. options.Select((labels, k) => new NegotiableIssue(new IssueId($"issue-{k}"), [.. labels.Select(l => new BargainingOption(l))]))],
            [.. preferences]);

    internal static PartyPreferences Preferences(string party, decimal[] weights, decimal[][] values)
        => new(new PartyId(party), [.. weights.Select((w, k) => new IssuePreference(new IssueId($"issue-{k}"), w, [.. values[k]]))]);

    /// <summary>
    /// A random domain: 1 to 6 issues of 1 to 8 options, at most <paramref name="maxOutcomes"/> outcomes; weights on a
    /// grid of 0.05 (some zero), values on a grid of 0.25 or 0.01 (coarse grids make ties), reservations now and then
    /// as a value or an outcome.
    /// </summary>
    internal static BargainingDomain RandomDomain(Random random, int parties, int maxOutcomes)
    {
        var counts = new List<int>();
        long outcomes = 1;
        var issues = random.Next(1, 7);
        for (var k = 0; k < issues; k++)
        {
            var m = random.Next(1, 9);
            if (outcomes * m > maxOutcomes)
            {
                break;
            }

            counts.Add(m);
            outcomes *= m;
        }

        var coarse = random.Next(2) == 0;
        var options = counts.Select(m => Enumerable.Range(0, m).Select(x => $"o{x}").ToArray()).ToArray();
        var preferences = new List<PartyPreferences>();
        for (var i = 0; i < parties; i++)
        {
            var weights = counts.Select(_ => random.Next(4) == 0 ? 0m : random.Next(0, 21) * 0.05m).ToArray();
            if (weights.All(w => w == 0))
            {
                weights[0] = 0.5m;
            }

            var values = counts.Select(m => Enumerable.Range(0, m).Select(_ => coarse ? random.Next(0, 5) * 0.25m : random.Next(0, 101) * 0.01m).ToArray()).ToArray();
            var preference = Preferences($"p{i}", weights, values);
            preference = random.Next(3) switch
            {
                0 => preference with { ReservationValue = random.Next(0, 11) * 0.05m * weights.Sum() },
                1 => preference with { ReservationOutcome = [.. counts.Select(m => $"o{random.Next(m)}")] },
                _ => preference,
            };
            preferences.Add(preference);
        }

        return Domain(options, [.. preferences]);
    }

    private static PartyPreferences Scale(PartyPreferences preferences, decimal factor)
        => preferences with
        {
            Issues = [.. preferences.Issues.Select(i => i with { Weight = i.Weight * factor })],
            ReservationValue = preferences.ReservationValue * factor,
        };

    private static string Key(IEnumerable<double> vector) => string.Join(",", vector.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    private static void AssertSolution(IEnumerable<decimal[]> expected, BargainingSolution actual, string context)
    {
        var want = expected.Select(v => Key(v.Select(U))).Order(StringComparer.Ordinal).ToList();
        var got = actual.Points.Select(p => Key(p.Utilities)).Order(StringComparer.Ordinal).ToList();
        Assert.True(want.SequenceEqual(got), $"{context}: {actual.Name}: expected [{string.Join("; ", want)}], got [{string.Join("; ", got)}] ({actual.Reason})");
    }
}
