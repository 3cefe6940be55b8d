using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Tests.Model;

public class TransitionTests
{
    private static readonly Sanction Active = new(new SanctionId("s"), new PartyId("us"), [new PartyId("x")], [SanctionMeasure.ExportControl], [new SanctionChange(SanctionChangeKind.Imposed, new PartialDate(2020, 5))]);

    [Fact]
    public void A_sanction_is_lifted_once_and_says_why_not_twice()
    {
        var lifted = Active.Lift(new PartialDate(2023, 11, 16), new AgreementId("deal")).AsT0;
        Assert.Equal(SanctionStatus.Lifted, lifted.Status);
        Assert.Equal(new PartialDate(2023, 11, 16), lifted.EndDate);
        Assert.Equal("agreement:deal", lifted.EndedBy.ToString());
        Assert.Equal(SanctionStatus.Active, Active.Status);
        Assert.Equal(2, lifted.History.Count);

        var again = lifted.Lift();
        Assert.True(again.IsT1);
        Assert.Equal("sanction:s", again.AsT1.Subject);
        Assert.Equal("a change 'lifted' cannot follow 'lifted'; it can be followed by reimposed.", again.AsT1.Message);
        Assert.Equal("illegal-transition", again.AsT1.Code);
        Assert.Equal("$.history", again.AsT1.Path);
    }

