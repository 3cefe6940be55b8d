using System.Numerics;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// How many outcomes give every party at least its reservation, counted without listing them one by one: the issues
/// are split in two halves of about equal size, every package of each half is listed, and the pairs that reach every
/// reservation are counted. Two parties: a sweep over one half's packages, with the other's in a Fenwick tree (about
/// √|Ω| log |Ω| steps). Three or more: each pair is checked (about |Ω| steps), so the count is given up to a smaller size.
/// </summary>
internal static class RationalCount
{
    /// <summary>The most outcomes counted for two parties.</summary>
    public static readonly BigInteger MaxOutcomesForTwo = BigInteger.Pow(10, 8);

    /// <summary>The most outcomes counted for three or more parties, whose count checks each pair.</summary>
    public static readonly BigInteger MaxOutcomesForMore = BigInteger.Pow(10, 7);

    /// <summary>The most packages a half may hold.</summary>
    private const int MaxHalf = 4_000_000;

    /// <summary>The number of rational outcomes, or <see langword="null"/> when the domain is too large to count.</summary>
    public static long? Count(UtilityTable table, BigInteger outcomes, CancellationToken cancellationToken)
    {
        if (outcomes > (table.Parties == 2 ? MaxOutcomesForTwo : MaxOutcomesForMore))
        {
            return null;
        }

        // Split where the product of the first half's option counts comes nearest the square root of the whole.
        var root = Math.Sqrt((double)outcomes);
        var split = 0;
        double product = 1;
        while (split < table.Issues && product * table.Options(split) <= root * 1.0000001)
        {
            product *= table.Options(split);
            split++;
        }

        var first = Packages(table, 0, split, cancellationToken);
        var second = Packages(table, split, table.Issues, cancellationToken);
        if (first is null || second is null)
        {
            return null;
        }

        return table.Parties == 2 ? CountTwo(first, second, table.Reservations) : CountMore(first, second, table.Parties, table.Reservations, cancellationToken);
    }

    /// <summary>Every package of issues [from, to), as party-minor vectors, or null past <see cref="MaxHalf"/>.</summary>
    private static long[]? Packages(UtilityTable table, int from, int to, CancellationToken cancellationToken)
    {
        var n = table.Parties;
        var current = new long[n];
        var count = 1L;
        for (var k = from; k < to; k++)
        {
            count *= table.Options(k);
            if (count > MaxHalf)
            {
                return null;
            }
        }

        var packages = new long[count * n];
        var filled = 1;
        for (var k = from; k < to; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var m = table.Options(k);
            for (var x = m - 1; x >= 0; x--) // from the last option, so the first copy can stay in place
            {
                for (var j = 0; j < filled; j++)
                {
                    for (var i = 0; i < n; i++)
                    {
                        packages[(((x * filled) + j) * n) + i] = packages[(j * n) + i] + table.Term(k, x, i);
                    }
                }
            }

            filled *= m;
        }

        return packages;
    }

    private static long CountTwo(long[] first, long[] second, long[] reservations)
    {
        // Queries: a package of the first half needs b₁ ≥ d₁ − a₁ and b₂ ≥ d₂ − a₂. Answered in falling order of the
        // first threshold, the second half's packages go into the tree as their b₁ reaches it.
        var a = first.Length / 2;
        var b = second.Length / 2;
        var byB1 = Enumerable.Range(0, b).OrderByDescending(j => second[2 * j]).ToArray();
        var b2Sorted = Enumerable.Range(0, b).Select(j => second[(2 * j) + 1]).Distinct().Order().ToArray();
        var tree = new long[b2Sorted.Length + 1];
        var queries = Enumerable.Range(0, a).OrderByDescending(i => reservations[0] - first[2 * i]).ToArray();
        long total = 0;
        var next = 0;
        foreach (var i in queries)
        {
            var need1 = reservations[0] - first[2 * i];
            var need2 = reservations[1] - first[(2 * i) + 1];
            while (next < b && second[2 * byB1[next]] >= need1)
            {
                // Stored by rank from the top, so that a prefix sum counts the packages with the larger b₂.
                var rank = b2Sorted.Length - Array.BinarySearch(b2Sorted, second[(2 * byB1[next]) + 1]);
                for (var r = rank; r < tree.Length; r += r & -r)
                {
                    tree[r]++;
                }

                next++;
            }

            // Packages with b₂ ≥ need2: ranks 1 .. (the count of distinct b₂ values at least need2).
            var lower = LowerBound(b2Sorted, need2);
            for (var r = b2Sorted.Length - lower; r > 0; r -= r & -r)
            {
                total += tree[r];
            }
        }

        return total;
    }

    private static long CountMore(long[] first, long[] second, int n, long[] reservations, CancellationToken cancellationToken)
    {
        long total = 0;
        var a = first.Length / n;
        var b = second.Length / n;
        for (var i = 0; i < a; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var j = 0; j < b; j++)
            {
                var ok = true;
                for (var p = 0; p < n && ok; p++)
                {
                    ok = first[(i * n) + p] + second[(j * n) + p] >= reservations[p];
                }

                if (ok)
                {
                    total++;
                }
            }
        }

        return total;
    }

    private static int LowerBound(long[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
