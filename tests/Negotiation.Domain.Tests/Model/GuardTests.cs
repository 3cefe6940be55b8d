using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Tests.Model;

/// <summary>
/// The record rules are <see cref="IGuardClause"/> extensions: each throws the exception type, with the parameter name
/// and the message, that callers (and the JSON reader, which maps names) rely on.
/// </summary>
public class GuardTests
{
    [Fact]
    public void A_slug_guard_names_the_argument_it_was_given()
    {
        var bad = Assert.Throws<ArgumentException>(() => new PartyId("Not a slug"));
        Assert.Equal("value", bad.ParamName);
        Assert.StartsWith(Slug.Explain("Not a slug")!, bad.Message, StringComparison.Ordinal);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new SanctionId(null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Reference(ReferenceKind.Party, "-x")).ParamName);
        Assert.Equal("ok-1", Guard.Against.InvalidSlug("ok-1"));
    }

    [Fact]
    public void Id_guards_refuse_default_ids_and_repeats()
    {
        Assert.Equal("party must be a party id, not default.", Message(() => Guard.Against.DefaultId(default(PartyId), "Party")));
        Assert.Null(Guard.Against.DefaultId((PartyId?)null, "Body"));
        Assert.Equal("targets[1] repeats the party id 'a'.", Message(() => Guard.Against.DefaultOrRepeatedIds<PartyId>([new("a"), new("a")], "Targets")));
        Assert.Equal("related[0] is not set.", Message(() => Guard.Against.DefaultOrRepeatedReferences([default], "Related")));
    }

    [Fact]
    public void Text_guards_refuse_null_blank_long_and_multiline_names()
    {
        Assert.Equal("Name", Assert.Throws<ArgumentNullException>(() => Guard.Against.NullOrInvalidName(null, "Name")).ParamName);
        Assert.Equal("name must not be blank: it has no visible character.", Message(() => Guard.Against.NullOrInvalidName(" \u200B", "Name")));
        Assert.Equal("name must be a single line: it has a line break or tab at index 1.", Message(() => Guard.Against.NullOrInvalidName("a\nb", "Name")));
        Assert.Equal("a\nb", Guard.Against.InvalidText("a\nb", "Note"));
        var emoji = string.Concat(Enumerable.Repeat("\U0001F642", TextGuards.MaxNameLength)); // counted as characters, not UTF-16 units
        Assert.Equal(emoji, Guard.Against.NullOrInvalidName(emoji, "Name"));
        Assert.Equal($"name has {TextGuards.MaxNameLength + 1} characters; at most {TextGuards.MaxNameLength} are accepted.", Message(() => Guard.Against.NullOrInvalidName(emoji + "\U0001F642", "Name")));
        Assert.Equal("name must not be blank: it has no visible character.", Message(() => Guard.Against.NullOrInvalidName("\u3164\uFE0F\u00AD", "Name")));
        Assert.Equal("name must be a single line: it has a line break or tab at index 1.", Message(() => Guard.Against.NullOrInvalidName("a\u2029b", "Name")));
        Assert.Equal("a\u2028b", Guard.Against.InvalidText("a\u2028b", "Note"));
        Assert.Null(Guard.Against.InvalidName(null, "Venue"));
        Assert.Equal($"venue has 501 characters; at most {TextGuards.MaxNameLength} are accepted.", Message(() => Guard.Against.InvalidName(new string('a', 501), "Venue")));
        Assert.Equal("aliases[1] must not be blank: it has no visible character.", Message(() => Guard.Against.InvalidNames(["a", " "], "Aliases")));
        Assert.Equal("Aliases", Assert.Throws<ArgumentNullException>(() => Guard.Against.InvalidNames(["a", null!], "Aliases")).ParamName);
    }

    [Fact]
    public void Every_ascii_character_is_judged_alike_inside_and_outside_the_printable_fast_path()
    {
        // Printable ASCII text takes a vectorised path; a text with any other character takes the scan character by
        // character. Both must give the same answers: a printable character is visible, a space is not, a tab or line
        // break ends a name but not a free text, and every other control character is refused everywhere.
        for (var c = (char)0; c < 128; c++)
        {
            var printable = c is >= ' ' and <= '~';
            var lineBreak = c is '\t' or '\n' or '\r';
            Assert.Equal(printable && c != ' ', TextRules.IsName(c.ToString()));
            Assert.Equal(printable, TextRules.IsName($"x{c}y"));
            Assert.Equal(printable || lineBreak, TextRules.IsText($"x{c}y"));
            Assert.Equal(printable || lineBreak, TextRules.IsText($"x{c}y\u00e9")); // the same, off the fast path
        }

        Assert.False(TextRules.IsName(""));
        Assert.False(TextRules.IsName(new string(' ', 40)));
        Assert.True(TextRules.IsName(new string('a', TextGuards.MaxNameLength)));
        Assert.False(TextRules.IsName(new string('a', TextGuards.MaxNameLength + 1)));
    }

    [Fact]
    public void Date_guards_refuse_default_dates_and_an_end_before_its_start()
    {
        Assert.Equal("date must be a date, not default.", Message(() => Guard.Against.DefaultDate(default(PartialDate), "Date")));
        Assert.Null(Guard.Against.DefaultDate((PartialDate?)null, "Date"));
        var error = Assert.Throws<ArgumentException>(() => Guard.Against.DateOutOfOrder(new PartialDate(2020, 5), new PartialDate(2019), "StartDate", "EndDate"));
        Assert.Equal(("EndDate", "endDate (2019) is before startDate (2020-05). (Parameter 'EndDate')"), (error.ParamName, error.Message));
        Guard.Against.DateOutOfOrder(new PartialDate(2020, 5), new PartialDate(2020), "StartDate", "EndDate"); // overlapping: in order

        // Set by a with, the start is the member at fault.
        var start = Assert.Throws<ArgumentException>(() => Guard.Against.DateOutOfOrder(new PartialDate(2020, 5), new PartialDate(2019), "StartDate", "EndDate", settingStart: true));
        Assert.Equal(("StartDate", "startDate (2020-05) is after endDate (2019). (Parameter 'StartDate')"), (start.ParamName, start.Message));
    }

    [Fact]
    public void Value_guards_refuse_undefined_enums_short_lists_small_numbers_null_items_default_countries_and_non_web_addresses()
    {
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.UndefinedEnumValue((SanctionStatus)99, "Status"));
        Assert.Equal("Status", undefined.ParamName);
        Assert.Equal("measures[1] repeats 'export_control'.", Message(() => Guard.Against.UndefinedOrRepeatedEnumValues<SanctionMeasure>([SanctionMeasure.ExportControl, SanctionMeasure.ExportControl], "Measures")));
        Assert.Equal("targets must have at least one item.", Message(() => Guard.Against.EmptyList(EquatableArray<PartyId>.Empty, "Targets")));
        Assert.Equal("parties must have at least 2 items.", Message(() => Guard.Against.TooFewItems<PartyId>([new("a")], "Parties", 2)));
        var small = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.BelowMinimum((int?)0, "Size", 1));
        Assert.Equal(("Size", (object?)0), (small.ParamName, small.ActualValue));
        Assert.StartsWith("size must be at least 1 when given.", small.Message, StringComparison.Ordinal);
        Assert.Null(Guard.Against.BelowMinimum(null, "Size", 1));
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.BelowMinimum(0, "Amount", 1));
        Assert.Equal(("Amount", (object?)0), (zero.ParamName, zero.ActualValue));
        Assert.StartsWith("amount must be at least 1.", zero.Message, StringComparison.Ordinal);
        Assert.Equal(14, Guard.Against.BelowMinimum(14, "Amount", 1));
        Assert.Equal("Positions", Assert.Throws<ArgumentNullException>(() => Guard.Against.NullItems<string>([null!], "Positions")).ParamName);
        Assert.Equal("country must be a country code, not default.", Message(() => Guard.Against.DefaultCountry(default(CountryCode), "Country")));
        Assert.Equal("url is not a web address this format accepts: it must be an absolute address that starts with http:// or https://.", Message(() => Guard.Against.NonWebAddress(new Uri("file:///etc/passwd"), "Url")));
    }

    private static string Message(Action guard)
    {
        var error = Assert.ThrowsAny<ArgumentException>(guard);
        return error.Message[..error.Message.LastIndexOf(" (Parameter '", StringComparison.Ordinal)];
    }
}
