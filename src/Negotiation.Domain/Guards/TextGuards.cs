using System.Globalization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;

namespace Negotiation.Domain.Guards;

/// <summary>
/// Guards for text a person reads, and that may come from strangers: names and titles (one line, at most
/// <see cref="MaxNameLength"/> characters) and free text (at most <see cref="MaxTextLength"/>). Each throws an
/// <see cref="ArgumentException"/> (an <see cref="ArgumentNullException"/> for a null) that names the property.
/// </summary>
/// <remarks>
/// Text is not blank (nor made only of invisible characters), valid Unicode (no lone surrogate, which UTF-8 JSON cannot
/// carry), and free of control characters and bidirectional overrides, which would let a document rewrite the terminal
/// or page that shows it. Names are one line; free text may have line breaks and tabs.
/// </remarks>
internal static class TextGuards
{
    /// <summary>The longest name or title accepted.</summary>
    public const int MaxNameLength = 500;

    /// <summary>The longest free text (a statement, a description, a note) accepted.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Throws unless <paramref name="value"/> is a name: set, one line, at most <see cref="MaxNameLength"/> characters.</summary>
    public static string NullOrInvalidName(this IGuardClause guard, string? value, string parameterName)
        => guard.NullOrInvalidText(value, parameterName, MaxNameLength);

    /// <summary>Throws unless <paramref name="value"/> is null or a name.</summary>
    public static string? InvalidName(this IGuardClause guard, string? value, string parameterName)
        => value is null ? null : guard.NullOrInvalidText(value, parameterName, MaxNameLength);

    /// <summary>Throws unless <paramref name="value"/> is set text of at most <paramref name="maxLength"/> characters.</summary>
    public static string NullOrInvalidText(this IGuardClause guard, string? value, string parameterName, int maxLength = MaxTextLength)
        => Check(guard.Null(value, parameterName), parameterName, maxLength, JsonNames.Member(parameterName));

    /// <summary>Throws unless <paramref name="value"/> is null or free text.</summary>
    public static string? InvalidText(this IGuardClause guard, string? value, string parameterName)
        => value is null ? null : guard.NullOrInvalidText(value, parameterName);

    /// <summary>Throws unless every item of <paramref name="value"/> is a name; an item is named <c>property[i]</c> in the message.</summary>
    public static EquatableArray<string> InvalidNames(this IGuardClause guard, EquatableArray<string> value, string parameterName)
    {
        for (var i = 0; i < value.Count; i++)
        {
            if (value[i] is null)
            {
                throw new ArgumentNullException(parameterName, $"{JsonNames.Member(parameterName)}[{i}] is null.");
            }

            Check(value[i], parameterName, MaxNameLength, $"{JsonNames.Member(parameterName)}[{i}]");
        }

        return value;
    }

    private static string Check(string value, string parameterName, int maxLength, string label)
    {
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"{label} has {value.Length} characters; at most {maxLength} are accepted.", parameterName);
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
                throw new ArgumentException($"{label} is not valid Unicode: it has a lone surrogate character at index {i}.", parameterName);
            }
            else if (c is '\n' or '\r' or '\t')
            {
                if (!multiline)
                {
                    throw new ArgumentException($"{label} must be a single line: it has a line break or tab at index {i}.", parameterName);
                }
            }
            else if (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                throw new ArgumentException($"{label} has the control character U+{(int)c:X4} at index {i}; control characters and bidirectional overrides are not accepted.", parameterName);
            }
            else if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                visible = true;
            }
        }

        return visible ? value : throw new ArgumentException($"{label} must not be blank.", parameterName);
    }
}
