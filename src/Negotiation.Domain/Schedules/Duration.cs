using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Schedules;

/// <summary>
/// A period as an agreement states it: a whole number of days, weeks, months or years, written
/// <c>{"amount": 14, "unit": "day"}</c>. Not an ISO 8601 string (<c>P14D</c>): that form also allows mixed periods
/// (<c>P1Y2M</c>), fractions and times of day, which no text here needs and each of which would need its own rule,
/// while two members are read, checked and described to the schema like every other member, each with its own path.
/// </summary>
[FormatRecord]
public sealed record Duration
{
    /// <summary>Creates a duration.</summary>
    /// <param name="amount">How many units; at least one (a period of none is the day itself: leave the duration out).</param>
    /// <param name="unit">The unit.</param>
    public Duration(int amount, DurationUnit unit)
    {
        Amount = amount;
        Unit = unit;
    }

    /// <summary>How many units; at least one.</summary>
    public int Amount { get; init => field = Guard.Against.BelowMinimum(value, nameof(Amount), 1); }

    /// <summary>The unit.</summary>
    public DurationUnit Unit { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Unit)); }

    /// <summary>The day this duration after <paramref name="from"/>: a month or a year from a day a shorter month lacks is that month's last day.</summary>
    /// <param name="from">The day it counts from.</param>
    /// <returns>The day it ends.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day is past the last a <see cref="DateOnly"/> holds.</exception>
    /// <exception cref="OverflowException">So many weeks are more days than a number holds.</exception>
    internal DateOnly After(DateOnly from) => Unit switch
    {
        DurationUnit.Day => from.AddDays(Amount),
        DurationUnit.Week => from.AddDays(checked(7 * Amount)),
        DurationUnit.Month => from.AddMonths(Amount),
        _ => from.AddYears(Amount),
    };
}
