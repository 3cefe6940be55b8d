using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Countries;

/// <summary>
/// An ISO 3166-1 alpha-2 country code (<c>US</c>, <c>CN</c>, <c>MX</c>), upper case. Only codes ISO has assigned are
/// accepted, plus <c>XK</c> (Kosovo), the user-assigned code that sanctions lists use.
/// </summary>
[JsonConverter(typeof(CountryCodeConverter))]
public readonly record struct CountryCode : IComparable<CountryCode>
{
    // The officially assigned ISO 3166-1 alpha-2 codes (249), and XK.
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK";

    private static readonly HashSet<string> AssignedSet = [.. Assigned.Split(' ')];

    private readonly string? _value;

    /// <summary>Creates a country code.</summary>
    /// <param name="value">Two letters, an assigned ISO 3166-1 alpha-2 code; lower case is accepted and upper-cased.</param>
    /// <exception cref="ArgumentException">The value is not an assigned code.</exception>
    public CountryCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problem = Explain(value);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(value));
        }

        _value = value.ToUpperInvariant();
    }

    /// <summary>The JSON Schema pattern of the text form.</summary>
    internal const string Pattern = "^[A-Z]{2}$";

    /// <summary>The two upper-case letters; empty for <c>default</c>, which no record accepts.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Every code accepted, in alphabetical order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. AssignedSet.Order(StringComparer.Ordinal)];

    /// <summary>Says why the text is not an accepted code, or returns <see langword="null"/> when it is.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>A sentence a person understands, or <see langword="null"/>.</returns>
    public static string? Explain(string? value)
    {
        if (value is null || value.Length != 2 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]))
        {
            return $"{QuotedInput.Quote(value)} is not a country code: expected two letters of ISO 3166-1 alpha-2, such as US or CN";
        }

        return AssignedSet.Contains(value.ToUpperInvariant())
            ? null
            : $"{QuotedInput.Quote(value)} is not an assigned ISO 3166-1 alpha-2 country code";
    }

    /// <summary>Tries to create a country code.</summary>
    /// <param name="value">The text.</param>
    /// <param name="code">The code, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is an accepted code.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out CountryCode code)
    {
        code = Explain(value) is null ? new CountryCode(value!) : default;
        return !code.IsDefault;
    }

    /// <summary>Whether this is the unset <c>default</c> value rather than a code.</summary>
    public bool IsDefault => _value is null;

    /// <inheritdoc />
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the two letters.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;
}
