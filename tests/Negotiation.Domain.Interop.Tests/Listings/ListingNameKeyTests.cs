using System.Globalization;
using System.Text;
using Negotiation.Domain.Interop.Listings;

namespace Negotiation.Domain.Interop.Tests.Listings;

public sealed class ListingNameKeyTests
{
    [Theory]
    [InlineData("LOGAN MOREY, Elvis Angus", "angus elvis logan morey")]
    [InlineData("Elvis Angus Logan-Morey", "angus elvis logan morey")]
    [InlineData("DÉJÀ VU CAFÉ S.A.", "cafe deja sa vu")]
    [InlineData("Deja Vu Cafe SA", "cafe deja sa vu")]
    [InlineData("MÜLLER, Jörg", "jorg muller")]
    [InlineData("Łódź Straße Œuvre Ærø", "aero lodz oeuvre strasse")]
    [InlineData("O'Brien Trading", "obrien trading")]
    [InlineData("Cafe\u0301 Noir", "cafe noir")] // a decomposed é: its combining mark is dropped
    [InlineData("  ;;  ", "")]
    [InlineData("Κωνσταντίνος", "κωνσταντίνος")] // other scripts are lower-cased, not transliterated
    public void A_key_folds_case_diacritics_punctuation_and_word_order(string name, string key) =>
        Assert.Equal(key, ListingNameKey.From(name));

    [Fact]
    public void Names_spelt_differently_do_not_match_this_is_not_fuzzy() =>
        Assert.NotEqual(ListingNameKey.From("Mohammed Example"), ListingNameKey.From("Muhammad Example"));

    [Fact]
    public void The_fold_table_agrees_with_unicode_decomposition_where_that_gives_a_latin_letter()
    {
        // The table stands in for string.Normalize, which needs ICU; here, where ICU is present, the two must agree.
        for (var c = '\u00C0'; c <= '\u024F'; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var letters = string.Concat(decomposed.Where(static d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark));
            if (letters.Length > 0 && letters.All(char.IsAsciiLetter) && letters != c.ToString())
            {
                Assert.Equal(letters.ToLowerInvariant(), ListingNameKey.From(c.ToString()));
            }
        }
    }
}
