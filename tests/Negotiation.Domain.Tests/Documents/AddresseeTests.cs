using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>Demands of several parties at once, and demands from a coalition (format version 2, item 13).</summary>
public class AddresseeTests
{
    private static readonly DemandId Ceasefire = new("ceasefire");

    /// <summary>The Normandy four ask both sides for a ceasefire: a coalition asks, two parties are asked.</summary>
    private static NegotiationBuilder Case() => new NegotiationBuilder("addressees", "Addressees")
        .State("ua", "Ukraine", "UA")
        .State("ru", "Russia", "RU")
        .State("fr", "France", "FR")
        .State("de", "Germany", "DE")
        .Add(new Coalition(new PartyId("normandy"), "Normandy format", [new("fr"), new("de"), new("ua"), new("ru")]))
        .Issue("security", "Security", IssueCategory.Military)
        .Demand("ceasefire", "normandy", "ua", "security", new PolicyAction(ActionKind.Ceasefire, "Cease fire."), alsoTo: ["ru"]);

    [Fact]
    public void A_demand_of_several_parties_is_a_demand_of_each()
    {
        var document = Case().Build().AsT0;
        var demand = document.Find(Ceasefire)!;

        Assert.Equal([new PartyId("ua"), new PartyId("ru")], demand.Addressees);
        Assert.True(demand.IsAddressedTo(new PartyId("ru")));
        Assert.Equal([Ceasefire], document.DemandsOf(new PartyId("ru")).Select(d => d.Id));
        Assert.Equal([Ceasefire], document.DemandsOf(new PartyId("ua")).Select(d => d.Id));
        Assert.Equal([Ceasefire], document.DemandsBetween(new PartyId("normandy"), new PartyId("ru")).Select(d => d.Id));
        Assert.Equal([Ceasefire], document.DemandsBy(new PartyId("normandy")).Select(d => d.Id));
        Assert.Contains(new PartyId("ru"), StakeholderMap.Of(document, Ceasefire).Silent);
    }

    [Fact]
    public void Any_addressee_may_fulfil_it()
    {
        var document = Case()
            .Add(new Agreement(new AgreementId("minsk"), "Package of measures", [new("ua"), new("ru")], [
                new Commitment(new CommitmentId("ru-ceasefire"), new("ru"), new PolicyAction(ActionKind.Ceasefire, "Cease fire."), fulfils: [Ceasefire]),
            ]))
            .Build();

        Assert.True(document.IsT0, document.IsT1 ? document.AsT1.ToString() : null);
    }

    [Theory]
    [InlineData(new[] { "ua" }, ErrorCodes.RepeatedAddressee, "$.demands[0].alsoTo[0]")]
    [InlineData(new[] { "ru", "normandy" }, ErrorCodes.SelfDemand, "$.demands[0].alsoTo[1]")]
    [InlineData(new[] { "atlantis" }, ErrorCodes.DanglingReference, "$.demands[0].alsoTo[0]")]
    public void An_addressee_that_repeats_the_first_or_is_the_party_that_asks_or_is_not_in_the_document_is_an_error_at_its_path(string[] alsoTo, string code, string path)
    {
        var built = new NegotiationBuilder("addressees", "Addressees")
            .State("ua", "Ukraine", "UA")
            .State("ru", "Russia", "RU")
            .Add(new Coalition(new PartyId("normandy"), "Normandy format", [new("ua"), new("ru")]))
            .Issue("security", "Security", IssueCategory.Military)
            .Demand("ceasefire", "normandy", "ua", "security", new PolicyAction(ActionKind.Ceasefire, "Cease fire."), alsoTo: alsoTo)
            .Build();

        var error = Assert.Single(built.AsT1.Errors);
        Assert.Equal((code, path), (error.Code, error.Path));
    }

    [Fact]
    public void A_repeated_addressee_in_the_list_itself_is_refused_by_the_record()
    {
        var demand = new Demand(Ceasefire, new("normandy"), new("ua"), new PolicyAction(ActionKind.Ceasefire, "Cease fire."), new IssueId("security"));

        Assert.Equal("AlsoTo", Assert.Throws<ArgumentException>(() => demand with { AlsoTo = [new("ru"), new("ru")] }).ParamName);
    }
}
