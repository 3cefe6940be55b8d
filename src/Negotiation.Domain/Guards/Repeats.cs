namespace Negotiation.Domain.Guards;

/// <summary>Finds the first item of a list that repeats an earlier one, the check behind every "no repeat" guard.</summary>
internal static class Repeats
{
    // Lists of ids in a record are short (a sanction's targets, an agreement's parties): comparing each item with the
    // ones before it costs less than a hash set, which every record read would otherwise allocate.
    private const int MostComparedPairwise = 16;

    /// <summary>The index of the first item equal to an earlier one, or -1 when all differ.</summary>
    public static int First<T>(ReadOnlySpan<T> items)
    {
        var comparer = EqualityComparer<T>.Default;
        if (items.Length <= MostComparedPairwise)
        {
            for (var i = 1; i < items.Length; i++)
            {
                for (var k = 0; k < i; k++)
                {
                    if (comparer.Equals(items[i], items[k]))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        var seen = new HashSet<T>(items.Length, comparer);
        for (var i = 0; i < items.Length; i++)
        {
            if (!seen.Add(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
