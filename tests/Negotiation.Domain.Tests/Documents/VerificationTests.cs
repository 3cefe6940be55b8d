using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>Verification: who verifies a commitment, conditions on a verified commitment, a milestone reached on a verification.</summary>
public class VerificationTests
{
    private static readonly PolicyAction Act = new(ActionKind.Other, "does something");

    private static readonly Commitment Steps = new(new("ir-nuclear-steps"), new("ir"), Act) { VerifiedBy = new PartyId("iaea") };

    private static readonly Commitment Relief = new(new("us-sanctions-relief"), new("us"), Act)
    {
        ConditionalOnVerified = [new Verification(new("ir-nuclear-steps"), new("iaea"))],
    };

    private static readonly NegotiationDocument Deal = new NegotiationBuilder("jcpoa", "Verification")
        .State("ir", "Iran", "IR")
        .State("us", "United States", "US")
        .Organization("iaea", "International Atomic Energy Agency", Parties.OrganizationType.Intergovernmental)
        .Add(new Agreement(new("jcpoa"), "JCPOA", [new("ir"), new("us")], [Steps, Relief])
        {
            Milestones = [new(new("implementation-day"), "Implementation Day", MilestoneKind.Implementation) { ReachedWhen = new(new("ir-nuclear-steps"), new("iaea")) }],
        })
        .Build().AsT0;

    [Fact]
    public void A_condition_on_a_verified_commitment_makes_a_commitment_conditional()
    {
        Assert.True(Relief.IsConditional);
        Assert.False(Steps.IsConditional);
    }

    [Fact]
    public void Verifications_are_written_and_read_back_equal()
    {
        var json = NegotiationJson.Write(Deal);

        Assert.Contains("\"verifiedBy\": \"iaea\"", json, StringComparison.Ordinal);
        Assert.Contains("\"conditionalOnVerified\": [\n            {\n              \"commitment\": \"ir-nuclear-steps\",\n              \"verifier\": \"iaea\"\n            }\n          ]", json, StringComparison.Ordinal);
        Assert.Contains("\"reachedWhen\": {\n            \"commitment\": \"ir-nuclear-steps\",\n            \"verifier\": \"iaea\"\n          }", json, StringComparison.Ordinal);
        Assert.Equal(Deal, NegotiationJson.Read(json).AsT0);
    }

    [Fact]
    public void A_commitment_is_not_conditional_on_its_own_verification()
    {
        var built = new NegotiationBuilder("d", "D").State("a", "A", "US").State("b", "B", "CN")
            .Add(new Agreement(new("x"), "X", [new("a"), new("b")], [new Commitment(new("c"), new("a"), Act) { ConditionalOnVerified = [new(new("c"), new("b"))] }]))
            .Build();

        var error = Assert.Single(built.AsT1.Errors);
        Assert.Equal((ErrorCodes.SelfCondition, "$.agreements[0].commitments[0].conditionalOnVerified[0].commitment"), (error.Code, error.Path));
    }

    [Fact]
    public void A_verifier_the_document_lacks_is_dangling()
    {
        var built = new NegotiationBuilder("d", "D").State("a", "A", "US").State("b", "B", "CN")
            .Add(new Agreement(new("x"), "X", [new("a"), new("b")], [new Commitment(new("c"), new("a"), Act) { VerifiedBy = new PartyId("iaea") }]))
            .Build();

        var error = Assert.Single(built.AsT1.Errors);
        Assert.Equal((ErrorCodes.DanglingReference, "$.agreements[0].commitments[0].verifiedBy"), (error.Code, error.Path));
    }
}
