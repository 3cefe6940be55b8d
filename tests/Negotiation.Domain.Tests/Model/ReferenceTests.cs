using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Tests.Model;

public class ReferenceTests
{
    [Theory]
    [InlineData("agreement:us-cn-deal", ReferenceKind.Agreement, "us-cn-deal")]
    [InlineData("party:us", ReferenceKind.Party, "us")]
    [InlineData("commitment:c-1", ReferenceKind.Commitment, "c-1")]
    public void Parses_and_formats_kind_and_id(string text, ReferenceKind kind, string id)
    {
        var reference = Reference.Parse(text);
        Assert.Equal(kind, reference.Kind);
        Assert.Equal(id, reference.Id);
        Assert.Equal(text, reference.ToString());
    }

    [Theory]
    [InlineData("us-cn-deal", "expected kind:id")]
    [InlineData("treaty:us-cn-deal", "the kind must be one of")]
    [InlineData("agreement:US", "not a valid id")]
    [InlineData("agreement:", "cannot be empty")]
    public void Refuses_malformed_text_saying_why(string text, string because)
    {
        Assert.False(Reference.TryParse(text, out _));
        Assert.Contains(because, Reference.Explain(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_ids_convert_to_references_of_their_kind()
    {
        Reference fromSanction = new SanctionId("s-1");
        Reference fromParty = new PartyId("s-1");
        Assert.Equal(ReferenceKind.Sanction, fromSanction.Kind);
        Assert.NotEqual(fromSanction, fromParty);
        Assert.True(fromParty.CompareTo(fromSanction) < 0);
    }

    [Fact]
    public void A_default_id_converts_to_the_default_reference_without_throwing()
    {
        Reference reference = default(DemandId);
        Assert.True(reference.IsDefault);
    }

    [Fact]
    public void Misuse_is_an_argument_exception_naming_the_parameter()
    {
        Assert.Equal("agreement", Reference.KindName(ReferenceKind.Agreement));
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Reference.KindName((ReferenceKind)99)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Reference.KindName(default)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Reference.Parse(null!)).ParamName);
        Assert.Throws<FormatException>(() => Reference.Parse("treaty:x")); // text that is not a reference, as .NET parsers do
    }
}
