using Negotiation.Domain.Dates;

namespace Negotiation.Domain.Performance;

/// <summary>What a performance history says: shared by commitments and pledges, which both have one.</summary>
internal static class PerformanceHistory
{
    /// <summary>The status the last change sets, or pending when there is none.</summary>
    public static PerformanceStatus Current(ReadOnlySpan<PerformanceChange> changes)
        => changes.IsEmpty ? PerformanceStatus.Pending : changes[^1].Status;

    /// <summary>The status the last change that counts by the last day of <paramref name="date"/> sets, or pending.</summary>
    public static PerformanceStatus On(ReadOnlySpan<PerformanceChange> changes, PartialDate date)
        => DatedHistory.LastOn(changes, date.End) is { } last ? changes[last].Status : PerformanceStatus.Pending;

    /// <summary>The date of the first change that set it carried out, if one is dated: when it was completed.</summary>
    public static PartialDate? CompletedOn(ReadOnlySpan<PerformanceChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.Status == PerformanceStatus.CarriedOut)
            {
                return change.Date;
            }
        }

        return null;
    }
}
