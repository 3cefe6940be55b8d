using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Quantities;

/// <summary>
/// The unit of a <see cref="Quantity"/>: a measure (<c>count</c>, <c>kilogram</c>, <c>tonne</c>, <c>percent</c>,
/// <c>kilometre</c>, <c>day</c>, in lower case) or a currency by its ISO 4217 code (<c>USD</c>, <c>EUR</c>, in upper
/// case). Its JSON form is that one word, so money is typed: a currency is a unit of its own, told apart by
/// <see cref="Kind"/>, with its code in <see cref="CurrencyCode"/>, and no amount can be in an unknown currency.
/// </summary>
/// <remarks>
/// The currencies are the alphabetic codes of ISO 4217 List One, the current currencies and funds, as its maintenance
/// agency (SIX) published it on 2024-06-25 (179 codes), with <c>XCG</c>, the Caribbean guilder introduced on
/// 31 March 2025, and without <c>XTS</c> (reserved for testing) and <c>XXX</c> (no currency), which name no money.
/// Codes withdrawn before that list (<c>HRK</c>, <c>SLL</c>, <c>ZWL</c>) are not accepted.
/// </remarks>
[JsonConverter(typeof(QuantityUnitConverter))]
public readonly record struct QuantityUnit
{
    // ISO 4217 List One of 2024-06-25, less XTS and XXX, plus XCG (see the remarks).
    private const string Codes =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN "
        + "BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD "
        + "FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR "
        + "KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV "
        + "MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG "
        + "SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI "
        + "UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER "
        + "ZAR ZMW ZWG";

    private static readonly string[] MeasureNames = ["count", "kilogram", "tonne", "percent", "kilometre", "day"];

    private static readonly FrozenSet<string> CurrencySet = Codes.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private readonly string? _value;
    private readonly UnitKind _kind;

    private QuantityUnit(string value, UnitKind kind)
    {
        _value = value;
        _kind = kind;
    }

    /// <summary>Things counted.</summary>
    public static QuantityUnit Count { get; } = new("count", UnitKind.Count);

    /// <summary>Kilograms.</summary>
    public static QuantityUnit Kilogram { get; } = new("kilogram", UnitKind.Kilogram);

    /// <summary>Metric tonnes.</summary>
    public static QuantityUnit Tonne { get; } = new("tonne", UnitKind.Tonne);

    /// <summary>A share in percent.</summary>
    public static QuantityUnit Percent { get; } = new("percent", UnitKind.Percent);

    /// <summary>Kilometres.</summary>
    public static QuantityUnit Kilometre { get; } = new("kilometre", UnitKind.Kilometre);

    /// <summary>Days.</summary>
    public static QuantityUnit Day { get; } = new("day", UnitKind.Day);

    /// <summary>The measures' JSON names, in the order of <see cref="UnitKind"/>.</summary>
    public static IReadOnlyList<string> Measures { get; } = MeasureNames;

    /// <summary>Every currency code accepted, in alphabetical order.</summary>
    public static IReadOnlyList<string> Currencies { get; } = [.. CurrencySet.Order(StringComparer.Ordinal)];

    /// <summary>The unit's JSON form: <c>kilogram</c> or <c>USD</c>; empty for <c>default</c>, which no quantity accepts.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>What it measures; <see cref="UnitKind.Currency"/> for money. Undefined (0) only for <c>default</c>.</summary>
    public UnitKind Kind => _kind;

    /// <summary>The ISO 4217 code of a currency, or <see langword="null"/> for a measure.</summary>
    public string? CurrencyCode => _kind == UnitKind.Currency ? _value : null;

    /// <summary>Whether this is the unset <c>default</c> value rather than a unit.</summary>
    public bool IsDefault => _value is null;

    /// <summary>The unit of a measure.</summary>
    /// <param name="kind">Any kind but <see cref="UnitKind.Currency"/>, which needs its code (<see cref="Currency"/>).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not a measure.</exception>
    public static QuantityUnit Of(UnitKind kind) => kind switch
    {
        UnitKind.Count => Count,
        UnitKind.Kilogram => Kilogram,
        UnitKind.Tonne => Tonne,
        UnitKind.Percent => Percent,
        UnitKind.Kilometre => Kilometre,
        UnitKind.Day => Day,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A unit of a measure: count, kilogram, tonne, percent, kilometre or day. A currency is made with QuantityUnit.Currency(code)."),
    };

    /// <summary>The unit of money in a currency.</summary>
    /// <param name="code">Its ISO 4217 alphabetic code, upper case (<c>USD</c>).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException">The code is not a currency of ISO 4217 List One.</exception>
    public static QuantityUnit Currency(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return CurrencySet.Contains(code) ? new(code, UnitKind.Currency) : throw new ArgumentException(ExplainCurrency(code), nameof(code));
    }

    /// <summary>Says why the text is not a unit, or returns <see langword="null"/> when it is one.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns>A sentence a person understands, or <see langword="null"/>.</returns>
    public static string? Explain(string? text)
    {
        if (text is null)
        {
            return "null is not a unit";
        }

        if (Array.IndexOf(MeasureNames, text) >= 0 || CurrencySet.Contains(text))
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        var upper = text.ToUpperInvariant();
        return Array.IndexOf(MeasureNames, lower) >= 0 ? $"{QuotedInput.Quote(text)} is not a unit: write it in lower case, as {QuotedInput.Quote(lower)}"
            : CurrencySet.Contains(upper) ? $"{QuotedInput.Quote(text)} is not a unit: write a currency's code in upper case, as {QuotedInput.Quote(upper)}"
            : text.Length == 3 && text.All(char.IsAsciiLetterUpper) ? ExplainCurrency(text)
            : $"{QuotedInput.Quote(text)} is not a unit: expected one of {string.Join(", ", MeasureNames)}, or a currency's ISO 4217 code such as USD";
    }

    /// <summary>Tries to read a unit from its JSON form.</summary>
    /// <param name="text">The text: a measure's name or a currency's code.</param>
    /// <param name="unit">The unit, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a unit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out QuantityUnit unit)
    {
        var measure = text is null ? -1 : Array.IndexOf(MeasureNames, text);
        unit = measure >= 0 ? new(MeasureNames[measure], (UnitKind)(measure + 1))
            : text is not null && CurrencySet.TryGetValue(text, out var code) ? new(code, UnitKind.Currency)
            : default;
        return !unit.IsDefault;
    }

    /// <summary>Reads a unit from its JSON form.</summary>
    /// <param name="text">The text: a measure's name or a currency's code.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="FormatException">The text is not a unit, as from every .NET parser (<see cref="TryParse"/> and <see cref="Explain"/> do not throw).</exception>
    public static QuantityUnit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var unit) ? unit : throw new FormatException(Explain(text));
    }

    /// <summary>Returns the JSON form.</summary>
    /// <returns><c>kilogram</c> or <c>USD</c>.</returns>
    public override string ToString() => Value;

    private static string ExplainCurrency(string code)
        => $"{QuotedInput.Quote(code)} is not a currency of ISO 4217 List One (as of 2024-06-25, with XCG): expected a code such as USD, EUR or CNY";
}
