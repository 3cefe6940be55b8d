using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Dates;

/// <summary>
/// A date known to the year, the month or the day, written as an ISO-8601 prefix: <c>2017</c>, <c>2020-05</c>,
/// <c>2023-11-15</c> (the form FollowTheMoney uses).
/// </summary>
/// <remarks>
/// A partial date stands for the span of days it covers: <c>2020-05</c> is every day of May 2020.
/// <see cref="CompareTo(PartialDate)"/> gives a total order for sorting (by year, then month, then day, the coarser first, so
/// <c>2020</c> &lt; <c>2020-01</c> &lt; <c>2020-01-01</c> &lt; <c>2020-01-02</c> &lt; <c>2020-02</c>);
/// <see cref="IsBefore"/> and <see cref="Overlaps"/> answer the questions of time that are certain across precisions.
/// </remarks>
[JsonConverter(typeof(PartialDateConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, ISpanParsable<PartialDate>, ISpanFormattable
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    /// <summary>Creates a date known to the year.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public PartialDate(int year)
        : this(year, 0, 0)
    {
    }

    /// <summary>Creates a date known to the month.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public PartialDate(int year, int month)
        : this(year, month, 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
    }

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="month">The month, from 1 to 12; 0 when only the year is known.</param>
    /// <param name="day">The day of the month; 0 when it is not known.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the day does not exist in that month.</exception>
    public PartialDate(int year, int month, int day)
    {
        var problem = Explain(year, month, day);
        if (problem is not null)
        {
            var parameter = year is < 1 or > 9999 ? nameof(year) : month is < 0 or > 12 ? nameof(month) : nameof(day);
            throw new ArgumentOutOfRangeException(parameter, $"year {year}, month {month}, day {day}: {problem}");
        }

        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
    }

    // The text form as a regular expression, exact: a year from 0001, and only days that exist (29 February in leap
    // years of the Gregorian calendar, as DateTime counts them: divisible by 4, and not by 100 unless by 400).
    private const string AnyYear = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)";
    private const string LeapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)";
    private const string MonthAndDay = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))";

    /// <summary>The JSON Schema pattern of the text form: every date <see cref="TryParse(string?, out PartialDate)"/> takes, and no other text.</summary>
    internal const string Pattern = "^(?:" + AnyYear + "(?:-(?:0[1-9]|1[0-2])|-" + MonthAndDay + ")?|" + LeapYear + "-02-29)$";

    /// <summary>The year (1 to 9999); 0 only for <c>default</c>, which no record accepts.</summary>
    public int Year => _year;

    /// <summary>The month (1 to 12), or <see langword="null"/> when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or <see langword="null"/> when it is not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>Whether this is the unset <c>default</c> value rather than a date.</summary>
    public bool IsDefault => _year == 0;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day this date covers (1 January for a year, the 1st for a month).</summary>
    public DateOnly Start => IsDefault ? DateOnly.MinValue : new DateOnly(_year, Math.Max((int)_month, 1), Math.Max((int)_day, 1));

    /// <summary>The last day this date covers (31 December for a year, the month's last day for a month).</summary>
    public DateOnly End => IsDefault
        ? DateOnly.MinValue
        : Precision switch
        {
            DatePrecision.Year => new DateOnly(_year, 12, 31),
            DatePrecision.Month => new DateOnly(_year, _month, DateTime.DaysInMonth(_year, _month)),
            _ => new DateOnly(_year, _month, _day),
        };

    /// <summary>Creates a date known to the day from a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The partial date.</returns>
    public static PartialDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Whether every day this date covers is before every day <paramref name="other"/> covers.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when this date is certainly earlier.</returns>
    public bool IsBefore(PartialDate other) => End < other.Start;

    /// <summary>Whether the spans of days of the two dates share a day (one may contain the other).</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when they may be the same day.</returns>
    public bool Overlaps(PartialDate other) => Start <= other.End && other.Start <= End;

    /// <summary>Whether the span of this date contains the whole span of <paramref name="other"/>.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> falls within this date.</returns>
    public bool Contains(PartialDate other) => Start <= other.Start && other.End <= End;

    /// <summary>Says why the text is not a partial date, or returns <see langword="null"/> when it is one.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns>A sentence a person understands, or <see langword="null"/>.</returns>
    public static string? Explain(ReadOnlySpan<char> text) => TryParseCore(text, out _, out var problem) ? null : problem;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="FormatException">The text is not such a date, or names a day that does not exist (<see cref="TryParse(string?, out PartialDate)"/> and <see cref="Explain(ReadOnlySpan{char})"/> do not throw).</exception>
    public static PartialDate Parse(string text) => Parse(Guard.Against.Null(text, nameof(text)).AsSpan(), null);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is always ISO-8601.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="FormatException">The text is not such a date, or names a day that does not exist.</exception>
    public static PartialDate Parse(string s, IFormatProvider? provider) => Parse(Guard.Against.Null(s, nameof(s)).AsSpan(), provider);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is always ISO-8601.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not such a date, or names a day that does not exist.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => TryParseCore(s, out var result, out var problem) ? result : throw new FormatException(problem);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result)
        => TryParseCore(s.AsSpan(), out result, out _);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result)
        => TryParseCore(s, out result, out _);

    /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The date, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a valid partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartialDate result) => TryParseCore(s.AsSpan(), out result, out _);

    private static bool TryParseCore(ReadOnlySpan<char> s, out PartialDate result, out string? problem)
    {
        result = default;
        if (s.Length is not (4 or 7 or 10)
            || !AllDigits(s[..4])
            || (s.Length >= 7 && (s[4] != '-' || !AllDigits(s.Slice(5, 2))))
            || (s.Length == 10 && (s[7] != '-' || !AllDigits(s.Slice(8, 2)))))
        {
            problem = $"{QuotedInput.Quote(s.ToString())} is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var year = Number(s[..4]);
        var month = s.Length >= 7 ? Number(s.Slice(5, 2)) : 0;
        var day = s.Length == 10 ? Number(s.Slice(8, 2)) : 0;
        problem = (s.Length >= 7 && month == 0) ? "the month must be from 01 to 12"
            : (s.Length == 10 && day == 0) ? "the day must be from 01"
            : Explain(year, month, day);
        if (problem is not null)
        {
            problem = $"{QuotedInput.Quote(s.ToString())} is not a partial date: {problem}";
            return false;
        }

        result = new PartialDate(year, month, day);
        return true;

        static bool AllDigits(ReadOnlySpan<char> digits)
        {
            foreach (var c in digits)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }

        static int Number(ReadOnlySpan<char> digits)
        {
            var n = 0;
            foreach (var c in digits)
            {
                n = (n * 10) + (c - '0');
            }

            return n;
        }
    }

    private static string? Explain(int year, int month, int day)
    {
        if (year is < 1 or > 9999)
        {
            return "the year must be from 0001 to 9999";
        }

        if (month is < 0 or > 12)
        {
            return "the month must be from 01 to 12";
        }

        if (day != 0 && month == 0)
        {
            return "a day needs a month";
        }

        if (day < 0 || (day > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            return $"day {day} does not exist in {year:D4}-{month:D2}";
        }

        return null;
    }

    /// <summary>The ISO-8601 prefix form: <c>2017</c>, <c>2020-05</c> or <c>2023-11-15</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ToString(null, null);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[10];
        TryFormat(buffer, out var written, default, null);
        return new string(buffer[..written]);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var ok = Precision switch
        {
            DatePrecision.Year => destination.TryWrite(CultureInfo.InvariantCulture, $"{_year:D4}", out charsWritten),
            DatePrecision.Month => destination.TryWrite(CultureInfo.InvariantCulture, $"{_year:D4}-{_month:D2}", out charsWritten),
            _ => destination.TryWrite(CultureInfo.InvariantCulture, $"{_year:D4}-{_month:D2}-{_day:D2}", out charsWritten),
        };
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_year, _month, _day);

    /// <summary>Orders by year, then month, then day, an unknown part before any known one.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>Negative, zero or positive, as for any comparison.</returns>
    public int CompareTo(PartialDate other)
    {
        var c = _year.CompareTo(other._year);
        if (c == 0)
        {
            c = _month.CompareTo(other._month);
        }

        return c != 0 ? c : _day.CompareTo(other._day);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("Not a PartialDate.", nameof(obj)),
    };

    /// <summary>Equality of year, month and day.</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality of year, month and day.</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Sort order (see <see cref="CompareTo(PartialDate)"/>).</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Sort order (see <see cref="CompareTo(PartialDate)"/>).</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Sort order (see <see cref="CompareTo(PartialDate)"/>).</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Sort order (see <see cref="CompareTo(PartialDate)"/>).</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
