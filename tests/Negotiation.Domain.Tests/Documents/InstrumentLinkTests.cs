using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>A deal of several instruments: links between agreements, and the query that gathers a deal.</summary>
public class InstrumentLinkTests
{
    private static readonly NegotiationDocument Deal = new NegotiationBuilder("jcpoa", "A deal of several texts")
        .State("ir", "Iran", "IR")
        .State("us", "United States", "US")
        .State("fr", "France", "FR")
        .Add(new Agreement(new("main"), "Main text", [new("ir"), new("us"), new("fr")]))
        .Add(new Agreement(new("annex"), "Annex", [new("ir"), new("us"), new("fr")], links: [new(InstrumentLinkKind.AnnexTo, new("main"))]))
        .Add(new Agreement(new("roadmap"), "Roadmap", [new("ir"), new("fr")], links: [new(InstrumentLinkKind.Implements, new("annex"), "carries out the annex")]))
        .Add(new Agreement(new("later"), "A later text", [new("ir"), new("us")], links: [new(InstrumentLinkKind.Supersedes, new("main"))]))
        .Add(new Agreement(new("other"), "Unrelated", [new("us"), new("fr")]))
        .Build().AsT0;

    [Theory]
    [InlineData("main")]
    [InlineData("annex")]
    [InlineData("roadmap")]
    [InlineData("later")]
    public void A_deal_is_every_agreement_linked_to_one_directly_or_not_either_way_in_document_order(string from)
    {
        Assert.Equal(["main", "annex", "roadmap", "later"], Deal.InstrumentsOf(new AgreementId(from)).Select(a => a.Id.Value));
    }

    [Fact]
    public void An_agreement_without_links_is_a_deal_of_one()
        => Assert.Equal(["other"], Deal.InstrumentsOf(new AgreementId("other")).Select(a => a.Id.Value));

    [Fact]
    public void An_unknown_agreement_is_misuse()
        => Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => Deal.InstrumentsOf(new AgreementId("nothing"))).ParamName);

    [Fact]
    public void Links_are_written_in_snake_case_and_read_back_equal()
    {
        var json = NegotiationJson.Write(Deal);

        Assert.Contains("\"links\": [\n        {\n          \"kind\": \"implements\",\n          \"agreement\": \"annex\",\n          \"note\": \"carries out the annex\"\n        }\n      ]", json, StringComparison.Ordinal);
        Assert.Equal(Deal, NegotiationJson.Read(json).AsT0);
    }

    [Fact]
    public void An_agreement_linked_to_itself_breaks_a_document_rule_at_the_link()
    {
        var built = new NegotiationBuilder("d", "D").State("a", "A", "US").State("b", "B", "CN")
            .Add(new Agreement(new("x"), "X", [new("a"), new("b")], links: [new(InstrumentLinkKind.Amends, new("x"))]))
            .Build();

        var error = Assert.Single(built.AsT1.Errors);
        Assert.Equal((ErrorCodes.SelfReference, "$.agreements[0].links[0].agreement"), (error.Code, error.Path));
    }

    [Fact]
    public void A_link_checks_its_members()
    {
        Assert.Equal("Kind", Assert.Throws<ArgumentOutOfRangeException>(() => new InstrumentLink((InstrumentLinkKind)99, new("x"))).ParamName);
        Assert.Equal("Agreement", Assert.Throws<ArgumentException>(() => new InstrumentLink(InstrumentLinkKind.AnnexTo, default)).ParamName);
        Assert.Equal("Links", Assert.Throws<ArgumentNullException>(() => new Agreement(new("x"), "X", [new("a"), new("b")], links: [null!])).ParamName);
    }
}
