using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Quantities;

/// <summary>How a <see cref="Quantity"/>'s amount bounds what it measures.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Comparator>))]
public enum Comparator
{
    /// <summary>No more than the amount: a cap (at most 1 550 deployed warheads).</summary>
    AtMost = 1,

    /// <summary>No less than the amount: a floor (at least 25 % of the grain shipped).</summary>
    AtLeast,

    /// <summary>The amount itself (exactly 5 prisoners each way).</summary>
    Exactly,

    /// <summary>Any amount up to this one, as offered or allowed (up to $6 billion released in tranches).</summary>
    UpTo,

    /// <summary>Roughly the amount, as reported (about 300 kg of enriched uranium).</summary>
    About,
}
