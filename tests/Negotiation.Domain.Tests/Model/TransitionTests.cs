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
    private static readonly Sanction Active = new(new SanctionId("s"), new PartyId("us"), [new PartyId("x")], [SanctionMeasure.ExportControl], SanctionStatus.Active, startDate: new PartialDate(2020, 5));

    [Fact]
    public void A_sanction_is_lifted_once_and_says_why_not_twice()
    {
        var lifted = Active.Lift(new PartialDate(2023, 11, 16), new AgreementId("deal")).AsT0;
        Assert.Equal(SanctionStatus.Lifted, lifted.Status);
        Assert.Equal(new PartialDate(2023, 11, 16), lifted.EndDate);
        Assert.Equal("agreement:deal", lifted.EndedBy.ToString());
        Assert.Equal(SanctionStatus.Active, Active.Status);

        var again = lifted.Lift();
        Assert.True(again.IsT1);
        Assert.Equal("sanction:s", again.AsT1.Subject);
        Assert.Equal("Lifted is final: no status change is allowed from it.", again.AsT1.Message);
        Assert.Equal("illegal-transition", again.AsT1.Code);
        Assert.Equal("$.status", again.AsT1.Path);
    }

    [Fact]
    public void A_sanction_cannot_end_before_it_started()
    {
        var error = Active.Lift(new PartialDate(2019)).AsT1;
        Assert.Contains("before the start date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sanction_cannot_end_before_it_was_listed_and_says_so_rather_than_throw()
    {
        // Only a listing date, as the seed's Entity List record has: the EndDate guard would throw without this check.
        var listed = Active with { StartDate = null, ListingDate = new PartialDate(2020, 5) };
        var error = listed.Lift(new PartialDate(2019)).AsT1;
        Assert.Equal("the end date 2019 is before the listing date 2020-05.", error.Message);
        Assert.Equal("$.endDate", error.Path);
        Assert.Equal(SanctionStatus.Lifted, listed.Lift(new PartialDate(2020, 5)).AsT0.Status);
    }

    [Theory]
    [InlineData(SanctionStatus.Proposed, SanctionStatus.Active, true)]
    [InlineData(SanctionStatus.Proposed, SanctionStatus.Lifted, false)]
    [InlineData(SanctionStatus.Active, SanctionStatus.Suspended, true)]
    [InlineData(SanctionStatus.Suspended, SanctionStatus.Active, true)]
    [InlineData(SanctionStatus.Active, SanctionStatus.Expired, true)]
    [InlineData(SanctionStatus.Expired, SanctionStatus.Active, false)]
    [InlineData(SanctionStatus.Active, SanctionStatus.Active, false)]
    public void Sanction_transitions_follow_the_lifecycle(SanctionStatus from, SanctionStatus to, bool allowed)
    {
        var sanction = Active with { Status = from };
        Assert.Equal(allowed, sanction.TransitionTo(to).IsT0);
        Assert.Equal(allowed, sanction.NextStatuses.Contains(to));
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
    public void A_proposed_sanction_cannot_start_after_its_end_and_says_so_rather_than_throw()
    {
        var proposed = Active with { Status = SanctionStatus.Proposed, StartDate = null, EndDate = new PartialDate(2021) };
        var error = proposed.TransitionTo(SanctionStatus.Active, new PartialDate(2022)).AsT1;
        Assert.Equal(("$.startDate", "the start date 2022 is after the end date 2021."), (error.Path, error.Message));
        Assert.Equal(new PartialDate(2020), proposed.TransitionTo(SanctionStatus.Active, new PartialDate(2020)).AsT0.StartDate);
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
