using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;

namespace Negotiation.Domain.Guards;

/// <summary>
/// Guards for the numbers of a bargaining domain: values in [0, 1], weights in [0, 1 000], a discount in (0, 1], a
/// reservation value in [0, 1 000 000]. Each keeps the decimal in its canonical form, so equal numbers write alike.
/// The upper bounds keep every utility exact in the analysis's fixed-point arithmetic (units of 10⁻¹²).
/// </summary>
internal static class BargainingGuards
{
    /// <summary>The largest weight an issue may have.</summary>
    public const decimal MaxWeight = 1_000m;

    /// <summary>The largest reservation value.</summary>
    public const decimal MaxReservation = 1_000_000m;

    /// <summary>Throws unless <paramref name="value"/> is in [0, 1].</summary>
    public static decimal OutsideUnitInterval(this IGuardClause guard, decimal value, string parameterName)
        => value is < 0 or > 1 ? throw new ArgumentOutOfRangeException(parameterName, value, $"{JsonNames.Member(parameterName)} must be between 0 and 1.") : AmountGuards.Canonical(value);

    /// <summary>Throws unless every item of <paramref name="value"/> is in [0, 1].</summary>
    public static EquatableArray<decimal> OutsideUnitIntervals(this IGuardClause guard, EquatableArray<decimal> value, string parameterName)
    {
        var items = value.AsSpan();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is < 0 or > 1)
            {
                throw new ArgumentOutOfRangeException(parameterName, items[i], $"{JsonNames.Member(parameterName)}[{i}] must be between 0 and 1.");
            }
        }

        return value.Select(AmountGuards.Canonical).ToEquatableArray();
    }

    /// <summary>Throws unless <paramref name="value"/> is in [0, <see cref="MaxWeight"/>].</summary>
    public static decimal OutsideWeightRange(this IGuardClause guard, decimal value, string parameterName)
        => value is < 0 or > MaxWeight ? throw new ArgumentOutOfRangeException(parameterName, value, $"{JsonNames.Member(parameterName)} must be between 0 and {MaxWeight}.") : AmountGuards.Canonical(value);

    /// <summary>Throws unless <paramref name="value"/> is absent or in (0, 1].</summary>
    public static decimal? OutsideDiscountRange(this IGuardClause guard, decimal? value, string parameterName)
        => value is { } v ? v is <= 0 or > 1 ? throw new ArgumentOutOfRangeException(parameterName, v, $"{JsonNames.Member(parameterName)} must be more than 0 and at most 1.") : AmountGuards.Canonical(v) : null;

    /// <summary>Throws unless <paramref name="value"/> is absent or in [0, <see cref="MaxReservation"/>].</summary>
    public static decimal? OutsideReservationRange(this IGuardClause guard, decimal? value, string parameterName)
        => value is { } v ? v is < 0 or > MaxReservation ? throw new ArgumentOutOfRangeException(parameterName, v, $"{JsonNames.Member(parameterName)} must be between 0 and {MaxReservation}.") : AmountGuards.Canonical(v) : null;
}
