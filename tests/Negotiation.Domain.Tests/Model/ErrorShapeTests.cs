using Negotiation.Domain.Analysis;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using static Negotiation.Domain.Tests.Analysis.TinyCase;

namespace Negotiation.Domain.Tests.Model;

/// <summary>Every failure and every item of one is an <see cref="INegotiationError"/>: a registered code, a JSON path and a message.</summary>
public class ErrorShapeTests
{
    private static readonly HashSet<string> Registered = [.. ErrorCodes.All.Select(entry => entry.Code)];

    [Fact]
    public void A_read_error_and_its_issues_have_the_shape_and_a_position()
    {
        var json = NegotiationJson.Write(Document()).Replace("\"id\": \"north\"", "\"id\": \"south\"", StringComparison.Ordinal);
        var error = NegotiationJson.Read(json).AsT1;

        AssertFailure(error);
        Assert.All(((INegotiationFailure)error).Errors, item => Assert.IsAssignableFrom<ITextPosition>(item));
        var first = (ITextPosition)((INegotiationFailure)error).Errors[0];
        Assert.Equal((error.Line, error.Column), (first.Line, first.Column));
    }

    [Fact]
    public void A_validation_failure_is_its_first_error_and_lists_them_all()
    {
        var failure = new NegotiationBuilder("case", "A case")
            .State("us", "United States", "US")
            .State("us", "United States again", "US")
            .Issue("drugs", "Drugs", IssueCategory.IllegalDrugs)
            .Demand("d", from: "us", to: "us", issue: "drugs", new Actions.PolicyAction(Actions.ActionKind.ResumeChannel))
            .Build().AsT1;

        AssertFailure(failure);
        Assert.Equal((ErrorCodes.DuplicateId, "$.parties[1].id"), (failure.Code, failure.Path));
        Assert.Equal(failure.Errors.Count, ((INegotiationFailure)failure).Errors.Count);
    }

    [Fact]
    public void A_what_if_failure_is_its_first_problem_and_lists_them_all()
    {
        var document = Document(c => c with { Sanctions = [Listing with { History = [new SanctionChange(SanctionChangeKind.Expired, new PartialDate(2021))] }], Agreements = [DealAgreement with { Date = null }] });
        var failure = WhatIf.Apply(document, Deal).AsT1;

        AssertFailure(failure);
        Assert.Equal((ErrorCodes.DateRequired, "$.agreements[0].date"), (failure.Code, failure.Path));
        Assert.Equal(failure.Problems.Count, ((INegotiationFailure)failure).Errors.Count);
    }

    [Fact]
    public void A_transition_error_has_the_shape_with_a_path_in_its_record()
    {
        INegotiationError error = Listing.Lift(new PartialDate(2019)).AsT1;

        Assert.Equal((ErrorCodes.IllegalTransition, "$.history"), (error.Code, error.Path));
        Assert.Contains(error.Code, Registered);
        Assert.NotEmpty(error.Message);
    }

    private static void AssertFailure(INegotiationFailure failure)
    {
        Assert.NotEmpty(failure.Errors);
        var first = failure.Errors[0];
        Assert.Equal((first.Code, first.Path, first.Message), (failure.Code, failure.Path, failure.Message));
        Assert.All(failure.Errors, item =>
        {
            Assert.Contains(item.Code, Registered);
            Assert.StartsWith("$", item.Path, StringComparison.Ordinal);
            Assert.NotEmpty(item.Message);
        });
    }
}
