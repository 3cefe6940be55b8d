using Negotiation.Domain.Countries;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sources;

namespace Negotiation.Domain.Tests.Model;

/// <summary>Text may come from strangers and is shown to people: it cannot hide, rewrite a terminal or point anywhere but the web.</summary>
public class TextRuleTests
{
    private static readonly Issue Issue = new(new IssueId("i"), "Fine", IssueCategory.Other);

    [Theory]
    [InlineData("\u001b[31mred")]
    [InlineData("bell\u0007")]
    [InlineData("nul\u0000")]
    [InlineData("c1\u009b")]
    [InlineData("right-to-left \u202Eoverride")]
    [InlineData("isolate \u2066x\u2069")]
    public void Control_characters_and_bidi_overrides_are_refused(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => Issue with { Title = text });
        Assert.Equal("Title", error.ParamName);
        Assert.Contains("control character", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Issue with { Description = text });
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData(" \u00A0\u2003")]
    [InlineData("\u2060\uFEFF")]
    public void Text_made_only_of_invisible_characters_is_blank(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => Issue with { Title = text });
        Assert.Equal("title must not be blank: it has no visible character. (Parameter 'Title')", error.Message);
    }

    [Fact]
    public void Names_are_one_line_and_free_text_may_span_lines()
    {
        Assert.Contains("single line", Assert.Throws<ArgumentException>(() => Issue with { Title = "two\nlines" }).Message, StringComparison.Ordinal);
        Assert.Equal("two\nlines\tand a tab", (Issue with { Description = "two\nlines\tand a tab" }).Description);
        Assert.Equal("Aliases", Assert.Throws<ArgumentException>(() => new State(new PartyId("us"), "US", new CountryCode("US"), ["ok", "bad\nalias"])).ParamName);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/x")]
    public void Source_addresses_are_on_the_web(string address)
    {
        var source = new Source(new SourceId("s"), "Publisher", SourceType.News);
        Assert.Equal("Url", Assert.Throws<ArgumentException>(() => source with { Url = new Uri(address) }).ParamName);
        Assert.Equal("https://example.org/a", (source with { Url = new Uri("https://example.org/a") }).Url!.ToString());
    }
}
