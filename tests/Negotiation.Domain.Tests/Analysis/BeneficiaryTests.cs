using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Analysis;

/// <summary>Who an action is for, when it is not who it acts on: a withdrawal acts on one side's forces and is for the other.</summary>
public class BeneficiaryTests
{
    private static NegotiationDocument Withdrawal(bool withBeneficiary) => new NegotiationBuilder("withdrawal", "A withdrawal for a ceasefire")
        .State("us", "United States", "US")
        .State("xx", "The other side", "AF")
        .Add(new GovernmentBody(new PartyId("us-forces"), "US forces", GovernmentBodyType.Military, new PartyId("us")))
        .Add(new Agreement(new("deal"), "The deal", [new("us"), new("xx")], [
            new Commitment(new("withdraw"), new("us"), new PolicyAction(ActionKind.WithdrawForces, targets: [new("us-forces")], beneficiaries: withBeneficiary ? [new("xx")] : default)),
            new Commitment(new("ceasefire"), new("xx"), new PolicyAction(ActionKind.Ceasefire, targets: [new("xx")], beneficiaries: withBeneficiary ? [new("us")] : default)),
        ]))
        .Build().AsT0;

    [Fact]
    public void A_commitment_is_received_by_its_beneficiaries_not_by_the_party_it_acts_on()
    {
        var ledger = TradeOffLedger.Of(Withdrawal(withBeneficiary: true), new AgreementId("deal"));

        Assert.Equal(["withdraw"], ledger.For(new PartyId("xx")).CommitmentsReceived.Select(c => c.Id.Value));
        Assert.Equal(["ceasefire"], ledger.For(new PartyId("us")).CommitmentsReceived.Select(c => c.Id.Value));
    }

    [Fact]
    public void Without_beneficiaries_a_commitment_is_received_by_whom_it_acts_on()
    {
        // The old reading, and why beneficiaries exist: the US seems to receive its own withdrawal, as its forces are the target.
        var ledger = TradeOffLedger.Of(Withdrawal(withBeneficiary: false), new AgreementId("deal"));

        Assert.DoesNotContain(ledger.For(new PartyId("xx")).CommitmentsReceived, c => c.Id.Value == "withdraw");
    }

    [Fact]
    public void Beneficiaries_are_written_last_in_the_action_and_read_back_equal()
    {
        var document = Withdrawal(withBeneficiary: true);

        var json = NegotiationJson.Write(document);

        Assert.Matches("\"targets\": \\[\\s*\"us-forces\"\\s*\\],\\s*\"beneficiaries\": \\[\\s*\"xx\"\\s*\\]", json);
        Assert.Equal(document, NegotiationJson.Read(json).AsT0);
    }

    [Fact]
    public void A_beneficiary_named_twice_or_default_is_misuse()
    {
        Assert.Equal("Beneficiaries", Assert.Throws<ArgumentException>(() => new PolicyAction(ActionKind.HoldTalks, "Talks.", beneficiaries: [new("a"), new("a")])).ParamName);
        Assert.Equal("Beneficiaries", Assert.Throws<ArgumentException>(() => new PolicyAction(ActionKind.HoldTalks, "Talks.", beneficiaries: [default])).ParamName);
    }
}
