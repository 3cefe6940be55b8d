namespace Negotiation.Domain.Identifiers;

/// <summary>
/// The ASCII letters that Latin letters with diacritics stand for: "é" → "e", "Ł" → "L", "Æ" → "AE", "ß" → "ss". Slugs
/// are made with it, and so are the name keys that match parties against sanctions lists.
/// </summary>
/// <remarks>
/// A fixed table of Latin-1 Supplement and Latin Extended-A and -B (U+00C0 to U+024F), so that it gives the same answer
/// on every machine: <see cref="string.Normalize()"/> leaves "é" whole when globalization is invariant, as in native AOT
/// builds. Letters written as a base letter and a combining mark (U+0300 to U+036F) fold by dropping the mark.
/// </remarks>
public static class AsciiFolding
{
    // The ASCII letters each character from U+00C0 to U+024F folds to, "|"-separated; empty where it has none
    // (× and ÷, and letters with no plain counterpart).
    private const string FoldTable = "A|A|A|A|A|A|AE|C|E|E|E|E|I|I|I|I|D|N|O|O|O|O|O||O|U|U|U|U|Y|TH|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJ|ij|J|j|K|k|k|L|l|L|l|L|l|L|l|L|l|N|n|N|n|N|n|n|N|n|O|o|O|o|O|o|OE|oe|R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|T|t|U|u|U|u|U|u|U|u|U|u|U|u|W|w|Y|y|Y|Z|z|Z|z|Z|z|s|||||||||||||||||||f||||||||||||||O|o||||||||||||||U|u|||||||||||||||||||||||||||||A|a|I|i|O|o|U|u|U|u|U|u|U|u|U|u||A|a|A|a|||||G|g|K|k|O|o|O|o|||j||||G|g|||N|n|A|a|||||A|a|A|a|E|e|E|e|I|i|I|i|O|o|O|o|R|r|R|r|U|u|U|u|S|s|T|t|||H|h|||||||A|a|E|e|O|o|O|o|O|o|O|o|Y|y||||||||||||||||||||||||||||";

    private static readonly string[] Folds = FoldTable.Split('|');

    /// <summary>The ASCII letters <paramref name="c"/> folds to, keeping its case; <see langword="null"/> when it is no Latin letter with a diacritic.</summary>
    /// <param name="c">A character.</param>
    /// <returns>One or two ASCII letters, or <see langword="null"/>.</returns>
    public static string? Fold(char c) => c is >= '\u00C0' and <= '\u024F' && Folds[c - '\u00C0'] is { Length: > 0 } folded ? folded : null;

    /// <summary>Whether <paramref name="c"/> is a combining diacritical mark (U+0300 to U+036F), which folding drops.</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for a combining mark.</returns>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>
    /// <paramref name="text"/> with every Latin letter with a diacritic folded and every combining mark dropped; other
    /// characters are kept as they are.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsCombiningMark(c))
            {
                continue;
            }

            if (Fold(c) is { } letters)
            {
                folded.Append(letters);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }
}
