namespace Negotiation.Domain.Countries;

/// <summary>A row of <see cref="CountryTable"/>: a country's codes and English names.</summary>
public sealed record Country
{
    internal Country(CountryCode code, string alpha3, string name, string commonName)
    {
        Code = code;
        Alpha3 = alpha3;
        Name = name;
        CommonName = commonName;
    }

    /// <summary>The ISO 3166-1 alpha-2 code.</summary>
    public CountryCode Code { get; }

    /// <summary>The ISO 3166-1 alpha-3 code, upper case (<c>USA</c>, <c>CHN</c>; <c>XKX</c> for Kosovo).</summary>
    public string Alpha3 { get; }

    /// <summary>The ISO short name ("Iran, Islamic Republic of").</summary>
    public string Name { get; }

    /// <summary>The name in common use ("Iran"); the short name where ISO gives no other.</summary>
    public string CommonName { get; }
}
