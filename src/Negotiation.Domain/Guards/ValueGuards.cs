using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;

namespace Negotiation.Domain.Guards;

/// <summary>
/// Guards for the other values of records: enum values from a closed list, lists that must have items or no null,
/// whole numbers with a least value, country codes that must be set, and web addresses. Each throws an <see cref="ArgumentException"/> that names the
/// property.
/// </summary>
internal static class ValueGuards
{
    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is not a named value of its enum.</summary>
    public static TEnum UndefinedEnumValue<TEnum>(this IGuardClause guard, TEnum value, string parameterName)
        where TEnum : struct, Enum
        => Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(parameterName, value, $"{JsonNames.Member(parameterName)} must be one of {JsonNames.EnumValues<TEnum>()}.");

    /// <summary>Throws when a value of the list is not a named value of its enum, or appears twice.</summary>
    public static EquatableArray<TEnum> UndefinedOrRepeatedEnumValues<TEnum>(this IGuardClause guard, EquatableArray<TEnum> value, string parameterName)
        where TEnum : struct, Enum
    {
        for (var i = 0; i < value.Count; i++)
        {
            guard.UndefinedEnumValue(value[i], parameterName);
        }

        var repeat = Repeats.First(value.AsSpan());
        return repeat < 0 ? value : throw new ArgumentException($"{JsonNames.Member(parameterName)}[{repeat}] repeats '{JsonNames.EnumValue(value[repeat].ToString())}'.", parameterName);
    }

    /// <summary>Throws when the list has no item.</summary>
    public static EquatableArray<T> EmptyList<T>(this IGuardClause guard, EquatableArray<T> value, string parameterName)
        => value.IsEmpty ? throw new ArgumentException($"{JsonNames.Member(parameterName)} must have at least one item.", parameterName) : value;

    /// <summary>
    /// Throws when the list has fewer than <paramref name="minimum"/> items. The minimum is a literal at the call, so
    /// that the format description (and the JSON Schema made from it) carries the number.
    /// </summary>
    public static EquatableArray<T> TooFewItems<T>(this IGuardClause guard, EquatableArray<T> value, string parameterName, int minimum)
        => value.Count < minimum ? throw new ArgumentException($"{JsonNames.Member(parameterName)} must have at least {minimum} items.", parameterName) : value;

    /// <summary>
    /// Throws an <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is set and less than
    /// <paramref name="minimum"/>; <see langword="null"/> passes. The minimum is a literal at the call, for the same
    /// reason as <see cref="TooFewItems"/>'s.
    /// </summary>
    public static int? BelowMinimum(this IGuardClause guard, int? value, string parameterName, int minimum)
        => value < minimum ? throw new ArgumentOutOfRangeException(parameterName, value, $"{JsonNames.Member(parameterName)} must be at least {minimum} when given.") : value;

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is less than <paramref name="minimum"/>.</summary>
    public static int BelowMinimum(this IGuardClause guard, int value, string parameterName, int minimum)
        => value < minimum ? throw new ArgumentOutOfRangeException(parameterName, value, $"{JsonNames.Member(parameterName)} must be at least {minimum}.") : value;

    /// <summary>Throws an <see cref="ArgumentNullException"/> when an item of a list of records is null.</summary>
    public static EquatableArray<T> NullItems<T>(this IGuardClause guard, EquatableArray<T> value, string parameterName)
        where T : class
    {
        for (var i = 0; i < value.Count; i++)
        {
            if (value[i] is null)
            {
                throw new ArgumentNullException(parameterName, $"{JsonNames.Member(parameterName)}[{i}] is null.");
            }
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is set to the <c>default</c> country code; <see langword="null"/> passes.</summary>
    public static CountryCode? DefaultCountry(this IGuardClause guard, CountryCode? value, string parameterName)
        => value is { IsDefault: true } ? throw new ArgumentException($"{JsonNames.Member(parameterName)} must be a country code, not default.", parameterName) : value;

    /// <summary>
    /// Throws unless <paramref name="value"/> is null or a web address as <see cref="WebAddress"/> has it, checked on
    /// the text written back (<see cref="Uri.OriginalString"/>): a source's link is followed by readers, so no
    /// <c>javascript:</c> or <c>file:</c> address, and nothing that makes a link look like it goes elsewhere.
    /// </summary>
    public static Uri? NonWebAddress(this IGuardClause guard, Uri? value, string parameterName)
    {
        if (value is not null && WebAddress.Explain(value.OriginalString) is { } problem)
        {
            throw new ArgumentException($"{JsonNames.Member(parameterName)} is not a web address this format accepts: it {problem}.", parameterName);
        }

        return value;
    }
}
