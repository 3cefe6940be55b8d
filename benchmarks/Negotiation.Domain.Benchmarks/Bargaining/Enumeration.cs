using Negotiation.Domain.Bargaining;

namespace Negotiation.Domain.Benchmarks.Bargaining;

/// <summary>
/// The frontier by enumeration, done well, as NegMAS and GENIUS enumerate: every outcome visited by an odometer, its
/// utilities updated by the one issue that changed (not summed again), and a sorted skyline (a staircase of the
/// non-dominated points: first utility rising, second falling) kept as it goes, each outcome a binary search. Two
/// parties. The baseline of <see cref="FrontierBenchmarks"/>: it returns the frontier's size, as the merge does.
/// </summary>
public static class Enumeration
{
    public static int FrontierSize(BargainingDomain domain)
    {
        var issues = domain.Issues.Count;
        var counts = domain.Issues.Select(i => i.Options.Count).ToArray();
        var terms = Enumerable.Range(0, issues).Select(k => Enumerable.Range(0, counts[k]).Select(x =>
            ((double)(domain.Preferences[0].Issues[k].Weight * domain.Preferences[0].Issues[k].Values[x]),
             (double)(domain.Preferences[1].Issues[k].Weight * domain.Preferences[1].Issues[k].Values[x]))).ToArray()).ToArray();

        var outcome = new int[issues];
        double u1 = 0, u2 = 0;
        for (var k = 0; k < issues; k++)
        {
            u1 += terms[k][0].Item1;
            u2 += terms[k][0].Item2;
        }

        var xs = new List<double>();
        var ys = new List<double>();
        while (true)
        {
            Insert(xs, ys, u1, u2);

            // The odometer: the last issue turns fastest; only the issues that change update the utilities.
            var k = issues - 1;
            while (k >= 0)
            {
                u1 -= terms[k][outcome[k]].Item1;
                u2 -= terms[k][outcome[k]].Item2;
                outcome[k]++;
                if (outcome[k] < counts[k])
                {
                    u1 += terms[k][outcome[k]].Item1;
                    u2 += terms[k][outcome[k]].Item2;
                    break;
                }

                outcome[k] = 0;
                u1 += terms[k][0].Item1;
                u2 += terms[k][0].Item2;
                k--;
            }

            if (k < 0)
            {
                return xs.Count;
            }
        }
    }

    /// <summary>Inserts (x, y) into the staircase (x rising, y falling) unless a step dominates or equals it; drops the steps it dominates.</summary>
    private static void Insert(List<double> xs, List<double> ys, double x, double y)
    {
        var at = xs.BinarySearch(x);
        var index = at >= 0 ? at : ~at;

        // The first step with at least this x has the largest y among them: dominated, or equal, if that y is at least y.
        if (index < xs.Count && ys[index] >= y)
        {
            return;
        }

        var from = index;
        while (from > 0 && ys[from - 1] <= y)
        {
            from--;
        }

        xs.RemoveRange(from, index - from);
        ys.RemoveRange(from, index - from);
        xs.Insert(from, x);
        ys.Insert(from, y);
    }
}
