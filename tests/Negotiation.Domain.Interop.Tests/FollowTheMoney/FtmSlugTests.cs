using CsCheck;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.FollowTheMoney;

namespace Negotiation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>The import's own slug maker gives exactly the core's slug, for every text.</summary>
public sealed class FtmSlugTests
{
    // Letters of both cases, digits, the punctuation of real ids, a Latin letter that folds and one that doesn't.
    private static readonly Gen<string> Ids = Gen.String[Gen.Char["aZz09-_.:/ AQé€"], 0, 130];

    [Fact]
    public void It_gives_the_slug_the_core_gives() =>
        Ids.Sample(id => Assert.Equal(Slug.From(id), FtmSlug.From(id)), iter: 5000);

    [Theory]
    [InlineData("NK-4qGd")]
    [InlineData("ofac-00000000")]
    [InlineData("--")]
    [InlineData("")]
    [InlineData("Q-")]
    [InlineData("Société Générale")]
    public void Known_ids_give_the_core_slug(string id) => Assert.Equal(Slug.From(id), FtmSlug.From(id));

    [Fact]
    public void A_long_id_is_cut_as_the_core_cuts_it()
    {
        var id = string.Concat(Enumerable.Repeat("Ab-", 60)) + string.Concat(Enumerable.Repeat("x", 300));
        Assert.Equal(Slug.From(id), FtmSlug.From(id));
        Assert.Equal(Slug.From(id[..95]), FtmSlug.From(id[..95]));
    }
}
