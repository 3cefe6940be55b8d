using System.Diagnostics.CodeAnalysis;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Identifiers;

/// <summary>The rules of the slugs that identifiers are made of.</summary>
public static class Slug
{
    /// <summary>The longest slug accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>The pattern a slug matches, as a regular expression, for the JSON Schema.</summary>
    internal const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Tells whether <paramref name="value"/> is a valid slug.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns><see langword="true"/> when it is a valid slug.</returns>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && IsSlug(value);

    /// <summary>Says why <paramref name="value"/> is not a valid slug, or returns <see langword="null"/> when it is.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>A sentence a person understands, or <see langword="null"/>.</returns>
    public static string? Explain(string? value)
    {
        if (value is null)
        {
            return "an id is required";
        }

        if (value.Length == 0)
        {
            return "an id cannot be empty";
        }

        if (value.Length > MaxLength)
        {
            return $"an id has at most {MaxLength} characters, this one has {value.Length}";
        }

        var previousWasHyphen = true; // a slug cannot start with a hyphen
        foreach (var c in value)
        {
            if (c == '-')
            {
                if (previousWasHyphen)
                {
                    return $"{QuotedInput.Quote(value)} is not a valid id: hyphens join runs of letters and digits, they cannot lead or repeat";
                }

                previousWasHyphen = true;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                previousWasHyphen = false;
            }
            else
            {
                return $"{QuotedInput.Quote(value)} is not a valid id: only lower-case ASCII letters, digits and single hyphens are allowed";
            }
        }

        return previousWasHyphen ? $"{QuotedInput.Quote(value)} is not a valid id: it cannot end with a hyphen" : null;
    }

    /// <summary>The length of the hash <see cref="From"/> appends: eight hexadecimal digits.</summary>
    private const int HashLength = 8;

    /// <summary>
    /// Makes a slug from an identifier of another system: the identifier itself when it already is a valid slug, else
    /// a readable slug from it plus a short hash of the original.
    /// </summary>
    /// <param name="source">The other system's identifier (an OpenSanctions id, an OFAC entry number, a name).</param>
    /// <returns>
    /// <paramref name="source"/> unchanged when it is a valid slug. Otherwise its letters and digits, lower-cased, with
    /// diacritics removed (<see cref="AsciiFolding"/>, the same on every machine) and every run of other characters turned into one hyphen, cut so that the whole fits in
    /// <see cref="MaxLength"/>, then a hyphen and eight hexadecimal digits of a hash of the original text.
    /// </returns>
    /// <remarks>
    /// The hash keeps apart identifiers that differ only in what the slug cannot hold: OpenSanctions ids are
    /// case-sensitive (<c>NK-4qGd</c> and <c>NK-4QGd</c> are two entities), and two ids may differ only in punctuation.
    /// The hash is FNV-1a over the UTF-16 code units, so the same text gives the same slug on every machine and in every
    /// version; callers should still keep the original as an external id, since two texts can share a hash.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static string From(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (IsSlug(source))
        {
            return source;
        }

        // Sources are mostly ASCII ids (OpenSanctions, OFAC), read by the million: those skip the fold, and the slug is
        // built in one buffer, on the stack when it is short.
        var folded = source;
        foreach (var c in source)
        {
            if (c >= 0x80)
            {
                folded = AsciiFolding.Apply(source);
                break;
            }
        }

        var size = folded.Length + 3 + HashLength; // "id" when nothing is left, a hyphen, the hash
        Span<char> text = size <= 256 ? stackalloc char[size] : new char[size];
        var length = 0;
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && length > 0)
                {
                    text[length++] = '-';
                }

                pendingHyphen = false;
                text[length++] = lower;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        // Room for the hyphen and the hash; a cut never leaves a trailing hyphen.
        var room = MaxLength - HashLength - 1;
        if (length > room)
        {
            length = room;
            while (length > 0 && text[length - 1] == '-')
            {
                length--;
            }
        }

        if (length == 0)
        {
            "id".AsSpan().CopyTo(text);
            length = 2;
        }

        text[length++] = '-';
        Fnv1a(source).TryFormat(text[length..], out var written, "x8", System.Globalization.CultureInfo.InvariantCulture);
        return new string(text[..(length + written)]);
    }

    /// <summary><see cref="IsValid"/> without the sentence <see cref="Explain"/> writes when it is not.</summary>
    private static bool IsSlug(string value)
    {
        if (value.Length is 0 or > MaxLength)
        {
            return false;
        }

        var previousWasHyphen = true; // a slug cannot start with a hyphen
        foreach (var c in value)
        {
            if (c == '-')
            {
                if (previousWasHyphen)
                {
                    return false;
                }

                previousWasHyphen = true;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                previousWasHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return !previousWasHyphen;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
