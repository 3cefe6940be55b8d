using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Quantities;

/// <summary>
/// A typed term of an action: what is counted or limited, how the amount bounds it, the amount and its unit, and
/// optionally where: "at most 1 550 deployed strategic warheads", "up to 6 000 000 000 USD", "at most 3.67 percent
/// enrichment at Natanz".
/// </summary>
/// <remarks>
/// The amount is a <see cref="decimal"/>, not negative, kept in one canonical form: <c>1.0</c>, <c>1.00</c> and
/// <c>1</c> are one value, held and written as <c>1</c> (no trailing zeros, no exponent, no <c>-0</c>), so two equal
/// quantities write the same bytes. JSON numbers are read exactly from their digits: one that is not a decimal of at
/// most 28 places within ±79 228 162 514 264 337 593 543 950 335 is refused, never rounded.
/// </remarks>
[FormatRecord]
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="item">What is counted or limited ("deployed strategic warheads", "uranium enriched to 60 %").</param>
    /// <param name="comparator">How the amount bounds it: at most, at least, exactly, up to, about.</param>
    /// <param name="amount">The amount, not negative.</param>
    /// <param name="unit">The unit of the amount.</param>
    /// <param name="place">Where, when the term holds in one place ("Natanz", "the Zaporizhzhia plant").</param>
    public Quantity(string item, Comparator comparator, decimal amount, QuantityUnit unit, string? place = null)
    {
        Item = item;
        Comparator = comparator;
        Amount = amount;
        Unit = unit;
        Place = place;
    }

    /// <summary>What is counted or limited.</summary>
    public string Item { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Item)); }

    /// <summary>How the amount bounds it.</summary>
    public Comparator Comparator { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Comparator)); }

    /// <summary>The amount, not negative, in its canonical form (<c>1.50</c> is held as <c>1.5</c>).</summary>
    /// <remarks>Written even when zero: it is required, and System.Text.Json, told to leave defaults out, must not drop it.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal Amount { get; init => field = Guard.Against.NegativeAmount(value, nameof(Amount)); }

    /// <summary>The unit of the amount.</summary>
    public QuantityUnit Unit { get; init => field = Guard.Against.DefaultUnit(value, nameof(Unit)); }

    /// <summary>Where, when the term holds in one place.</summary>
    public string? Place { get; init => field = Guard.Against.InvalidName(value, nameof(Place)); }
}
