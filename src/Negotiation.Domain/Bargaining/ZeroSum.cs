namespace Negotiation.Domain.Bargaining;

/// <summary>
/// Recognises an exactly zero-sum domain before any merging: every issue's options lie on lines of one common
/// direction, and that direction raises one party's utility while it lowers another's. Every outcome then lies on one
/// such line, no outcome dominates another, and the frontier is every distinct outcome vector: for 12 issues of 8
/// options with unequal values, up to 8¹² points. The Nash point of such a problem is NP-hard in general (PARTITION
/// reduces to it), so the analysis counts the distinct points first, along one coordinate, and stops at the cap.
/// </summary>
internal static class ZeroSum
{
    /// <summary>Whether the domain is exactly zero-sum, as the summary says.</summary>
    public static bool Is(UtilityTable table)
    {
        var n = table.Parties;
        long[]? direction = null;
        for (var k = 0; k < table.Issues; k++)
        {
            for (var x = 1; x < table.Options(k); x++)
            {
                var step = new long[n];
                var moves = false;
                for (var i = 0; i < n; i++)
                {
                    step[i] = table.Term(k, x, i) - table.Term(k, 0, i);
                    moves |= step[i] != 0;
                }

                if (!moves)
                {
                    continue;
                }

                if (direction is null)
                {
                    direction = step;
                    continue;
                }

                // Parallel exactly when every 2 × 2 minor is zero; products of units fit an Int128.
                for (var i = 0; i < n; i++)
                {
                    for (var j = i + 1; j < n; j++)
                    {
                        if ((Int128)step[i] * direction[j] != (Int128)step[j] * direction[i])
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return direction is not null && direction.Any(v => v > 0) && direction.Any(v => v < 0);
    }

    /// <summary>
    /// For a zero-sum domain, the number of distinct outcome vectors once it passes <paramref name="cap"/>, or
    /// <see langword="null"/> when it stays within it. One coordinate that moves tells the points apart.
    /// </summary>
    public static int? DistinctPoints(UtilityTable table, int cap, CancellationToken cancellationToken)
    {
        var coordinate = 0;
        while (coordinate < table.Parties && Enumerable.Range(0, table.Issues).All(k => Enumerable.Range(0, table.Options(k)).All(x => table.Term(k, x, coordinate) == table.Term(k, 0, coordinate))))
        {
            coordinate++;
        }

        var sums = new HashSet<long> { 0 };
        for (var k = 0; k < table.Issues; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var terms = Enumerable.Range(0, table.Options(k)).Select(x => table.Term(k, x, coordinate)).Distinct().ToArray();
            var next = new HashSet<long>();
            foreach (var sum in sums)
            {
                foreach (var term in terms)
                {
                    next.Add(sum + term);
                    if (next.Count > cap)
                    {
                        return next.Count;
                    }
                }
            }

            sums = next;
        }

        return null;
    }
}
