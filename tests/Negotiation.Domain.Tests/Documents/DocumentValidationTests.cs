using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>Each document-level rule, broken on purpose: every violation comes back, with its code and path, and nothing throws.</summary>
public class DocumentValidationTests
{
    private static readonly PartyId Us = new("us");
    private static readonly PartyId Cn = new("cn");
    private static readonly IssueId Drugs = new("drugs");

    private static NegotiationBuilder Base() => new NegotiationBuilder("case", "A case")
        .State("us", "United States", "US")
        .State("cn", "China", "CN")
        .Issue("drugs", "Drugs", IssueCategory.IllegalDrugs)
        .Source("press", "A newspaper", SourceType.News);

    private static (string Code, string Path)[] Errors(NegotiationBuilder builder)
    {
        var result = builder.Build();
        Assert.True(result.IsT1, "the document should be invalid");
        return [.. result.AsT1.Errors.Select(e => (e.Code, e.Path))];
    }

    [Fact]
    public void A_valid_document_builds()
    {
        var result = Base().Build();
        Assert.True(result.IsT0, result.IsT1 ? result.AsT1.ToString() : null);
    }

    [Fact]
    public void Dangling_references_are_each_reported_with_their_path()
    {
        var errors = Errors(Base()
            .Add(new Demand(new DemandId("d"), Us, new PartyId("mx"), new PolicyAction(ActionKind.ResumeChannel, targets: [new PartyId("ghost")]), new IssueId("nothing"), attribution: Attribution.Reported(new SourceId("nowhere"))))
            .Add(new Sanction(new SanctionId("s"), Us, [new PartyId("cn-ifs")], [SanctionMeasure.ExportControl])));
        Assert.Equal(
            [
                (ErrorCodes.DanglingReference, "$.demands[0].to"),
                (ErrorCodes.DanglingReference, "$.demands[0].action.targets[0]"),
                (ErrorCodes.DanglingReference, "$.demands[0].issue"),
                (ErrorCodes.DanglingReference, "$.demands[0].attribution.sources[0]"),
                (ErrorCodes.DanglingReference, "$.sanctions[0].targets[0]"),
            ],
            errors);
    }

    [Fact]
    public void Duplicate_ids_are_reported_per_kind()
    {
        var errors = Errors(Base()
            .State("us", "United States again", "US")
            .Issue("drugs", "Drugs again", IssueCategory.IllegalDrugs)
            .Issue("us", "An issue may share a party's id", IssueCategory.Other));
        Assert.Equal([(ErrorCodes.DuplicateId, "$.parties[2].id"), (ErrorCodes.DuplicateId, "$.issues[1].id")], errors);
    }

    [Fact]
    public void A_repeated_id_names_its_first_use_however_often_it_repeats()
    {
        var result = Base()
            .State("mx", "Mexico", "MX")
            .State("us", "United States again", "US")
            .State("mx", "Mexico again", "MX")
            .State("us", "United States once more", "US")
            .Build();

        Assert.Equal(
            [
                ("$.parties[3].id", "party id 'us' is already used by $.parties[0]"),
                ("$.parties[4].id", "party id 'mx' is already used by $.parties[2]"),
                ("$.parties[5].id", "party id 'us' is already used by $.parties[0]"),
            ],
            result.AsT1.Errors.Select(e => (e.Path, e.Message)));
    }

