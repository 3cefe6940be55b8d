namespace Negotiation.Domain.Quantities;

/// <summary>What a <see cref="QuantityUnit"/> measures: a count, a mass, a share, a distance, a time, or money.</summary>
public enum UnitKind
{
    /// <summary>Things counted (warheads, prisoners, centrifuges): JSON <c>count</c>.</summary>
    Count = 1,

    /// <summary>Kilograms: JSON <c>kilogram</c>.</summary>
    Kilogram,

    /// <summary>Metric tonnes of 1 000 kg: JSON <c>tonne</c>.</summary>
    Tonne,

    /// <summary>A share in percent (an enrichment level, a tariff): JSON <c>percent</c>.</summary>
    Percent,

    /// <summary>Kilometres (a buffer zone, a pull-back): JSON <c>kilometre</c>.</summary>
    Kilometre,

    /// <summary>Days (a pause, a notice period): JSON <c>day</c>.</summary>
    Day,

    /// <summary>Money in a currency, named by its ISO 4217 code: JSON <c>USD</c>, <c>EUR</c>.</summary>
    Currency,
}