    [Fact]
    public void A_sanction_cannot_end_before_it_started()
    {
        var error = Active.Lift(new PartialDate(2019)).AsT1;
        Assert.Contains("before the period the change dated 2020-05 opened", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sanction_cannot_end_before_it_was_listed_and_says_so_rather_than_throw()
    {
        // Only a listing date, as the seed's Entity List record has.
        var listed = Active with { History = [], ListingDate = new PartialDate(2020, 5) };
        var error = listed.Lift(new PartialDate(2019)).AsT1;
        Assert.Equal("the end date 2019 is before the listing date 2020-05.", error.Message);
        Assert.Equal("$.history", error.Path);
        Assert.Equal(SanctionStatus.Lifted, listed.Lift(new PartialDate(2020, 5)).AsT0.Status);
    }

    [Theory]
    [InlineData(SanctionChangeKind.Proposed, SanctionStatus.Active, true)]
    [InlineData(SanctionChangeKind.Proposed, SanctionStatus.Lifted, false)]
    [InlineData(SanctionChangeKind.Imposed, SanctionStatus.Suspended, true)]
    [InlineData(SanctionChangeKind.Imposed, SanctionStatus.Waived, true)]
    [InlineData(SanctionChangeKind.Suspended, SanctionStatus.Active, true)]
    [InlineData(SanctionChangeKind.Waived, SanctionStatus.Active, true)]
    [InlineData(SanctionChangeKind.Waived, SanctionStatus.Waived, true)]
    [InlineData(SanctionChangeKind.Imposed, SanctionStatus.Expired, true)]
    [InlineData(SanctionChangeKind.Expired, SanctionStatus.Active, true)]
    [InlineData(SanctionChangeKind.Lifted, SanctionStatus.Active, true)]
    [InlineData(SanctionChangeKind.Lifted, SanctionStatus.Waived, false)]
    [InlineData(SanctionChangeKind.Imposed, SanctionStatus.Active, false)]
    [InlineData(SanctionChangeKind.Reimposed, SanctionStatus.Proposed, false)]
    public void Sanction_changes_follow_the_lifecycle(SanctionChangeKind last, SanctionStatus to, bool allowed)
    {
        var sanction = Active with { History = [new SanctionChange(last)] };
        Assert.Equal(allowed, sanction.TransitionTo(to).IsT0);
        Assert.Equal(allowed, sanction.NextStatuses.Contains(to));
    }

    [Fact]
    public void A_sanction_with_no_history_is_in_force_and_may_be_proposed_imposed_or_re_imposed_only_as_a_first_change()
    {
        var bare = Active with { History = [] };
        Assert.Equal(SanctionStatus.Active, bare.Status);
        Assert.Equal(new[] { SanctionStatus.Proposed, SanctionStatus.Active, SanctionStatus.Waived, SanctionStatus.Suspended, SanctionStatus.Lifted, SanctionStatus.Expired }, bare.NextStatuses);
        Assert.True(bare.Reimpose().IsT0);
        Assert.Equal(SanctionChangeKind.Imposed, bare.Append(new SanctionChange(SanctionChangeKind.Imposed, new PartialDate(2020))).AsT0.History[0].Kind);
        Assert.True(bare.Append(new SanctionChange(SanctionChangeKind.Reimposed)).IsT0); // lifted before the history began
        Assert.Null(bare.Append(new SanctionChange(SanctionChangeKind.Reimposed, new PartialDate(2018, 8, 7))).AsT0.StatusOn(new PartialDate(2018, 8, 6)));
    }

    [Fact]
    public void Waive_suspend_and_reimpose_each_append_their_change_with_what_made_it()
    {
        var waived = Active.Waive(new PartialDate(2023, 9, 11), new EventId("waiver")).AsT0;
        Assert.Equal((SanctionStatus.Waived, false), (waived.Status, waived.IsActive));
        Assert.Null(waived.EndDate);
        var back = waived.Reimpose(new PartialDate(2023, 10, 12)).AsT0;
        Assert.Equal(SanctionStatus.Active, back.Status);
        Assert.Equal(SanctionStatus.Suspended, back.Suspend(new PartialDate(2024)).AsT0.Status);
        Assert.Equal(
            [SanctionChangeKind.Imposed, SanctionChangeKind.Waived, SanctionChangeKind.Reimposed],
            back.History.Select(c => c.Kind));
        Assert.Equal("event:waiver", back.History[1].By.ToString());
        Assert.Equal(new PartialDate(2020, 5), back.StartDate);
    }

    [Theory]
    [InlineData(AgreementStatus.Reported, AgreementStatus.Agreed, true)]
    [InlineData(AgreementStatus.Reported, AgreementStatus.InForce, false)]
    [InlineData(AgreementStatus.Agreed, AgreementStatus.InForce, true)]
    [InlineData(AgreementStatus.Signed, AgreementStatus.InForce, true)]
    [InlineData(AgreementStatus.InForce, AgreementStatus.Suspended, true)]
    [InlineData(AgreementStatus.Suspended, AgreementStatus.Terminated, true)]
    [InlineData(AgreementStatus.Terminated, AgreementStatus.InForce, false)]
    [InlineData(AgreementStatus.Collapsed, AgreementStatus.Agreed, false)]
    [InlineData(AgreementStatus.InForce, AgreementStatus.Collapsed, false)]
    public void Agreement_transitions_follow_the_lifecycle(AgreementStatus from, AgreementStatus to, bool allowed)
    {
        var agreement = new Agreement(new AgreementId("a"), "A deal", [new PartyId("us"), new PartyId("cn")], [], from);
        var result = agreement.TransitionTo(to);
        Assert.Equal(allowed, result.IsT0);
        if (allowed)
        {
            Assert.Equal(to, result.AsT0.Status);
        }
        else
        {
            Assert.Equal(from.ToString(), result.AsT1.From);
            Assert.Equal(to.ToString(), result.AsT1.To);
        }
    }

    [Fact]
    public void A_proposed_sanction_is_imposed_by_a_move_to_active_which_dates_its_start()
    {
        var proposed = Active with { History = [new SanctionChange(SanctionChangeKind.Proposed, new PartialDate(2019))] };
        var imposed = proposed.TransitionTo(SanctionStatus.Active, new PartialDate(2020)).AsT0;
        Assert.Equal((SanctionChangeKind.Imposed, new PartialDate(2020)), (imposed.History[^1].Kind, imposed.StartDate));
        Assert.True(proposed.TransitionTo(SanctionStatus.Active, new PartialDate(2018)).IsT1);
    }

    [Fact]
    public void A_status_that_is_none_or_a_default_date_is_a_programmer_error_naming_the_parameter()
    {
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => Active.TransitionTo((SanctionStatus)99)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => Active.TransitionTo(SanctionStatus.Lifted, default(PartialDate))).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => Active.Lift(default(PartialDate))).ParamName);
        Assert.Equal("by", Assert.Throws<ArgumentException>(() => Active.Lift(new PartialDate(2023), default(Reference))).ParamName);

        var agreement = new Agreement(new AgreementId("a"), "A deal", [new PartyId("us"), new PartyId("cn")]);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => agreement.TransitionTo(default)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => agreement.TransitionTo(AgreementStatus.Agreed, default(PartialDate))).ParamName);

        var demand = new Demand(new DemandId("d"), new PartyId("us"), new PartyId("cn"), new PolicyAction(ActionKind.ResumeChannel), new IssueId("i"));
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => demand.TransitionTo((DemandStatus)99)).ParamName);
    }

    [Fact]
    public void A_rejected_demand_keeps_its_answer()
    {
        var demand = new Demand(new DemandId("d"), new PartyId("us"), new PartyId("cn"), new PolicyAction(ActionKind.ResumeChannel), new IssueId("i"));
        var rejected = demand.TransitionTo(DemandStatus.Rejected, new DemandResponse("Not now.")).AsT0;
        Assert.Equal("Not now.", rejected.Response!.Reason);
        Assert.True(rejected.TransitionTo(DemandStatus.Fulfilled).IsT1);
        Assert.Equal(DemandStatus.Made, rejected.TransitionTo(DemandStatus.Made).AsT0.Status);
    }
}
