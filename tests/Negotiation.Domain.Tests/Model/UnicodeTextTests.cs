using Negotiation.Domain.Countries;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Tests.Model;

/// <summary>Text in records is valid Unicode: a lone surrogate could not be written to UTF-8 JSON and read back unchanged.</summary>
public class UnicodeTextTests
{
    [Fact]
    public void A_text_with_a_lone_surrogate_is_refused_naming_the_property()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Issue(new IssueId("i"), "Broken \ud83d", IssueCategory.Other));
        Assert.Equal("Title", exception.ParamName);
        Assert.Throws<ArgumentException>(() => new Issue(new IssueId("i"), "Broken", IssueCategory.Other, "\ude42 low first"));
        var issue = new Issue(new IssueId("i"), "Fine", IssueCategory.Other);
        Assert.Throws<ArgumentException>(() => issue with { Description = "end \ud83d" });
    }

    [Fact]
    public void A_list_item_with_a_lone_surrogate_is_refused_naming_the_list()
    {
        var exception = Assert.Throws<ArgumentException>(() => new State(new PartyId("us"), "United States", new CountryCode("US"), ["fine", "broken \ud83d"]));
        Assert.Equal("Aliases", exception.ParamName);
        Assert.Contains("aliases[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Surrogate_pairs_are_accepted()
        => Assert.Equal("Smile 🙂", new Issue(new IssueId("i"), "Smile 🙂", IssueCategory.Other).Title);
}
