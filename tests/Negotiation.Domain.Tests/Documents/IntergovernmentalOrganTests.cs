using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Validation;
using OneOf;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// Issue 13, item 15: international organizations and their organs. An intergovernmental organization (an
/// <see cref="Organization"/> of type <see cref="OrganizationType.Intergovernmental"/>) may be the parent of a
/// government body, its organ, and an organ the parent of another; any other organization may not.
/// </summary>
public class IntergovernmentalOrganTests
{
    private static readonly PartyId Un = new("un");
    private static readonly PartyId SecurityCouncil = new("unsc");
    private static readonly PartyId Committee1718 = new("unsc-1718-committee");
    private static readonly PartyId Eu = new("eu");
    private static readonly PartyId EuCouncil = new("eu-council");

    // The UN Security Council set up its committee on the DPRK's sanctions by resolution 1718 (2006); the Council of
    // the EU adopts the Union's restrictive measures.
    private static NegotiationBuilder Organs() => new NegotiationBuilder("organs", "Organs of organizations")
        .State("kp", "Democratic People's Republic of Korea", "KP")
        .Organization("un", "United Nations", OrganizationType.Intergovernmental, null, "UN")
        .Body("unsc", "Security Council", GovernmentBodyType.Council, "un")
        .Body("unsc-1718-committee", "Security Council Committee established pursuant to resolution 1718 (2006)", GovernmentBodyType.Committee, "unsc", null, "1718 Committee")
        .Organization("eu", "European Union", OrganizationType.Intergovernmental, null, "EU")
        .Body("eu-council", "Council of the European Union", GovernmentBodyType.Council, "eu")
        .Add(new Sanction(new SanctionId("un-dprk"), SecurityCouncil, [new PartyId("kp")], [SanctionMeasure.ArmsEmbargo, SanctionMeasure.AssetFreeze]))
        .Add(new Sanction(new SanctionId("eu-dprk"), EuCouncil, [new PartyId("kp")], [SanctionMeasure.AssetFreeze]));

    private static NegotiationDocument Build(NegotiationBuilder builder)
        => builder.Build().Match(document => document, failure => throw new InvalidOperationException(failure.ToString()));

    [Fact]
    public void An_intergovernmental_organization_is_the_parent_of_its_organs_and_an_organ_of_another()
    {
        var document = Build(Organs());

        Assert.Equal([SecurityCouncil, Committee1718], document.SubordinatesOf(Un));
        Assert.Equal([SecurityCouncil, Un], document.AncestorsOf(Committee1718));
        Assert.Equal([EuCouncil], document.SubordinatesOf(Eu));
        Assert.Null(((GovernmentBody)document.Find(SecurityCouncil)!).Country); // an organ belongs to no state
    }

    [Fact]
    public void The_sanctions_of_an_organ_are_the_organization_s()
    {
        var document = Build(Organs());

        Assert.Equal([new SanctionId("un-dprk")], document.SanctionsImposedBy(Un).Select(s => s.Id));
        Assert.Empty(document.SanctionsImposedBy(Un, includeSubordinates: false));
        Assert.Equal([new SanctionId("eu-dprk")], document.SanctionsImposedBy(Eu).Select(s => s.Id));
    }

    [Theory]
    [InlineData(OrganizationType.Company)]
    [InlineData(OrganizationType.Ngo)]
    [InlineData(OrganizationType.PoliticalParty)]
    [InlineData(OrganizationType.Other)]
    public void A_body_under_an_organization_that_is_not_intergovernmental_is_an_invalid_parent(OrganizationType type)
    {
        var result = Organs()
            .Organization("acme", "Acme", type)
            .Body("acme-board", "Acme's board", GovernmentBodyType.Committee, "acme")
            .Build();

        var error = Assert.Single(Failure(result).Errors);
        Assert.Equal((ErrorCodes.InvalidParent, "$.parties[7].parent"), (error.Code, error.Path));
        Assert.Equal("the parent of a government body is a state, a government body or an intergovernmental organization; 'acme' is none of these", error.Message);
    }

    [Fact]
    public void A_body_under_a_person_or_a_group_is_still_an_invalid_parent()
    {
        var result = Organs()
            .Add(new Person(new PartyId("someone"), "Someone"))
            .Body("office", "Someone's office", GovernmentBodyType.Executive, "someone")
            .Add(new Group(new PartyId("some-people"), "Some people", GroupType.Individuals))
            .Body("council-of-some-people", "Their council", GovernmentBodyType.Council, "some-people")
            .Build();

        Assert.Equal(
            [(ErrorCodes.InvalidParent, "$.parties[7].parent"), (ErrorCodes.InvalidParent, "$.parties[9].parent")],
            Failure(result).Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void An_organ_reads_and_writes_as_a_body_whose_parent_is_the_organization()
    {
        var document = Build(Organs());

        var json = NegotiationJson.Write(document);

        Assert.Contains("\"type\": \"council\",\n      \"parent\": \"un\"", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(json));
        var error = NegotiationJson.Read(json.Replace("\"type\": \"intergovernmental\"", "\"type\": \"other\"", StringComparison.Ordinal)).AsT1;
        Assert.Equal(
            [(ErrorCodes.InvalidParent, "$.parties[2].parent"), (ErrorCodes.InvalidParent, "$.parties[5].parent")],
            error.Errors.Select(e => (e.Code, e.Path)));
    }

    private static ValidationFailure Failure(OneOf<NegotiationDocument, ValidationFailure> result)
    {
        Assert.True(result.IsT1, "the document should be invalid");
        return result.AsT1;
    }
}
