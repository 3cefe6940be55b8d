using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Model;

/// <summary>Issue 13, item 20: the words real cases needed and version 1 lacked, each written in snake_case and read back.</summary>
public class VersionTwoWordsTests
{
    [Theory]
    [InlineData(IssueCategory.FoodAndAgriculture, "food_and_agriculture")]
    [InlineData(IssueCategory.SanctionsPolicy, "sanctions_policy")]
    [InlineData(IssueCategory.DetainedNationals, "detained_nationals")]
    public void New_issue_categories_are_written_by_their_names_and_read_back(IssueCategory category, string name)
    {
        var document = new NegotiationBuilder("d", "D").Issue("i", "An issue", category).Build().AsT0;

        var json = NegotiationJson.Write(document);

        Assert.Contains($"\"category\": \"{name}\"", json, StringComparison.Ordinal);
        Assert.Equal(category, NegotiationJson.ReadOrThrow(json).Issues[0].Category);
    }

    [Theory]
    [InlineData(EventKind.Extension, "extension")]
    [InlineData(EventKind.Withdrawal, "withdrawal")]
    [InlineData(EventKind.MilitaryExercise, "military_exercise")]
    [InlineData(EventKind.ClauseInvocation, "clause_invocation")]
    public void New_event_kinds_are_written_by_their_names_and_read_back(EventKind kind, string name)
    {
        var document = new NegotiationBuilder("d", "D").Add(new Event(new EventId("e"), kind, "An event", new PartialDate(2021, 2, 3))).Build().AsT0;

        var json = NegotiationJson.Write(document);

        Assert.Contains($"\"kind\": \"{name}\"", json, StringComparison.Ordinal);
        Assert.Equal(kind, NegotiationJson.ReadOrThrow(json).Events[0].Kind);
    }

    [Fact]
    public void The_words_of_version_one_keep_their_numbers()
    {
        // Appended, never inserted: code compiled against version 1 keeps the values it knew.
        Assert.Equal(16, (int)IssueCategory.Other);
        Assert.Equal(8, (int)EventKind.Other);
        Assert.Equal(17, (int)IssueCategory.FoodAndAgriculture);
        Assert.Equal(9, (int)EventKind.Extension);
    }
}
