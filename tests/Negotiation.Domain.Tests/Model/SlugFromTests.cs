using System.Globalization;
using System.Text;
using CsCheck;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Tests.Model;

public sealed class SlugFromTests
{
    [Theory]
    [InlineData("us-china")]
    [InlineData("ofac-12345")]
    [InlineData("a")]
    public void A_valid_slug_is_kept_as_it_is(string id) => Assert.Equal(id, Slug.From(id));

    [Theory]
    [InlineData("NK-4qGd", "nk-4qgd-")]
    [InlineData("Q42", "q42-")]
    [InlineData("Société Générale, S.A.", "societe-generale-s-a-")]
    [InlineData("--x__y--", "x-y-")]
    [InlineData("ИНН", "id-")]
    [InlineData("", "id-")]
    public void Any_other_text_becomes_a_readable_slug_and_a_hash_of_the_original(string id, string prefix)
    {
        var slug = Slug.From(id);

        Assert.True(Slug.IsValid(slug), slug);
        Assert.StartsWith(prefix, slug, StringComparison.Ordinal);
        Assert.Equal(prefix.Length + 8, slug.Length);
    }

    [Fact]
    public void Ids_that_differ_only_in_case_get_different_slugs() =>
        Assert.NotEqual(Slug.From("NK-4qGdXYZ"), Slug.From("NK-4QGdXYZ"));

    [Fact]
    public void The_hash_is_the_same_on_every_machine_and_in_every_version() =>
        Assert.Equal("nk-4qgd-4cd1f711", Slug.From("NK-4qGd")); // FNV-1a 32 of the UTF-16 code units, worked out apart

    [Fact]
    public void A_long_id_is_cut_to_fit_with_its_hash()
    {
        var slug = Slug.From(new string('A', 300));

        Assert.True(Slug.IsValid(slug), slug);
        Assert.Equal(Slug.MaxLength, slug.Length);
    }

    // Letters of both cases, digits, the punctuation of real ids, Latin letters that fold (one to two letters) and a sign that doesn't.
    private static readonly Gen<string> Ids = Gen.String[Gen.Char["aZz09-_.:/ AQéÆ€"], 0, 130];

    [Fact]
    public void Any_text_gives_the_slug_the_rule_describes() =>
        Ids.Sample(id => Assert.Equal(Described(id), Slug.From(id)), iter: 5000);

    // The rule of Slug.From's documentation, written plainly: the fast path must give exactly this.
    private static string Described(string source)
    {
        if (Slug.Explain(source) is null)
        {
            return source;
        }

        var readable = new StringBuilder();
        var pending = false;
        foreach (var c in AsciiFolding.Apply(source).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pending && readable.Length > 0)
                {
                    readable.Append('-');
                }

                pending = false;
                readable.Append(c);
            }
            else
            {
                pending = true;
            }
        }

        var text = readable.Length > Slug.MaxLength - 9 ? readable.ToString(0, Slug.MaxLength - 9).TrimEnd('-') : readable.ToString();
        var hash = 2166136261u;
        foreach (var c in source)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (text.Length == 0 ? "id" : text) + "-" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
