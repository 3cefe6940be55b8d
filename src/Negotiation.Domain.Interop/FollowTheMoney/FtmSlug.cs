using System.Globalization;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// <see cref="Slug.From"/> without its garbage for the ids the import meets most: the same slug, always, but an id of
/// ASCII characters is made in one string. <see cref="Slug.From"/> first asks <see cref="Slug.Explain"/>, which writes
/// a sentence for every id that is not a slug already (OpenSanctions ids, with their capitals, never are), then goes
/// through two string builders; the import makes a slug for every party, sanction and target.
/// </summary>
internal static class FtmSlug
{
    // The longest id made on the stack; a longer one (never seen in practice) goes to the core.
    private const int MaxFastLength = 256;
    private const int HashLength = 8;

    /// <summary>The slug <see cref="Slug.From"/> gives for <paramref name="source"/>.</summary>
    public static string From(string source)
    {
        if (IsSlug(source))
        {
            return source;
        }

        if (source.Length > MaxFastLength)
        {
            return Slug.From(source);
        }

        // As Slug.From: letters and digits lower-cased, every run of other characters one hyphen between them. Only
        // ASCII here: anything else may fold (AsciiFolding), which the core does.
        // The readable part is never longer than the source; "id" stands in when it is empty.
        Span<char> text = stackalloc char[source.Length + 3 + HashLength];
        var length = 0;
        var pendingHyphen = false;
        var hash = 2166136261u;
        foreach (var c in source)
        {
            if (c >= 0x80)
            {
                return Slug.From(source);
            }

            hash = (hash ^ c) * 16777619u;
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
        var room = Slug.MaxLength - HashLength - 1;
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
        hash.TryFormat(text[length..], out var written, "x8", CultureInfo.InvariantCulture);
        return new string(text[..(length + written)]);
    }

    // Slug.IsValid without the sentence Slug.Explain writes when it is not.
    private static bool IsSlug(string value)
    {
        if (value.Length is 0 or > Slug.MaxLength)
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
}
