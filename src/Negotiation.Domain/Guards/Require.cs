using System.Globalization;
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

    /// <summary>
    /// Text a person reads, and that may come from strangers: not blank (nor made only of invisible characters), not
    /// longer than <paramref name="maxLength"/>, valid Unicode (no lone surrogate, which UTF-8 JSON cannot carry), and
    /// free of control characters and bidirectional overrides, which would let a document rewrite the terminal or
    /// page that shows it. Short text (names, titles, up to <see cref="MaxNameLength"/>) is one line; longer free text
    /// may have line breaks and tabs.
    /// </summary>
    public static string Text(string value, string property, int maxLength = MaxTextLength, string? label = null)
    {
        label ??= property;
        Guard.Against.Null(value, property);
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"{label} has {value.Length} characters; at most {maxLength} are accepted.", property);
        }

        var multiline = maxLength > MaxNameLength;
        var visible = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                visible = true;
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"{label} is not valid Unicode: it has a lone surrogate character at index {i}.", property);
            }
            else if (c is '\n' or '\r' or '\t')
            {
                if (!multiline)
                {
                    throw new ArgumentException($"{label} must be a single line: it has a line break or tab at index {i}.", property);
                }
            }
            else if (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                throw new ArgumentException($"{label} has the control character U+{(int)c:X4} at index {i}; control characters and bidirectional overrides are not accepted.", property);
            }
            else if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                visible = true;
            }
        }

        return visible ? value : throw new ArgumentException($"{label} must not be blank.", property);
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
            if (value[i] is null)
            {
                throw new ArgumentNullException(property, $"{property}[{i}] is null.");
            }

            Text(value[i], property, MaxNameLength, $"{property}[{i}]");
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

    /// <summary>An address is absolute and on the web (http or https): a source's link is followed by readers, so no
    /// <c>javascript:</c> or <c>file:</c> address is accepted.</summary>
    public static Uri? OptionalAbsoluteUri(Uri? value, string property)
    {
        if (value is not null && (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttps && value.Scheme != Uri.UriSchemeHttp)))
        {
            throw new ArgumentException($"{property} must be an absolute http or https address.", property);
        }

        return value;
    }
}
