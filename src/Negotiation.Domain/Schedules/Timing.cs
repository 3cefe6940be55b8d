using Ardalis.GuardClauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Schedules;

/// <summary>
/// When a commitment starts or falls due: exactly one of a date, a milestone of its agreement ("7 years after entry
/// into force") or the completion of another commitment ("within 5 days of the withdrawal"), and, with a milestone or
/// a commitment, an optional offset after it (none is the day itself; after a date, that many days, months, ... later).
/// </summary>
[FormatRecord]
public sealed record Timing
{
    /// <summary>Creates a timing: give exactly one of <paramref name="date"/>, <paramref name="milestone"/> and <paramref name="after"/>.</summary>
    /// <param name="date">An absolute date, as precise as known.</param>
    /// <param name="milestone">A milestone of the commitment's own agreement.</param>
    /// <param name="after">Another commitment, from whose completion it counts.</param>
    /// <param name="offset">How long after the date, the milestone or the completion; none is the day itself.</param>
    /// <exception cref="ArgumentException">None, or more than one, of the three is given.</exception>
    public Timing(PartialDate? date = null, MilestoneId? milestone = null, CommitmentId? after = null, Duration? offset = null)
    {
        if (date is null && milestone is null && after is null)
        {
            // In code, the first anchor's parameter is named; the reader reports it at the timing itself, where no one member is wrong.
            throw new ArgumentException("A timing needs a date, a milestone or a commitment (after).", nameof(date));
        }

        // Only the anchors given are assigned: each assignment checks that the timing then has exactly one, and an
        // anchor left out is already none.
        Offset = offset;
        if (date is not null)
        {
            Date = date;
        }

        if (milestone is not null)
        {
            Milestone = milestone;
        }

        if (after is not null)
        {
            After = after;
        }
    }

    /// <summary>An absolute date, as precise as known.</summary>
    public PartialDate? Date { get; init => field = TimingShape(Guard.Against.DefaultDate(value, nameof(Date)), nameof(Date), value is null ? 0 : 1, Milestone, After); }

    /// <summary>A milestone of the commitment's own agreement.</summary>
    public MilestoneId? Milestone { get; init => field = TimingShape(Guard.Against.DefaultId(value, nameof(Milestone)), nameof(Milestone), value is null ? 0 : 1, Date, After); }

    /// <summary>Another commitment, from whose completion it counts.</summary>
    public CommitmentId? After { get; init => field = TimingShape(Guard.Against.DefaultId(value, nameof(After)), nameof(After), value is null ? 0 : 1, Date, Milestone); }

    /// <summary>How long after the date, the milestone or the completion; none is the day itself.</summary>
    public Duration? Offset { get; init; }

    /// <summary>
    /// The guard of the three anchors: throws, naming <paramref name="member"/>, unless the timing has exactly one once
    /// it is assigned. So a <c>with</c> cannot leave a timing without an anchor, nor give it two: to change the anchor,
    /// make a new timing.
    /// </summary>
    private static T TimingShape<T>(T value, string member, int set, object? other, object? third)
        => (set + (other is null ? 0 : 1) + (third is null ? 0 : 1)) switch
        {
            0 => throw new ArgumentException("A timing needs a date, a milestone or a commitment (after).", member),
            1 => value,
            _ => throw new ArgumentException("A timing has one of a date, a milestone and a commitment (after), not two.", member),
        };
}
