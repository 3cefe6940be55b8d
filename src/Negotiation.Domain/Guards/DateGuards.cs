using Ardalis.GuardClauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Guards;

/// <summary>
/// Guards for partial dates: a date that must be set (not <c>default</c>), and an end that must not be before its start.
/// Each throws an <see cref="ArgumentException"/> that names the property.
/// </summary>
internal static class DateGuards
{
    /// <summary>Throws when <paramref name="value"/> is the <c>default</c> date, which is no date.</summary>
    public static PartialDate DefaultDate(this IGuardClause guard, PartialDate value, string parameterName)
        => value.IsDefault ? throw new ArgumentException($"{JsonNames.Member(parameterName)} must be a date, not default.", parameterName) : value;

    /// <summary>Throws when <paramref name="value"/> is set to the <c>default</c> date; <see langword="null"/> passes.</summary>
    public static PartialDate? DefaultDate(this IGuardClause guard, PartialDate? value, string parameterName)
        => value is null ? null : guard.DefaultDate(value.Value, parameterName);

    /// <summary>
    /// Throws with the code <c>date-order</c> when <paramref name="end"/> is certainly before <paramref name="start"/>;
    /// partial dates that overlap (<c>2020</c> and <c>2020-05</c>) are in order, and a missing date is never out of it.
    /// The exception names the member being set: <paramref name="endName"/> (a constructor sets the end after the
    /// start, so a document that breaks the rule is wrong at its end), or <paramref name="startName"/> when
    /// <paramref name="settingStart"/> is set (a <c>with</c> that moves the start past the end).
    /// </summary>
    public static void DateOutOfOrder(this IGuardClause guard, PartialDate? start, PartialDate? end, string startName, string endName, bool settingStart = false)
    {
        if (start is { } s && end is { } e && e.IsBefore(s))
        {
            throw RuleCode.With(
                settingStart
                    ? new ArgumentException($"{JsonNames.Member(startName)} ({s}) is after {JsonNames.Member(endName)} ({e}).", startName)
                    : new ArgumentException($"{JsonNames.Member(endName)} ({e}) is before {JsonNames.Member(startName)} ({s}).", endName),
                ErrorCodes.DateOrder);
        }
    }
}
