using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Tests.Scenarios;
using static Negotiation.Domain.Tests.Analysis.TinyCase;

namespace Negotiation.Domain.Tests.Analysis;

public class WhatIfTests
{
    [Fact]
    public void Seed_deal_is_only_reported_so_it_is_refused_unless_assumed_concluded()
    {
        var failure = WhatIf.Apply(SeedScenario.Build(), SeedScenario.FentanylDeal).AsT1;

        var problem = Assert.Single(failure.Problems);
        Assert.Equal(ErrorCodes.NotActionable, problem.Code);
        Assert.Equal("$.agreements[0].status", problem.Path);
        Assert.Equal((Reference)SeedScenario.FentanylDeal, problem.Subject);
        Assert.Equal("agreement 'us-cn-fentanyl-deal' is Reported, not concluded; assume it concluded to apply it all the same", problem.Message);
    }

    [Fact]
    public void Seed_deal_assumed_concluded_leaves_the_institute_sanction_lifted_and_the_original_unchanged()
    {
        var original = SeedScenario.Build();

        var after = WhatIf.Apply(original, SeedScenario.FentanylDeal, assumeConcluded: true).AsT0;

        var listing = after.Find(SeedScenario.InstituteListing)!;
        Assert.Equal(SanctionStatus.Lifted, listing.Status);
        Assert.Equal((Reference)SeedScenario.FentanylDeal, listing.EndedBy);
        Assert.Equal(new PartialDate(2023, 11, 15), listing.EndDate);
        Assert.Equal(SanctionStatus.Active, after.Find(SeedScenario.TreasuryFentanylDesignations)!.Status);
        Assert.Equal(DemandStatus.Fulfilled, after.Find(SeedScenario.ChinaAsksLifting)!.Status);
        Assert.Equal(DemandStatus.Fulfilled, after.Find(SeedScenario.UsAsksCrackdown)!.Status);
        Assert.Equal(DemandStatus.Rejected, after.Find(SeedScenario.UsAskedIngredientRestrictions)!.Status);
        Assert.Equal(AgreementStatus.InForce, after.Find(SeedScenario.FentanylDeal)!.Status);
        Assert.Equal(Confirmation.Unconfirmed, after.Find(SeedScenario.FentanylDeal)!.Confirmation);

        Assert.Equal(SeedScenario.Build(), original);
        Assert.NotEqual(original, after);
        Assert.Equal(SanctionStatus.Active, original.Find(SeedScenario.InstituteListing)!.Status);
        Assert.Equal(AgreementStatus.Reported, original.Find(SeedScenario.FentanylDeal)!.Status);
        Assert.Equal(original.Events.Count, after.Events.Count - 1);
    }

    [Fact]
    public void Seed_deal_adds_an_event_that_names_what_changed()
    {
        var after = WhatIf.Apply(SeedScenario.Build(), SeedScenario.FentanylDeal, assumeConcluded: true).AsT0;

        var added = after.Events[^1];
        Assert.Equal(new EventId("what-if-us-cn-fentanyl-deal"), added.Id);
        Assert.Equal(EventKind.Agreement, added.Kind);
        Assert.Equal(new PartialDate(2023, 11, 15), added.Date);
        Assert.Equal([SeedScenario.UnitedStates, SeedScenario.China], added.Parties);
        Assert.Equal(
            ["agreement:us-cn-fentanyl-deal", "demand:cn-asks-lifting-institute-sanction", "sanction:us-entity-list-cn-mps-ifs", "demand:us-asks-crackdown-on-exporters"],
            added.Related.Select(r => r.ToString()));
        Assert.Null(added.Attribution);
        Assert.Equal(added, after.Timeline()[^1]);
    }

    [Fact]
    public void An_agreed_deal_is_applied_on_its_own_date_or_on_the_date_given()
    {
        var original = Document();

        var onItsDate = WhatIf.Apply(original, Deal).AsT0;
        var later = WhatIf.Apply(original, Deal, new PartialDate(2024, 6)).AsT0;

        Assert.Equal(DealDate, onItsDate.Find(LabListing)!.EndDate);
        Assert.Equal(new PartialDate(2024, 6), later.Find(LabListing)!.EndDate);
        Assert.Equal(new PartialDate(2024, 6), later.Events[^1].Date);
        Assert.Equal(DealDate, later.Find(Deal)!.Date);
        Assert.Equal(AgreementStatus.InForce, later.Find(Deal)!.Status);
        Assert.Equal(Document(), original);
    }

    [Theory]
    [InlineData(AgreementStatus.Agreed)]
    [InlineData(AgreementStatus.Signed)]
    [InlineData(AgreementStatus.InForce)]
    public void A_concluded_agreement_is_applied_and_ends_in_force(AgreementStatus status)
    {
        var document = Document(c => c with { Agreements = [DealAgreement with { Status = status }] });

        var after = WhatIf.Apply(document, Deal).AsT0;

        Assert.Equal(AgreementStatus.InForce, after.Find(Deal)!.Status);
        Assert.Equal(SanctionStatus.Lifted, after.Find(LabListing)!.Status);
    }

