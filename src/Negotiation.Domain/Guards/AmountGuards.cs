using Ardalis.GuardClauses;
using Negotiation.Domain.Quantities;

namespace Negotiation.Domain.Guards;

/// <summary>
/// Guards for the amounts and units of quantities: an amount is not negative and is kept in one canonical form, and a
/// unit is set. Each throws an <see cref="ArgumentException"/> that names the property.
/// </summary>
internal static class AmountGuards
{
    /// <summary>
    /// Throws an <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is negative; returns it in its
    /// canonical form (<see cref="Canonical"/>), so that equal amounts are held, and written, alike.
    /// </summary>
    public static decimal NegativeAmount(this IGuardClause guard, decimal value, string parameterName)
        => value < 0 ? throw new ArgumentOutOfRangeException(parameterName, value, $"{JsonNames.Member(parameterName)} must not be negative.") : Canonical(value);

    /// <summary>Throws when <paramref name="value"/> is the <c>default</c> unit, which is no unit.</summary>
    public static QuantityUnit DefaultUnit(this IGuardClause guard, QuantityUnit value, string parameterName)
        => value.IsDefault ? throw new ArgumentException($"{JsonNames.Member(parameterName)} must be a unit, not default.", parameterName) : value;

    /// <summary>
    /// The one form of a decimal's value: no trailing zeros after the point (<c>1.50</c> is <c>1.5</c>, <c>2.00</c> is
    /// <c>2</c>) and no negative zero. <see cref="decimal"/> keeps the scale it was made with, so <c>1.0m</c> and
    /// <c>1.00m</c> are equal but print differently; held in this form they print, and are written, the same.
    /// </summary>
    public static decimal Canonical(decimal value)
    {
        if (value == 0)
        {
            return 0m; // also -0, and 0.000
        }

        // Rounding to one place fewer keeps the value exactly when the last place is a zero; each step drops one.
        while (value.Scale > 0)
        {
            var shorter = decimal.Round(value, value.Scale - 1);
            if (shorter != value)
            {
                break;
            }

            value = shorter;
        }

        return value;
    }
}
