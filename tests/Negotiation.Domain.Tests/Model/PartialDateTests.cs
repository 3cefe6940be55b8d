using Negotiation.Domain.Dates;

namespace Negotiation.Domain.Tests.Model;

public class PartialDateTests
{
    [Theory]
    [InlineData("2017", DatePrecision.Year)]
    [InlineData("2020-05", DatePrecision.Month)]
    [InlineData("2023-11-15", DatePrecision.Day)]
    [InlineData("2024-02-29", DatePrecision.Day)]
    public void Parses_and_formats_each_precision(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("20230")]
    [InlineData("2023-00")]
    [InlineData("2023-1-05")]
    [InlineData("0000")]
    [InlineData("")]
    [InlineData("2023-11-15T00:00")]
    [InlineData("２０２３")]
    [InlineData("2023-02-29")]
    public void Refuses_what_is_not_a_date(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains("is not a partial date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_not_text_to_parse_but_a_null_argument()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!, null)).ParamName);
        Assert.False(PartialDate.TryParse(null, out _));
    }

    [Fact]
    public void Sorts_coarser_first_then_by_position()
    {
        string[] sorted = ["2017", "2020", "2020-01", "2020-01-01", "2020-01-02", "2020-05", "2022-11", "2023-02", "2023-06", "2023-11-15"];
        var shuffled = sorted.Reverse().Select(PartialDate.Parse).ToList();
        shuffled.Sort();
        Assert.Equal(sorted, shuffled.Select(d => d.ToString()));
        Assert.True(PartialDate.Parse("2020") < PartialDate.Parse("2020-05"));
        Assert.True(PartialDate.Parse("2020-12-31") < PartialDate.Parse("2021"));
    }

    [Fact]
    public void Interval_questions_respect_precision()
    {
        var year = PartialDate.Parse("2020");
        var may = PartialDate.Parse("2020-05");
        var day = PartialDate.Parse("2020-05-17");
        Assert.True(year.Contains(may));
        Assert.True(may.Contains(day));
        Assert.False(day.Contains(may));
        Assert.True(year.Overlaps(day));
        Assert.False(year.IsBefore(may));
        Assert.True(may.IsBefore(PartialDate.Parse("2020-06-01")));
        Assert.Equal(new DateOnly(2020, 5, 31), may.End);
        Assert.Equal(new DateOnly(2020, 1, 1), year.Start);
    }

    [Fact]
    public void Equality_includes_precision()
    {
        Assert.NotEqual(PartialDate.Parse("2020"), PartialDate.Parse("2020-01"));
        Assert.Equal(new PartialDate(2020, 5), PartialDate.Parse("2020-05"));
        Assert.Equal(new PartialDate(2020, 5).GetHashCode(), PartialDate.Parse("2020-05").GetHashCode());
        Assert.True(default(PartialDate).IsDefault);
    }

    [Fact]
    public void Constructor_refuses_days_that_do_not_exist()
    {
        Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 2, 30)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 13, 1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 0, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(0));
    }
}
