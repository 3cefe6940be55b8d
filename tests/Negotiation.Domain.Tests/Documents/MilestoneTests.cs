using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>An agreement's named days: ids unique across the document, the queries that find them, their JSON.</summary>
public class MilestoneTests
{
    private static readonly Milestone Adoption = new(new("adoption-day"), "Adoption Day", MilestoneKind.EntryIntoForce, new PartialDate(2015, 10, 18));
    private static readonly Milestone Implementation = new(new("implementation-day"), "Implementation Day", MilestoneKind.Implementation, note: "when the IAEA verifies Iran's steps");

    private static readonly NegotiationDocument Deal = new NegotiationBuilder("jcpoa", "Milestones")
        .State("ir", "Iran", "IR")
        .State("us", "United States", "US")
        .Add(new Agreement(new("jcpoa"), "JCPOA", [new("ir"), new("us")]) { Milestones = [Adoption, Implementation] })
        .Add(new Agreement(new("other"), "Another text", [new("ir"), new("us")]))
        .Build().AsT0;

    [Fact]
    public void An_agreements_milestones_are_listed_in_its_order()
        => Assert.Equal([Adoption, Implementation], Deal.MilestonesOf(new AgreementId("jcpoa")));

    [Fact]
    public void An_agreement_without_milestones_has_none()
        => Assert.Empty(Deal.MilestonesOf(new AgreementId("other")));

    [Fact]
    public void A_milestone_is_found_by_its_id_with_its_agreement()
    {
        Assert.Equal(Implementation, Deal.Find(new MilestoneId("implementation-day")));
        Assert.Equal(new AgreementId("jcpoa"), Deal.AgreementOf(new MilestoneId("implementation-day"))?.Id);
        Assert.Null(Deal.Find(new MilestoneId("termination-day")));
        Assert.Null(Deal.AgreementOf(new MilestoneId("termination-day")));
    }

    [Fact]
    public void An_unknown_agreement_is_misuse()
        => Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => Deal.MilestonesOf(new AgreementId("nothing"))).ParamName);

    [Fact]
    public void Milestones_are_written_in_snake_case_and_read_back_equal()
    {
        var json = NegotiationJson.Write(Deal);

        Assert.Contains("\"milestones\": [\n        {\n          \"id\": \"adoption-day\",\n          \"name\": \"Adoption Day\",\n          \"kind\": \"entry_into_force\",\n          \"date\": \"2015-10-18\"\n        },", json, StringComparison.Ordinal);
        Assert.Equal(Deal, NegotiationJson.Read(json).AsT0);
    }

    [Fact]
    public void A_milestone_id_is_unique_across_the_document_not_only_in_its_agreement()
    {
        var built = new NegotiationBuilder("d", "D").State("a", "A", "US").State("b", "B", "CN")
            .Add(new Agreement(new("x"), "X", [new("a"), new("b")]) { Milestones = [new(new("signature"), "Signature", MilestoneKind.Signature)] })
            .Add(new Agreement(new("y"), "Y", [new("a"), new("b")]) { Milestones = [new(new("signature"), "Signature", MilestoneKind.Signature)] })
            .Build();

        var error = Assert.Single(built.AsT1.Errors);
        Assert.Equal((ErrorCodes.DuplicateId, "$.agreements[1].milestones[0].id"), (error.Code, error.Path));
    }

    [Fact]
    public void A_milestone_needs_a_name_and_a_defined_kind()
    {
        Assert.Equal("Name", Assert.ThrowsAny<ArgumentException>(() => new Milestone(new("m"), " ")).ParamName);
        Assert.Equal("Kind", Assert.ThrowsAny<ArgumentException>(() => new Milestone(new("m"), "M", (MilestoneKind)99)).ParamName);
    }

    [Fact]
    public void The_builder_adds_a_milestone_to_an_agreement_added_before()
    {
        var builder = new NegotiationBuilder("d", "D").State("a", "A", "US").State("b", "B", "CN")
            .Add(new Agreement(new("x"), "X", [new("a"), new("b")]))
            .Milestone("x", "signature", "Signature", MilestoneKind.Signature, new PartialDate(2024, 5, 1));

        Assert.Equal([new Milestone(new("signature"), "Signature", MilestoneKind.Signature, new PartialDate(2024, 5, 1))], builder.Build().AsT0.MilestonesOf(new AgreementId("x")));
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => builder.Milestone("y", "m", "M")).ParamName);
    }
}
