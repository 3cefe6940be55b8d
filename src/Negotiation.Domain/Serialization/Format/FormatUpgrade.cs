using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// Turns a root read in an earlier version of the format into the current version, losing nothing, before the document
/// rules are checked: the rest of the library only ever sees the current version.
/// </summary>
/// <remarks>
/// <para>Version 2 adds members to version 1, and changes what one set of them means: a version-1 sanction's
/// <c>status</c>, <c>startDate</c>, <c>endDate</c> and <c>endedBy</c> become its <c>history</c>, the dated changes its
/// status follows from. The reader still takes those members (they are <see cref="FormatLegacyAttribute"/> members of
/// <see cref="Sanction"/>), and this step moves them:</para>
/// <list type="bullet">
/// <item>a start date becomes an <c>imposed</c> change on that date;</item>
/// <item>a lifted or expired status becomes a <c>lifted</c> or <c>expired</c> change on the end date, made by what
/// <c>endedBy</c> names;</item>
/// <item>a proposed or suspended status becomes a <c>proposed</c> or <c>suspended</c> change, undated (version 1 did not
/// date them);</item>
/// <item>an active status with no start date leaves the history empty: in force, since a date not given.</item>
/// </list>
/// <para>Version 1 allowed an end date, or an <c>endedBy</c>, beside a status that had not ended. Those stay on the
/// status's change: the end date in its note, what ended it in its <c>by</c>. A sanction that has both version-1
/// members and a history is left as read, and the document rules report it.</para>
/// </remarks>
internal static class FormatUpgrade
{
    /// <summary>The root as the current version has it.</summary>
    public static RawDocument ToCurrent(RawDocument root)
    {
        if (!root.FormatVersion.IsEarlier)
        {
            return root; // a version-1 member left in a current document is reported by the document rules
        }

        var sanctions = root.Sanctions;
        if (sanctions.Any(static s => s.HasVersion1Members))
        {
            sanctions = sanctions.Select(static s => s.HasVersion1Members && s.History.IsEmpty ? Upgrade(s) : s).ToEquatableArray();
        }

        return root with { FormatVersion = FormatVersion.Current, Sanctions = sanctions };
    }

    /// <summary>A version-1 sanction as version 2 has it.</summary>
    internal static Sanction Upgrade(Sanction sanction)
    {
        var status = sanction.Version1Status ?? SanctionStatus.Active;
        var start = sanction.Version1StartDate;
        var end = sanction.Version1EndDate;
        var by = sanction.Version1EndedBy;
        var history = new List<SanctionChange>(2);
        if (start is { } s)
        {
            history.Add(status == SanctionStatus.Proposed
                ? new SanctionChange(SanctionChangeKind.Proposed, note: $"Version 1 gave this proposed sanction the start date {s}.")
                : new SanctionChange(SanctionChangeKind.Imposed, s));
        }

        switch (status)
        {
            case SanctionStatus.Lifted or SanctionStatus.Expired:
                history.Add(new SanctionChange(status == SanctionStatus.Lifted ? SanctionChangeKind.Lifted : SanctionChangeKind.Expired, end, by));
                break;
            case SanctionStatus.Suspended or SanctionStatus.Waived:
                history.Add(new SanctionChange(status == SanctionStatus.Suspended ? SanctionChangeKind.Suspended : SanctionChangeKind.Waived, by: by, note: EndNote(end)));
                break;
            case SanctionStatus.Proposed when history.Count == 0:
                history.Add(new SanctionChange(SanctionChangeKind.Proposed, by: by, note: EndNote(end)));
                break;
            case SanctionStatus.Active when history.Count == 0 && (end is not null || by is not null):
                history.Add(new SanctionChange(SanctionChangeKind.Imposed, by: by, note: EndNote(end)));
                break;
            default:
                // A proposal or an imposition already listed carries what is left: what ended it, and the end date in words.
                if (history.Count > 0 && (end is not null || by is not null))
                {
                    history[^1] = history[^1] with { By = by, Note = Join(history[^1].Note, EndNote(end)) };
                }

                break;
        }

        return sanction with
        {
            History = [.. history],
            Version1Status = null,
            Version1EndDate = null,
            Version1StartDate = null,
            Version1EndedBy = null,
        };
    }

    private static string? EndNote(PartialDate? end) => end is { } e ? $"Version 1 gave the end date {e}, with a status that had not ended." : null;

    private static string? Join(string? first, string? second) => first is null ? second : second is null ? first : $"{first} {second}";
}
