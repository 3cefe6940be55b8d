using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Guards;

/// <summary>
/// The record-level rules, in one place so that constructors and <c>init</c> accessors (which a <c>with</c> calls)
/// apply the same ones. Each throws an <see cref="ArgumentException"/> that names the property.
/// </summary>
internal static class Require
{
    /// <summary>The longest name or title accepted.</summary>
    public const int MaxNameLength = 500;

    /// <summary>The longest free text (a statement, a description, a note) accepted.</summary>
    public const int MaxTextLength = 20_000;

    public static string Name(string value, string property) => Text(value, property, MaxNameLength);

    public static string Text(string value, string property, int maxLength = MaxTextLength)
    {
        Guard.Against.NullOrWhiteSpace(value, property, $"{property} must not be blank.");
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"{property} has {value.Length} characters; at most {maxLength} are accepted.", property);
        }

        return Unicode(value, property);
    }

    /// <summary>
    /// Text is valid Unicode: no lone surrogate. UTF-8 (and so JSON) cannot carry one, so a record holding one could
    /// not be written and read back unchanged.
    /// </summary>
    public static string Unicode(string value, string property)
        => LoneSurrogate(value) is { } at
            ? throw new ArgumentException($"{property} is not valid Unicode: it has a lone surrogate character at index {at}.", property)
            : value;

    private static int? LoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }

        return null;
    }

    public static string? OptionalText(string? value, string property, int maxLength = MaxTextLength)
        => value is null ? null : Text(value, property, maxLength);

    public static TId Id<TId>(TId value, string property)
        where TId : struct, ISlugId<TId>
    {
        if (value.Value.Length == 0)
        {
            throw new ArgumentException($"{property} must be a {TId.KindName} id, not default.", property);
        }

        return value;
    }

    public static TId? OptionalId<TId>(TId? value, string property)
        where TId : struct, ISlugId<TId>
        => value is null ? null : Id(value.Value, property);

    public static TEnum Defined<TEnum>(TEnum value, string property)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(property, value, $"{property} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }

        return value;
    }

    public static PartialDate Date(PartialDate value, string property)
    {
        if (value.IsDefault)
        {
            throw new ArgumentException($"{property} must be a date, not default.", property);
        }

        return value;
    }

    public static PartialDate? OptionalDate(PartialDate? value, string property)
        => value is null ? null : Date(value.Value, property);

    /// <summary>An end that is certainly before its start is refused; partial dates that overlap are accepted.</summary>
    public static void InOrder(PartialDate? start, PartialDate? end, string startProperty, string endProperty)
    {
        if (start is { } s && end is { } e && e.IsBefore(s))
        {
            throw new ArgumentException($"{endProperty} ({e}) is before {startProperty} ({s}).", endProperty);
        }
    }

    public static EquatableArray<T> NotEmpty<T>(EquatableArray<T> value, string property)
    {
        if (value.IsEmpty)
        {
            throw new ArgumentException($"{property} must have at least one item.", property);
        }

        return value;
    }

    /// <summary>Every id in a list is set (not <c>default</c>), and none appears twice.</summary>
    public static EquatableArray<TId> Ids<TId>(EquatableArray<TId> value, string property)
        where TId : struct, ISlugId<TId>
    {
        var seen = new HashSet<TId>();
        for (var i = 0; i < value.Count; i++)
        {
            if (value[i].Value.Length == 0)
            {
                throw new ArgumentException($"{property}[{i}] must be a {TId.KindName} id, not default.", property);
            }

            if (!seen.Add(value[i]))
            {
                throw new ArgumentException($"{property}[{i}] repeats the {TId.KindName} id '{value[i]}'.", property);
            }
        }

        return value;
    }

    /// <summary>Every text in a list is a non-blank name.</summary>
    public static EquatableArray<string> Names(EquatableArray<string> value, string property)
    {
        for (var i = 0; i < value.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(value[i]) || value[i].Length > MaxNameLength)
            {
                throw new ArgumentException($"{property}[{i}] must be a non-blank text of at most {MaxNameLength} characters.", property);
            }

            if (LoneSurrogate(value[i]) is { } at)
            {
                throw new ArgumentException($"{property}[{i}] is not valid Unicode: it has a lone surrogate character at index {at}.", property);
            }
        }

        return value;
    }

    /// <summary>No item of a list of records is null.</summary>
    public static EquatableArray<T> NoNulls<T>(EquatableArray<T> value, string property)
        where T : class
    {
        for (var i = 0; i < value.Count; i++)
        {
            if (value[i] is null)
            {
                throw new ArgumentNullException(property, $"{property}[{i}] is null.");
            }
        }

        return value;
    }

    /// <summary>Every value in a list of enum values is defined, and none appears twice.</summary>
    public static EquatableArray<TEnum> DefinedSet<TEnum>(EquatableArray<TEnum> value, string property)
        where TEnum : struct, Enum
    {
        var seen = new HashSet<TEnum>();
        for (var i = 0; i < value.Count; i++)
        {
            Defined(value[i], property);
            if (!seen.Add(value[i]))
            {
                throw new ArgumentException($"{property}[{i}] repeats '{value[i]}'.", property);
            }
        }

        return value;
    }

    /// <summary>Every reference in a list is set, and none appears twice.</summary>
    public static EquatableArray<Reference> References(EquatableArray<Reference> value, string property)
    {
        var seen = new HashSet<Reference>();
        for (var i = 0; i < value.Count; i++)
        {
            if (value[i].IsDefault)
            {
                throw new ArgumentException($"{property}[{i}] is not set.", property);
            }

            if (!seen.Add(value[i]))
            {
                throw new ArgumentException($"{property}[{i}] repeats '{value[i]}'.", property);
            }
        }

        return value;
    }

    public static CountryCode? OptionalCountry(CountryCode? value, string property)
        => value is { IsDefault: true } ? throw new ArgumentException($"{property} must be a country code, not default.", property) : value;

    public static Uri? OptionalAbsoluteUri(Uri? value, string property)
    {
        if (value is not null && !value.IsAbsoluteUri)
        {
            throw new ArgumentException($"{property} must be an absolute address.", property);
        }

        return value;
    }
}
