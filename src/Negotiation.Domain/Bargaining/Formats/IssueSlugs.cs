using System.Globalization;
using System.Text;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// Makes issue ids from the issue names of a GENIUS or GeniusWeb file: deterministic, unique, and the same id back for
/// a name that is already an id (so that an exported domain imports with its own ids).
/// </summary>
internal static class IssueSlugs
{
    private const string Fallback = "issue";

    /// <summary>
    /// One id per name, in order: lower-case ASCII letters and digits, accents dropped (<c>Sanctions évitées</c> is
    /// <c>sanctions-evitees</c>), every other run of characters one hyphen, at most <see cref="Slug.MaxLength"/>
    /// characters; <c>issue</c> when nothing is left. A name whose id an earlier name took gets <c>-2</c>, <c>-3</c>, ...
    /// </summary>
    public static IssueId[] Make(IReadOnlyList<string> names)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var ids = new IssueId[names.Count];
        for (var k = 0; k < names.Count; k++)
        {
            var slug = Of(names[k]);
            var candidate = slug;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
                candidate = Cut(slug, Slug.MaxLength - suffix.Length) + suffix;
            }

            ids[k] = new IssueId(candidate);
        }

        return ids;
    }

    /// <summary>The slug of one name.</summary>
    public static string Of(string name)
    {
        var text = new StringBuilder(Math.Min(name.Length, Slug.MaxLength));
        var pendingHyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // the accent of a decomposed letter
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && text.Length > 0)
                {
                    text.Append('-');
                }

                pendingHyphen = false;
                text.Append(char.ToLowerInvariant(c));
                if (text.Length >= Slug.MaxLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = Cut(text.ToString(), Slug.MaxLength);
        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary>At most <paramref name="length"/> characters of a slug, with no hyphen left at the end.</summary>
    private static string Cut(string slug, int length) => slug.Length <= length ? slug : slug[..length].TrimEnd('-');
}
