using Negotiation.Domain.Agreements;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>Clauses a party invokes on its own: a reversion (snapback) and a withdrawal clause.</summary>
public class AgreementClauseTests
{
    private static readonly PartyId Ir = new("ir");
    private static readonly PartyId Fr = new("fr");
    private static readonly PartyId Us = new("us");

    private static NegotiationBuilder Builder() => new NegotiationBuilder("d", "D")
        .State("ir", "Iran", "IR").State("fr", "France", "FR").State("us", "United States", "US").State("mx", "Mexico", "MX")
        .Add(new Sanction(new("un-sanctions-iran"), Fr, [Ir], [SanctionMeasure.AssetFreeze]));

    // Resolution 2231: a JCPOA participant may notify the Security Council, and the earlier sanctions return after
    // thirty days unless a resolution continues the lifting; France, Germany and the United Kingdom did so on 28 August 2025.
    private static readonly AgreementClause Snapback = new(
        ClauseKind.Reversion,
        invocableBy: [Fr, Us],
        restores: [new SanctionId("un-sanctions-iran")],
        noticeDays: 30,
        invocations: [new ClauseInvocation(Fr, new PartialDate(2025, 8, 28), note: "with Germany and the United Kingdom")]);

    private static readonly AgreementClause Withdrawal = new(ClauseKind.Withdrawal, noticeMonths: 3);

    private static Agreement Deal(params AgreementClause[] clauses) => new(new("deal"), "Deal", [Ir, Fr, Us]) { Clauses = [.. clauses] };

    [Fact]
    public void Clauses_are_written_and_read_back_equal()
    {
        var document = Builder().Add(Deal(Snapback, Withdrawal)).Build().AsT0;
        var json = NegotiationJson.Write(document);

        Assert.Contains("\"kind\": \"reversion\",\n          \"invocableBy\": [\n            \"fr\",\n            \"us\"\n          ],\n          \"restores\": [\n            \"sanction:un-sanctions-iran\"\n          ],\n          \"noticeDays\": 30,", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.Read(json).AsT0);
    }

    [Fact]
    public void A_clause_that_names_who_may_invoke_it_allows_only_them()
    {
        Assert.True(Snapback.MayBeInvokedBy(Us, [Ir, Fr, Us]));
        Assert.False(Snapback.MayBeInvokedBy(Ir, [Ir, Fr, Us]));
    }

    [Fact]
    public void A_clause_that_names_no_one_allows_every_party_to_the_agreement_and_no_other()
    {
        Assert.True(Withdrawal.MayBeInvokedBy(Ir, [Ir, Fr]));
        Assert.False(Withdrawal.MayBeInvokedBy(Us, [Ir, Fr]));
    }

    [Fact]
    public void An_invocation_by_a_party_the_clause_does_not_allow_breaks_a_document_rule_at_its_party()
    {
        var invoked = Snapback with { Invocations = [.. Snapback.Invocations, new ClauseInvocation(Ir, new PartialDate(2025, 9))] };

        var error = Assert.Single(Builder().Add(Deal(Withdrawal, invoked)).Build().AsT1.Errors);
        Assert.Equal((ErrorCodes.InvocationNotAllowed, "$.agreements[0].clauses[1].invocations[1].party"), (error.Code, error.Path));
    }

    [Fact]
    public void An_invocation_of_a_clause_naming_no_one_by_a_party_not_party_to_the_agreement_breaks_the_rule()
    {
        var invoked = Withdrawal with { Invocations = [new ClauseInvocation(new PartyId("mx"), new PartialDate(2025))] };

        var error = Assert.Single(Builder().Add(Deal(invoked)).Build().AsT1.Errors);
        Assert.Equal((ErrorCodes.InvocationNotAllowed, "$.agreements[0].clauses[0].invocations[0].party"), (error.Code, error.Path));
    }

    [Fact]
    public void A_clause_checks_its_members()
    {
        Assert.Equal("Kind", Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementClause((ClauseKind)9)).ParamName);
        Assert.Equal("InvocableBy", Assert.Throws<ArgumentException>(() => new AgreementClause(ClauseKind.Reversion, [Fr, Fr])).ParamName);
        Assert.Equal("Restores", Assert.Throws<ArgumentException>(() => new AgreementClause(ClauseKind.Reversion, restores: [default(Reference)])).ParamName);
        Assert.Equal("NoticeMonths", Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementClause(ClauseKind.Withdrawal, noticeMonths: 0)).ParamName);
        Assert.Equal("Invocations", Assert.Throws<ArgumentNullException>(() => new AgreementClause(ClauseKind.Withdrawal, invocations: [null!])).ParamName);
        Assert.Equal("Party", Assert.Throws<ArgumentException>(() => new ClauseInvocation(default, new PartialDate(2025))).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentException>(() => Withdrawal.MayBeInvokedBy(default, [Ir, Fr])).ParamName);
        Assert.Equal("Clauses", Assert.Throws<ArgumentNullException>(() => Deal() with { Clauses = [null!] }).ParamName);
    }
}
