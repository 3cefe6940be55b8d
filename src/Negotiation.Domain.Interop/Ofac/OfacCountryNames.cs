using Negotiation.Domain.Countries;

namespace Negotiation.Domain.Interop.Ofac;

/// <summary>
/// The country names OFAC writes (in add.csv's Country column and in remarks' "nationality X" and "citizen X"), mapped
/// to ISO 3166-1 codes: "Korea, North" is KP, "Burma" is MM, "Region: Crimea" is UA.
/// </summary>
/// <remarks>
/// The table is explicit, so a name OFAC spells its own way never reaches a guess. A name not in it is then looked up
/// among <see cref="CountryTable"/>'s ISO and common names; a name found in neither ("Netherlands Antilles", a country
/// that no longer has a code, or "Undetermined") has no code, and the importer notes it (<c>unmapped-country</c>).
/// </remarks>
public static class OfacCountryNames
{
    private static readonly Dictionary<string, string> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Bahamas, The"] = "BS",
        ["Bolivia"] = "BO",
        ["Bosnia and Herzegovina"] = "BA",
        ["British Virgin Islands"] = "VG",
        ["Brunei"] = "BN",
        ["Burma"] = "MM",
        ["Cabo Verde"] = "CV",
        ["Cape Verde"] = "CV",
        ["Congo, Democratic Republic of the"] = "CD",
        ["Congo, Republic of the"] = "CG",
        ["Cote d'Ivoire"] = "CI",
        ["Curacao"] = "CW",
        ["Czech Republic"] = "CZ",
        ["Czechia"] = "CZ",
        ["Gambia, The"] = "GM",
        ["Gaza"] = "PS",
        ["Hong Kong"] = "HK",
        ["Iran"] = "IR",
        ["Korea, North"] = "KP",
        ["Korea, South"] = "KR",
        ["Kosovo"] = "XK",
        ["Laos"] = "LA",
        ["Macau"] = "MO",
        ["Macedonia"] = "MK",
        ["Micronesia, Federated States of"] = "FM",
        ["Moldova"] = "MD",
        ["North Macedonia, The Republic of"] = "MK",
        ["Palestinian"] = "PS",
        ["Region: Crimea"] = "UA",
        ["Region: Gaza"] = "PS",
        ["Region: Kurdistan Region"] = "IQ",
        ["Region: Northern Mali"] = "ML",
        ["Region: West Bank"] = "PS",
        ["Russia"] = "RU",
        ["Saint Kitts and Nevis"] = "KN",
        ["Sint Maarten"] = "SX",
        ["Swaziland"] = "SZ",
        ["Syria"] = "SY",
        ["Taiwan"] = "TW",
        ["Tanzania"] = "TZ",
        ["Turkey"] = "TR",
        ["Turkiye"] = "TR",
        ["United Kingdom"] = "GB",
        ["United States"] = "US",
        ["Vatican City"] = "VA",
        ["Venezuela"] = "VE",
        ["Vietnam"] = "VN",
        ["Virgin Islands, British"] = "VG",
        ["West Bank"] = "PS",
    };

    /// <summary>Every name of the explicit table with its code, in alphabetical order.</summary>
    public static IReadOnlyList<KeyValuePair<string, CountryCode>> All { get; } =
        [.. Table.OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => KeyValuePair.Create(p.Key, new CountryCode(p.Value)))];

    /// <summary>Finds the country of an OFAC country name.</summary>
    /// <param name="name">The name as OFAC writes it; compared whole, ignoring case and surrounding spaces.</param>
    /// <returns>The country's code, or <see langword="null"/> when the name is in neither table.</returns>
    public static CountryCode? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim();
        return Table.TryGetValue(name, out var code) ? new CountryCode(code) : CountryTable.FindByName(name)?.Code;
    }
}
