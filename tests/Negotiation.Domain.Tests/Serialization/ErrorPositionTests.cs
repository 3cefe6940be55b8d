using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Seeds;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>Every error of a document that breaks several rules carries its own line and column.</summary>
public class ErrorPositionTests
{
    [Fact]
    public void Each_broken_rule_is_located_at_its_own_member()
    {
        var seed = System.Text.Encoding.UTF8.GetString(SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023));
        var lines = seed.Split('\n');
        var toLine = Array.FindIndex(lines, l => l.Contains("\"to\": \"us\"", StringComparison.Ordinal)) + 1;
        var authorityLine = Array.FindIndex(lines, l => l.Contains("\"authority\": \"us-treasury\"", StringComparison.Ordinal)) + 1;
        var broken = seed
            .Replace("\"to\": \"us\"", "\"to\": \"cn\"", StringComparison.Ordinal)
            .Replace("\"authority\": \"us-treasury\"", "\"authority\": \"us-tresury\"", StringComparison.Ordinal);

        var error = NegotiationJson.Read(broken).AsT1;

        Assert.Equal(
            [
                new JsonReadIssue(ValidationCodes.SelfDemand, "$.demands[2].to", toLine, 7, "party 'cn' cannot demand something of itself"),
                new JsonReadIssue(ValidationCodes.DanglingReference, "$.sanctions[1].authority", authorityLine, 7, "no party has the id 'us-tresury'"),
            ],
            error.Errors);
        Assert.Equal((error.Line, error.Column), (error.Errors[0].Line, error.Errors[0].Column));
    }

    [Fact]
    public void A_single_error_is_its_own_only_issue()
    {
        var error = NegotiationJson.Read("{\"formatVersion\": 2}").AsT1;
        var issue = Assert.Single(error.Errors);
        Assert.Equal(new JsonReadIssue(error.Code, error.Path, error.Line, error.Column, error.Message), issue);
    }
}
