using System.Globalization;
using System.Text;
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
    public const int MaxNameLength = TextRules.MaxNameLength;

    /// <summary>The longest free text (a statement, a description, a note) accepted.</summary>
    public const int MaxTextLength = TextRules.MaxTextLength;

    /// <summary>Throws unless <paramref name="value"/> is a name: set, one line, at most <see cref="MaxNameLength"/> characters.</summary>
    public static string NullOrInvalidName(this IGuardClause guard, string? value, string parameterName)
        => guard.NullOrInvalidText(value, parameterName, MaxNameLength);

    /// <summary>Throws unless <paramref name="value"/> is null or a name.</summary>
    public static string? InvalidName(this IGuardClause guard, string? value, string parameterName)
        => value is null ? null : guard.NullOrInvalidText(value, parameterName, MaxNameLength);

    /// <summary>Throws unless <paramref name="value"/> is set text of at most <paramref name="maxLength"/> characters.</summary>
    public static string NullOrInvalidText(this IGuardClause guard, string? value, string parameterName, int maxLength = MaxTextLength)
        => Check(guard.Null(value, parameterName), parameterName, maxLength, item: -1);

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

            Check(value[i], parameterName, MaxNameLength, item: i);
        }

        return value;
    }

    /// <summary>Whether <paramref name="value"/> keeps the rules of a text of at most <paramref name="maxLength"/> characters.</summary>
    internal static bool Accepts(string value, int maxLength) => Find(value, maxLength).Kind == Problem.None;

    /// <summary>Checks a text, or item <paramref name="item"/> of a list of texts (-1 for a text on its own).</summary>
    private static string Check(string value, string parameterName, int maxLength, int item)
    {
        var (kind, at, length) = Find(value, maxLength);
        if (kind == Problem.None)
        {
            return value;
        }

        // Named in a message only when the text is refused: texts are checked by the thousand, and are seldom wrong.
        var label = item < 0 ? JsonNames.Member(parameterName) : $"{JsonNames.Member(parameterName)}[{item}]";
        var message = kind switch
        {
            Problem.TooLong => $"{label} has {length} characters; at most {maxLength} are accepted.",
            Problem.LoneSurrogate => $"{label} is not valid Unicode: it has a lone surrogate character at index {at}.",
            Problem.LineBreak => $"{label} must be a single line: it has a line break or tab at index {at}.",
            Problem.Control => $"{label} has the control character U+{(int)value[at]:X4} at index {at}; control characters and bidirectional controls are not accepted.",
            _ => $"{label} must not be blank: it has no visible character.",
        };
        throw new ArgumentException(message, parameterName);
    }

    /// <summary>What, if anything, breaks the rules in <paramref name="value"/>, and where; one scan, no allocation.</summary>
    private static (Problem Kind, int At, int Length) Find(string value, int maxLength)
    {
        // Most text is printable ASCII: one vectorised scan says so, and such text breaks a rule only by being too long
        // or all spaces. Anything else takes the scan below, character by character.
        var span = value.AsSpan();
        if (!span.ContainsAnyExceptInRange(' ', '~'))
        {
            return value.Length > maxLength ? (Problem.TooLong, 0, value.Length)
                : span.ContainsAnyExcept(' ') ? (Problem.None, 0, value.Length)
                : (Problem.Blank, 0, value.Length);
        }

        // Lengths are counted in Unicode scalar values, as the schema counts them (an emoji is one character), and a
        // text with too many is refused before its characters are looked at.
        var length = Length(value);
        if (length > maxLength)
        {
            return (Problem.TooLong, 0, length);
        }

        var multiline = maxLength > MaxNameLength;
        var visible = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            Rune rune;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                rune = new Rune(c, value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return (Problem.LoneSurrogate, i, length);
            }
            else if (IsLineBreak(c))
            {
                if (!multiline)
                {
                    return (Problem.LineBreak, i, length);
                }

                continue;
            }
            else if (IsControl(c))
            {
                return (Problem.Control, i, length);
            }
            else
            {
                rune = new Rune(c);
            }

            visible |= !IsInvisible(rune);
        }

        return (visible ? Problem.None : Problem.Blank, 0, length);
    }

    /// <summary>Whether <paramref name="c"/> breaks a line or is a tab: free text may hold it, a name may not.</summary>
    internal static bool IsLineBreak(char c) => c is '\n' or '\r' or '\t' or '\u2028' or '\u2029';

    /// <summary>Whether <paramref name="c"/> is a control character or a bidirectional control (besides <see cref="IsLineBreak"/>), which no text may hold.</summary>
    internal static bool IsControl(char c)
        => !IsLineBreak(c) && (char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));

    /// <summary>The length in Unicode scalar values; a lone surrogate counts as one (and is refused by the caller).</summary>
    internal static int Length(string value)
    {
        var length = value.Length;
        for (var i = 0; i + 1 < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                length--;
                i++;
            }
        }

        return length;
    }

    /// <summary>
    /// Whether a character shows nothing: white space, a format character, or a default-ignorable code point (Unicode's
    /// Default_Ignorable_Code_Point, which includes the Hangul fillers and the variation selectors). A name made only
    /// of these looks blank, or like nothing at all.
    /// </summary>
    internal static bool IsInvisible(Rune rune)
    {
        if (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
        {
            return true;
        }

        var v = rune.Value;
        return v is 0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0
            or (>= 0x180B and <= 0x180F) or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F)
            or (>= 0xFE00 and <= 0xFE0F) or (>= 0xFFF0 and <= 0xFFF8) or (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0x1D173 and <= 0x1D17A)
            or (>= 0xE0000 and <= 0xE0FFF);
    }

    private enum Problem
    {
        None,
        TooLong,
        LoneSurrogate,
        LineBreak,
        Control,
        Blank,
    }
}
