using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Tests.Model;

public sealed class AsciiFoldingTests
{
    [Theory]
    [InlineData("Société Générale", "Societe Generale")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Æsir Ørsted", "AEsir Orsted")]
    [InlineData("Ce\u0301sar", "Cesar")] // a base letter and a combining acute: the mark goes
    [InlineData("Путин 2×3", "Путин 2×3")] // other scripts and signs are kept as they are
    public void Latin_letters_with_diacritics_fold_to_ascii_and_the_rest_is_kept(string text, string expected) =>
        Assert.Equal(expected, AsciiFolding.Apply(text));

    [Fact]
    public void A_slug_folds_the_same_way_whatever_the_globalization_mode() =>
        Assert.StartsWith("cafe-noir-", Slug.From("Café Noir"), StringComparison.Ordinal);

    [Theory]
    [InlineData('a')]
    [InlineData('×')]
    [InlineData('\u0301')]
    public void A_character_with_no_ascii_letters_folds_to_nothing(char c) => Assert.Null(AsciiFolding.Fold(c));
}
