using System.Text;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Interop.Listings;

/// <summary>
/// The key two names are compared by in <see cref="ListingCrossReference"/>: case folded, diacritics removed,
/// punctuation and word order ignored. "LOGAN MOREY, Elvis Angus" and "Elvis Angus Logan-Morey" have the same key,
/// "angus elvis logan morey"; so have "Société Générale S.A." and "SOCIETE GENERALE SA".
/// </summary>
/// <remarks>
/// <para>
/// This is exact matching after a fixed normalisation, <b>not fuzzy screening</b>: a name spelt differently
/// ("Mohammed" and "Muhammad"), transliterated differently, or missing a word does not match. A real compliance
/// screening needs a fuzzy or phonetic matcher and a person to review its hits.
/// </para>
/// <para>
/// Diacritics are removed by a fixed table of the Latin letters U+00C0–U+024F ("é" is "e", "ß" is "ss", "Ł" is "L",
/// "Æ" is "AE") and by dropping combining marks (U+0300–U+036F), not by <see cref="string.Normalize()"/>, which depends
/// on ICU and so behaves differently in an application that runs with invariant globalization. Apostrophes and full
/// stops are dropped within a word ("O'Brien" is "obrien", "S.A." is "sa"); every other character that is not a letter
/// or digit separates words. Letters of other scripts are kept, lower-cased.
/// </para>
/// </remarks>
public static class ListingNameKey
{
    /// <summary>The key of <paramref name="name"/>: its words, folded and lower-cased, in ordinal order, joined by single spaces.</summary>
    /// <param name="name">A name.</param>
    /// <returns>The key; empty when the name has no letter or digit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (AsciiFolding.IsCombiningMark(c) || c is '\'' or '\u2019' or '\u02BC' or '`' or '.')
            {
                continue; // a combining mark, an apostrophe or a full stop: dropped within the word
            }

            if (AsciiFolding.Fold(c) is { } folded)
            {
                word.Append(folded.ToLowerInvariant());
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        words.Sort(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