    [Theory]
    [InlineData(AgreementStatus.Proposed)]
    [InlineData(AgreementStatus.Reported)]
    public void A_pending_agreement_is_refused_unless_assumed_concluded(AgreementStatus status)
    {
        var document = Document(c => c with { Agreements = [DealAgreement with { Status = status }] });

        Assert.Equal([ErrorCodes.NotActionable], WhatIf.Apply(document, Deal).AsT1.Codes);
        Assert.Equal(AgreementStatus.InForce, WhatIf.Apply(document, Deal, assumeConcluded: true).AsT0.Find(Deal)!.Status);
    }

    [Theory]
    [InlineData(AgreementStatus.Suspended)]
    [InlineData(AgreementStatus.Terminated)]
    [InlineData(AgreementStatus.Collapsed)]
    public void An_agreement_that_ended_or_is_suspended_is_refused_even_when_assumed_concluded(AgreementStatus status)
    {
        var document = Document(c => c with { Agreements = [DealAgreement with { Status = status }] });

        var problem = Assert.Single(WhatIf.Apply(document, Deal, assumeConcluded: true).AsT1.Problems);

        Assert.Equal(ErrorCodes.NotActionable, problem.Code);
        Assert.Equal($"agreement 'deal' is {status}: it cannot be carried out", problem.Message);
    }

    [Fact]
    public void A_condition_on_a_commitment_of_an_agreement_not_in_force_is_unmet()
    {
        var releases = new CommitmentId("south-releases-traders");
        var other = new Agreement(
            new AgreementId("release-deal"), "Release of traders", [North, South],
            [new Commitment(releases, South, new PolicyAction(ActionKind.Release, "Release the detained traders."))],
            AgreementStatus.Agreed, date: new PartialDate(2024, 1));
        var document = Document(c => c with { Agreements = [DealAgreement with { Commitments = [Lift with { ConditionalOn = [SouthCracksDown, releases] }, Crackdown] }, other] });

        var problem = Assert.Single(WhatIf.Apply(document, Deal).AsT1.Problems);

        Assert.Equal(ErrorCodes.ConditionUnmet, problem.Code);
        Assert.Equal("$.agreements[0].commitments[0].conditionalOn[1]", problem.Path);
        Assert.Equal((Reference)NorthLifts, problem.Subject);
        Assert.Equal("commitment 'north-lifts' is conditional on commitment 'south-releases-traders' of agreement 'release-deal', which is Agreed, not in force", problem.Message);
        Assert.Null(problem.Transition);

        // Once the other agreement is carried out, it is in force, and the condition is met.
        var released = WhatIf.Apply(document, other.Id).AsT0;
        Assert.Equal(SanctionStatus.Lifted, WhatIf.Apply(released, Deal).AsT0.Find(LabListing)!.Status);
    }

    [Fact]
    public void A_condition_within_the_same_agreement_is_met_by_carrying_it_out()
    {
        // Both commitments of the deal are conditional on each other; that alone never blocks it.
        Assert.True(WhatIf.Apply(Document(), Deal).IsT0);
    }

    [Fact]
    public void A_sanction_already_lifted_is_left_as_it_is_and_an_agreement_applies_twice_without_error()
    {
        var document = Document(c => c with { Sanctions = [Listing.Lift(new PartialDate(2023)).AsT0] });

        var after = WhatIf.Apply(document, Deal).AsT0;
        Assert.Equal(document.Find(LabListing), after.Find(LabListing));

        // Carried out once, the agreement is in force, its commitments carried out: carrying it out again changes nothing but the event.
        var twice = WhatIf.Apply(after, Deal, DealDate).AsT0;
        Assert.Equal(after.Sanctions, twice.Sanctions);
        Assert.Equal(after.Agreements, twice.Agreements);
        Assert.Equal(after.Demands, twice.Demands);
        Assert.Equal(after.Events.Count + 1, twice.Events.Count);
        Assert.All(twice.Find(Deal)!.Commitments, c => Assert.Equal(Performance.PerformanceStatus.CarriedOut, c.Status));
    }

    [Fact]
    public void An_expired_sanction_cannot_be_lifted_and_says_why()
    {
        var document = Document(c => c with { Sanctions = [Listing with { History = [new SanctionChange(SanctionChangeKind.Expired, new PartialDate(2021))] }] });

        var problem = Assert.Single(WhatIf.Apply(document, Deal).AsT1.Problems);

        Assert.Equal(ErrorCodes.IllegalTransition, problem.Code);
        Assert.Equal("$.sanctions[0].history", problem.Path);
        Assert.Equal((Reference)LabListing, problem.Subject);
        Assert.Equal("sanction:lab-listing", problem.Transition!.Subject);
        Assert.Equal("$.history", problem.Transition.Path);
        Assert.Equal("Expired", problem.Transition.From);
        Assert.Equal("a change 'lifted' cannot follow 'expired'; it can be followed by reimposed.", problem.Message);
    }

