using System.Text;

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
    // The ASCII letters each character from U+00C0 to U+024F folds to, "|"-separated; empty where it has none.
    private const string FoldTable = "A|A|A|A|A|A|AE|C|E|E|E|E|I|I|I|I|D|N|O|O|O|O|O||O|U|U|U|U|Y|TH|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJ|ij|J|j|K|k|k|L|l|L|l|L|l|L|l|L|l|N|n|N|n|N|n|n|N|n|O|o|O|o|O|o|OE|oe|R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|T|t|U|u|U|u|U|u|U|u|U|u|U|u|W|w|Y|y|Y|Z|z|Z|z|Z|z|s|||||||||||||||||||f||||||||||||||O|o||||||||||||||U|u|||||||||||||||||||||||||||||A|a|I|i|O|o|U|u|U|u|U|u|U|u|U|u||A|a|A|a|||||G|g|K|k|O|o|O|o|||j||||G|g|||N|n|A|a|||||A|a|A|a|E|e|E|e|I|i|I|i|O|o|O|o|R|r|R|r|U|u|U|u|S|s|T|t|||H|h|||||||A|a|E|e|O|o|O|o|O|o|O|o|Y|y||||||||||||||||||||||||||||";

    private static readonly string[] Folds = FoldTable.Split('|');

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
            if (c is >= '\u0300' and <= '\u036F' or '\'' or '\u2019' or '\u02BC' or '`' or '.')
            {
                continue; // a combining mark, an apostrophe or a full stop: dropped within the word
            }

            if (c is >= '\u00C0' and <= '\u024F' && Folds[c - '\u00C0'] is { Length: > 0 } folded)
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
