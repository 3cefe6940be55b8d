using Negotiation.Domain.Guards;
using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Tests.Model;

/// <summary>TextRules answers what the records' guards would do, without an exception.</summary>
public sealed class TextRulesTests
{
    public static TheoryData<string> Texts() =>
    [
        "", " ", "Example Trading LLC", "Société Générale", "two\nlines", "tab\there", "\u200B\u200B", "bell\u0007",
        "bidi\u202Eoverride", "lone \uD800 surrogate", "emoji 🙂", new string('a', 500), new string('a', 501),
        new string('a', 20_000), new string('a', 20_001),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_name_is_what_a_record_takes_as_a_name(string text) =>
        Assert.Equal(Accepts(() => _ = new ExternalId("scheme", text)), TextRules.IsName(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_is_what_a_record_takes_as_free_text(string text) =>
        Assert.Equal(Accepts(() => _ = new Person(new("p"), "P") { Description = text }), TextRules.IsText(text));

    [Fact]
    public void Null_is_neither() => Assert.False(TextRules.IsName(null) || TextRules.IsText(null));

    private static bool Accepts(Action make)
    {
        try
        {
            make();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