    [Fact]
    public void A_date_before_the_listing_is_refused_as_a_transition()
    {
        var problem = Assert.Single(WhatIf.Apply(Document(), Deal, new PartialDate(2019)).AsT1.Problems);

        Assert.Equal(ErrorCodes.IllegalTransition, problem.Code);
        Assert.Equal("$.sanctions[0].history", problem.Path);
        Assert.Equal("the end date 2019 is before the listing date 2020-05.", problem.Message);
    }

    [Fact]
    public void A_withdrawn_demand_cannot_be_fulfilled_and_is_reported_once_however_many_commitments_meet_it()
    {
        var document = Document(c => c with
        {
            Demands = [LiftingDemand with { Status = DemandStatus.Withdrawn }, CrackdownDemand],
            Agreements = [DealAgreement with { Commitments = [Lift, Crackdown, new Commitment(new CommitmentId("north-lifts-again"), North, PolicyAction.Lift([LabListing]), fulfils: [SouthAsksLifting])] }],
        });

        var problem = Assert.Single(WhatIf.Apply(document, Deal).AsT1.Problems);

        Assert.Equal(ErrorCodes.IllegalTransition, problem.Code);
        Assert.Equal("$.demands[0].status", problem.Path);
        Assert.Equal((Reference)SouthAsksLifting, problem.Subject);
        Assert.Equal("Withdrawn is final: no status change is allowed from it.", problem.Message);
    }

    [Fact]
    public void A_rejected_demand_met_by_the_agreement_is_made_again_and_fulfilled()
    {
        var refused = new DemandResponse("Not while the listing stands.", [LabListing]);
        var document = Document(c => c with { Demands = [LiftingDemand, CrackdownDemand with { Status = DemandStatus.Rejected, Response = refused }] });

        var demand = WhatIf.Apply(document, Deal).AsT0.Find(NorthAsksCrackdown)!;

        Assert.Equal(DemandStatus.Fulfilled, demand.Status);
        Assert.Equal(refused, demand.Response);
    }

    [Fact]
    public void An_undated_agreement_needs_a_date()
    {
        var document = Document(c => c with { Agreements = [DealAgreement with { Date = null }] });

        var problem = Assert.Single(WhatIf.Apply(document, Deal).AsT1.Problems);

        Assert.Equal(ErrorCodes.DateRequired, problem.Code);
        Assert.Equal("$.agreements[0].date", problem.Path);
        Assert.Equal((Reference)Deal, problem.Subject);
        Assert.True(WhatIf.Apply(document, Deal, new PartialDate(2024)).IsT0);
    }

    [Fact]
    public void Every_problem_is_reported_together_in_order()
    {
        var document = Document(c => c with
        {
            Agreements = [DealAgreement with { Status = AgreementStatus.Terminated, Date = null }],
            Sanctions = [Listing with { History = [new SanctionChange(SanctionChangeKind.Expired, new PartialDate(2021))] }],
        });

        var failure = WhatIf.Apply(document, Deal).AsT1;

        Assert.Equal([ErrorCodes.NotActionable, ErrorCodes.DateRequired, ErrorCodes.IllegalTransition], failure.Codes);
        Assert.Equal(
            """
            $.agreements[0].status (agreement:deal): agreement-not-actionable: agreement 'deal' is Terminated: it cannot be carried out
            $.agreements[0].date (agreement:deal): date-required: agreement 'deal' has no date: give the date it is carried out
            $.sanctions[0].history (sanction:lab-listing): illegal-transition: a change 'lifted' cannot follow 'expired'; it can be followed by reimposed.
            """.ReplaceLineEndings(Environment.NewLine),
            failure.ToString());
    }

    [Theory]
    [InlineData(new[] { "what-if-deal" }, "what-if-deal-2")]
    [InlineData(new[] { "what-if-deal", "what-if-deal-2" }, "what-if-deal-3")]
    public void The_event_id_does_not_collide_with_an_existing_event(string[] taken, string expected)
    {
        var document = Document(c => c with { Events = [.. taken.Select(id => new Event(new EventId(id), EventKind.Other, "Taken", new PartialDate(2024)))] });

        var after = WhatIf.Apply(document, Deal).AsT0;

        Assert.Equal(new EventId(expected), after.Events[^1].Id);
    }

    [Fact]
    public void A_long_agreement_id_still_makes_a_valid_event_id()
    {
        var longId = new AgreementId(string.Join('-', Enumerable.Repeat("deal", 20)));
        var document = Document(c => c with
        {
            Agreements = [DealAgreement with { Id = longId }],
            Stances = default,
        });

        var id = WhatIf.Apply(document, longId).AsT0.Events[^1].Id;

        Assert.StartsWith("what-if-deal-deal", id.Value, StringComparison.Ordinal);
        Assert.True(id.Value.Length <= Slug.MaxLength);
    }

    [Fact]
    public void A_failure_needs_a_problem_and_an_unknown_agreement_is_a_programmer_error()
    {
        Assert.Throws<ArgumentException>(() => new WhatIfFailure(default));
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => WhatIf.Apply(Document(), new AgreementId("no-such-deal"))).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => WhatIf.Apply(Document(), Deal, default(PartialDate))).ParamName);
        Assert.Throws<ArgumentNullException>(() => WhatIf.Apply(null!, Deal));
    }
}
