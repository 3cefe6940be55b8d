using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Seeds;

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
        var fulfilsLine = Array.FindIndex(lines, l => l.Contains("\"fulfils\": [", StringComparison.Ordinal)) + 2; // its first item
        var broken = seed
            .Replace("\"to\": \"us\"", "\"to\": \"cn\"", StringComparison.Ordinal)
            .Replace("\"authority\": \"us-treasury\"", "\"authority\": \"us-tresury\"", StringComparison.Ordinal);

        var error = NegotiationJson.Read(broken).AsT1;

        Assert.Equal(
            [
                new JsonReadIssue(ErrorCodes.SelfDemand, "$.demands[2].to", toLine, 7, "party 'cn' cannot demand something of itself"),
                new JsonReadIssue(ErrorCodes.DanglingReference, "$.sanctions[1].authority", authorityLine, 7, "no party has the id 'us-tresury'"),

                // The demand the US's commitment meets is now made of China itself.
                new JsonReadIssue(ErrorCodes.FulfilmentByOtherParty, "$.agreements[0].commitments[0].fulfils[0]", fulfilsLine, 13, "demand 'cn-asks-lifting-institute-sanction' is made of 'cn'; a commitment by 'us' cannot fulfil it"),
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

    [Theory]
    [InlineData("[{0}]")] // many values under the long name: each path used to be built whole, as it passed
    [InlineData("{{\"a\": [{0}]}}")]
    public void A_long_member_name_over_many_values_is_explained_in_work_proportional_to_the_text(string shape)
    {
        // An unknown member with a 20 000-character name over 100 000 values (about 220 KB): the slow path that explains
        // the error used to allocate the whole path for every value under it, 4 GB here. Measured in bytes
        // allocated, which do not depend on the machine, not in time.
        var name = new string('x', 20_000);
        var values = string.Join(",", Enumerable.Repeat("0", 100_000));
        var json = $"{{\"formatVersion\": 1, \"id\": \"a\", \"title\": \"t\", \"{name}\": {string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, values)}}}";
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = NegotiationJson.Read(utf8).AsT1;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((ErrorCodes.UnknownProperty, 1, 47), (error.Code, error.Line, error.Column));
        Assert.Equal($"$['{name[..64]}…']", error.Path); // a name from the input is cut in a path, as in a message
        Assert.True(allocated < 60 * utf8.Length, $"{allocated:N0} bytes allocated for a {utf8.Length:N0}-byte text");
    }
}
