namespace Negotiation.Domain.Dates;

/// <summary>
/// A dated change in a history: a sanction's (<see cref="Sanctions.SanctionChange"/>), a commitment's performance
/// (<see cref="Performance.PerformanceChange"/>). Both count the same way, so one reading of "as of a day" serves both.
/// </summary>
internal interface IDatedChange
{
    /// <summary>When the change took effect, if known.</summary>
    PartialDate? Date { get; }
}

/// <summary>How the changes of a history count on a day.</summary>
internal static class DatedHistory
{
    /// <summary>
    /// The index of the last change that counts by <paramref name="day"/>, if any. A dated change counts from the first
    /// day of its date (one dated <c>2023-11</c> from 2023-11-01); an undated one from right after the change listed
    /// before it, or from the start of time when it is the first. The changes are in date order, so the first dated
    /// change that does not count yet ends the search.
    /// </summary>
    public static int? LastOn<T>(ReadOnlySpan<T> changes, DateOnly day)
        where T : IDatedChange
    {
        int? last = null;
        for (var i = 0; i < changes.Length; i++)
        {
            if (changes[i].Date is { } date && date.Start > day)
            {
                break;
            }

            last = i;
        }

        return last;
    }

    /// <summary>The date of the last dated change, if any.</summary>
    public static PartialDate? LastDated<T>(ReadOnlySpan<T> changes)
        where T : IDatedChange
    {
        for (var i = changes.Length - 1; i >= 0; i--)
        {
            if (changes[i].Date is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