    [Fact]
    public void A_membership_cycle_names_the_coalition_that_closes_it()
    {
        var result = Base()
            .Add(new Coalition(new PartyId("bloc-a"), "Bloc A", [Us, new PartyId("bloc-b")]))
            .State("mx", "Mexico", "MX")
            .Add(new Coalition(new PartyId("bloc-b"), "Bloc B", [Cn, new PartyId("bloc-a")]))
            .Build();

        var error = Assert.Single(result.AsT1.Errors);
        Assert.Equal((ErrorCodes.MembershipCycle, "$.parties[4].members"), (error.Code, error.Path));
        Assert.Contains("bloc-a → bloc-b → bloc-a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_cannot_sanction_itself_but_may_sanction_its_own()
    {
        var errors = Errors(Base()
            .Body("us-treasury", "US Treasury", GovernmentBodyType.Ministry, "us")
            .Add(new Sanction(new SanctionId("own-citizens"), new PartyId("us-treasury"), [Us], [SanctionMeasure.AssetFreeze]))
            .Add(new Sanction(new SanctionId("self"), new PartyId("us-treasury"), [Cn, new PartyId("us-treasury")], [SanctionMeasure.AssetFreeze])));
        Assert.Equal([(ErrorCodes.SelfSanction, "$.sanctions[1].targets[1]")], errors);
    }

    [Fact]
    public void A_chain_of_coalitions_as_long_as_a_document_allows_is_checked_without_recursion()
    {
        // 50 000 coalitions, each a member of the one before: a recursive search overflowed the stack at 25 000.
        var builder = Base();
        const int Count = 50_000;
        for (var i = 0; i < Count; i++)
        {
            builder.Add(new Coalition(new PartyId($"c{i}"), "A coalition", [new PartyId(i + 1 < Count ? $"c{i + 1}" : "us")]));
        }

        Assert.True(builder.Build().IsT0);
    }

    [Fact]
    public void Long_membership_cycles_are_reported_each_once_with_a_short_message()
    {
        // Each coalition names the next and the first, so every one of them closes a cycle back to c0: the messages
        // used to list the whole chain each time, which made them grow with the square of the document.
        var builder = Base();
        const int Count = 2_000;
        for (var i = 0; i < Count; i++)
        {
            builder.Add(new Coalition(new PartyId($"c{i}"), "A coalition", [new PartyId(i + 1 < Count ? $"c{i + 1}" : "us"), new PartyId("c0")]));
        }

        // One cycle per coalition (c0 names itself too), each reported at the coalition that closes it.
        var errors = builder.Build(maxErrors: Count).AsT1.Errors.ToDictionary(e => e.Path, e => e.Message);
        Assert.Equal(Count, errors.Count);
        Assert.Equal("coalition memberships form a cycle: c0 → c0", errors["$.parties[2].members"]);
        Assert.Equal("coalition memberships form a cycle: c0 → c1 → c0", errors["$.parties[3].members"]);
        Assert.Equal($"coalition memberships form a cycle: c0 → c1 → c2 → c3 → … ({Count - 8} more) → c1996 → c1997 → c1998 → c1999 → c0", errors[$"$.parties[{Count + 1}].members"]);
        Assert.All(errors.Values, message => Assert.True(message.Length < 200, message));
    }

    [Fact]
    public void A_party_cannot_demand_of_itself()
    {
        var errors = Errors(Base().Demand("d", "us", "us", "drugs", new PolicyAction(ActionKind.ResumeChannel)));
        Assert.Equal([(ErrorCodes.SelfDemand, "$.demands[0].to")], errors);
    }

    [Fact]
    public void Parent_bodies_cannot_form_a_cycle()
    {
        var errors = Errors(Base()
            .Body("a", "Body A", GovernmentBodyType.Agency, "b")
            .Body("b", "Body B", GovernmentBodyType.Agency, "c")
            .Body("c", "Body C", GovernmentBodyType.Agency, "a"));
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.ParentCycle, error.Code);
        Assert.Equal("$.parties[2].parent", error.Path);
    }

    [Fact]
    public void A_body_belongs_to_a_state_or_a_body()
    {
        var errors = Errors(Base()
            .Add(new Group(new PartyId("g"), "Some group", GroupType.Other))
            .Body("b", "Body", GovernmentBodyType.Agency, "g"));
        Assert.Equal([(ErrorCodes.InvalidParent, "$.parties[3].parent")], errors);
    }

    [Fact]
    public void Coalition_memberships_cannot_form_a_cycle()
    {
        var errors = Errors(Base()
            .Add(new Coalition(new PartyId("bloc-a"), "Bloc A", [Us, new PartyId("bloc-b")]))
            .Add(new Coalition(new PartyId("bloc-b"), "Bloc B", [Cn, new PartyId("bloc-a")])));
        Assert.Equal([(ErrorCodes.MembershipCycle, "$.parties[3].members")], errors);
    }

    [Fact]
    public void Only_parties_to_an_agreement_make_commitments_in_it()
    {
        var errors = Errors(Base()
            .State("mx", "Mexico", "MX")
            .Add(new Agreement(new AgreementId("deal"), "A deal", [Us, Cn], [
                new Commitment(new CommitmentId("c1"), Us, new PolicyAction(ActionKind.ResumeChannel)),
                new Commitment(new CommitmentId("c2"), new PartyId("mx"), new PolicyAction(ActionKind.ResumeChannel), conditionalOn: [new CommitmentId("c2"), new CommitmentId("c9")]),
            ])));
        Assert.Equal(
            [
                (ErrorCodes.DanglingReference, "$.agreements[0].commitments[1].conditionalOn[1]"),
                (ErrorCodes.CommitmentByNonParty, "$.agreements[0].commitments[1].by"),
                (ErrorCodes.SelfCondition, "$.agreements[0].commitments[1].conditionalOn[0]"),
            ],
            errors);
    }

    [Fact]
    public void An_answer_cannot_be_dated_before_the_demand()
    {
        var errors = Errors(Base().Add(new Demand(
            new DemandId("d"), Us, Cn, new PolicyAction(ActionKind.ResumeChannel), Drugs, DemandStatus.Rejected, new PartialDate(2023, 6),
            response: new DemandResponse("No.", date: new PartialDate(2023, 5, 31)))));
        Assert.Equal([(ErrorCodes.DateOrder, "$.demands[0].response.date")], errors);
    }

    [Fact]
    public void Stance_subjects_must_resolve()
    {
        var errors = Errors(Base().Stance("s", "us", new AgreementId("no-such-deal"), StancePosition.Oppose));
        Assert.Equal([(ErrorCodes.DanglingReference, "$.stances[0].subject")], errors);
    }

    [Fact]
    public void All_violations_come_back_together()
    {
        var errors = Errors(Base()
            .State("us", "Duplicate", "US")
            .Demand("d", "cn", "cn", "drugs", new PolicyAction(ActionKind.ResumeChannel))
            .Add(new Agreement(new AgreementId("deal"), "A deal", [Us, Cn], [new Commitment(new CommitmentId("c"), new PartyId("ghost"), new PolicyAction(ActionKind.ResumeChannel))])));
        Assert.Equal(
            [
                (ErrorCodes.DuplicateId, "$.parties[2].id"),
                (ErrorCodes.SelfDemand, "$.demands[0].to"),
                (ErrorCodes.DanglingReference, "$.agreements[0].commitments[0].by"),
            ],
            errors);
    }

    [Fact]
    public void Errors_say_what_is_wrong_in_words()
    {
        var failure = Base().Demand("d", "us", "us", "drugs", new PolicyAction(ActionKind.ResumeChannel)).Build().AsT1;
        var error = Assert.Single(failure.Errors);
        Assert.Equal("party 'us' cannot demand something of itself", error.Message);
        Assert.Equal("$.demands[0].to: self-demand: party 'us' cannot demand something of itself", failure.ToString());
    }

    [Fact]
    public void Parent_chains_deeper_than_the_limit_are_refused_once_per_branch()
    {
        var builder = Base();
        var parent = "cn";
        for (var i = 0; i < NegotiationDocument.MaxParentDepth + 5; i++)
        {
            builder.Body($"body-{i}", $"Body {i}", GovernmentBodyType.Agency, parent);
            parent = $"body-{i}";
        }

        // parties[0..1] are the states; body-k is parties[k + 2] and sits k + 1 links below China.
        Assert.Equal([(ErrorCodes.ParentTooDeep, $"$.parties[{NegotiationDocument.MaxParentDepth + 2}].parent")], Errors(builder));

        var shallow = Base();
        shallow.Body("body-0", "Body 0", GovernmentBodyType.Agency, "cn");
        Assert.True(shallow.Build().IsT0);
    }

    [Fact]
    public void A_commitment_cannot_fulfil_its_own_party_s_demand()
    {
        var errors = Errors(Base()
            .Demand("d", "us", "cn", "drugs", new PolicyAction(ActionKind.ResumeChannel))
            .Add(new Agreement(new AgreementId("deal"), "A deal", [Us, Cn], [new Commitment(new CommitmentId("c"), Us, new PolicyAction(ActionKind.ResumeChannel), fulfils: [new DemandId("d")])])));
        Assert.Equal([(ErrorCodes.SelfFulfilment, "$.agreements[0].commitments[0].fulfils[0]")], errors);
    }

    [Fact]
    public void A_demand_is_not_asked_in_exchange_for_itself()
    {
        var errors = Errors(Base().Add(new Demand(new DemandId("d"), Us, Cn, new PolicyAction(ActionKind.ResumeChannel), Drugs, inExchangeFor: [new DemandId("d")])));
        Assert.Equal([(ErrorCodes.SelfCondition, "$.demands[0].inExchangeFor[0]")], errors);
    }

    [Fact]
    public void Country_on_a_state_is_required()
    {
        var state = new State(Us, "United States", new CountryCode("US"));
        Assert.Throws<ArgumentNullException>(() => state with { Country = null });
    }
}
