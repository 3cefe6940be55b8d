namespace Negotiation.Domain.Dates;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>2017</c>).</summary>
    Year = 1,

    /// <summary>The year and month are known (<c>2020-05</c>).</summary>
    Month = 2,

    /// <summary>The full calendar date is known (<c>2023-11-15</c>).</summary>
    Day = 3,
}
