using System.Collections.Concurrent;
using System.Globalization;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Quantities;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Random plain values that the records accept: text with quotes, escapes and characters from every plane, slugs,
/// partial dates of each precision, country codes, web addresses, counts and enum values. All drawn from one
/// <see cref="Random"/>, so a seed gives the same values again.
/// </summary>
internal sealed class RandomValues(Random random)
{
    // Many samples draw at once, on CsCheck's threads.
    private static readonly ConcurrentDictionary<Type, object[]> EnumMembers = new();

    private static readonly string[] Fragments = ["a", "Zürich", "中文", "🙂", "\"quoted\"", "back\\slash", "<&>", "—", "'", " ", "Ω"];

    // Free text (statements, reasons, notes) may span lines; names may not.
    private static readonly string[] MultilineFragments = [.. Fragments, "line\nbreak", "tab\there", "cr\r\nlf", "line\u2028separator"];

    /// <summary>The random source, for choices that are not values (how many, which one).</summary>
    public Random Random => random;

    /// <summary>A non-blank text that needs escaping now and then; with line breaks and tabs only if <paramref name="multiline"/>.</summary>
    public string Text(bool multiline)
    {
        var fragments = multiline ? MultilineFragments : Fragments;
        return "T" + string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => fragments[random.Next(fragments.Length)]));
    }

    /// <summary>A slug of one to three parts, such as <c>q12-b7</c>.</summary>
    public string Slug() => string.Join("-", Enumerable.Range(0, random.Next(1, 4)).Select(_ => (char)('a' + random.Next(26)) + random.Next(100).ToString(CultureInfo.InvariantCulture)));

    /// <summary>A date of any precision, not before <paramref name="earliest"/> when that is given: the same date, or one in a later year.</summary>
    public PartialDate Date(PartialDate? earliest)
    {
        if (earliest is { } floor)
        {
            return random.Next(2) == 0 ? floor : new PartialDate(floor.Year + 1 + random.Next(5), random.Next(1, 13));
        }

        return random.Next(3) switch
        {
            0 => new PartialDate(random.Next(1900, 2100)),
            1 => new PartialDate(random.Next(1900, 2100), random.Next(1, 13)),
            _ => new PartialDate(random.Next(1900, 2100), random.Next(1, 13), random.Next(1, 29)),
        };
    }

    /// <summary>An assigned ISO 3166-1 alpha-2 code.</summary>
    public CountryCode Country() => new(CountryCode.All[random.Next(CountryCode.All.Count)]);

    /// <summary>An absolute https address with a path and a query.</summary>
    public Uri WebAddress() => new($"https://example.org/{Slug()}?q={random.Next()}");

    /// <summary>A count of things, at least one.</summary>
    public int Count() => random.Next(1, 1_000_000);

    /// <summary>
    /// An amount, not negative, of each shape a decimal takes: zero, a whole number, a fraction with trailing zeros (held
    /// without them), the largest decimal and the smallest step. Every one is read back exactly.
    /// </summary>
    public decimal Amount() => random.Next(8) switch
    {
        0 => 0m,
        1 => random.Next(1, 10_000),
        2 => new decimal(random.Next(1, 1_000_000), 0, 0, false, (byte)random.Next(1, 6)), // 1 to 5 places: 0.12345
        3 => 3.670m, // written 3.67
        4 => decimal.MaxValue,
        5 => 0.0000000000000000000000000001m,
        6 => new decimal(random.Next(), random.Next(), random.Next(0, 100), false, (byte)random.Next(0, 29)),
        _ => 6_000_000_000m,
    };

    /// <summary>An amount that keeps the range a bargaining guard names (a value in [0, 1], a weight, a discount, a reservation), or any amount.</summary>
    public decimal Amount(IReadOnlyCollection<string> rules) => rules switch
    {
        _ when rules.Any(r => r.StartsWith("OutsideUnitInterval", StringComparison.Ordinal)) => random.Next(0, 101) * 0.01m,
        _ when rules.Contains("OutsideWeightRange") => random.Next(0, 4) == 0 ? 0m : random.Next(1, 100_001) * 0.01m,
        _ when rules.Contains("OutsideDiscountRange") => random.Next(1, 101) * 0.01m,
        _ when rules.Contains("OutsideReservationRange") => random.Next(0, 1_000_001) * 0.001m,
        _ => Amount(),
    };

    /// <summary>A unit: a measure, or a currency of ISO 4217.</summary>
    public QuantityUnit Unit() => random.Next(3) == 0
        ? QuantityUnit.Of((UnitKind)random.Next(1, 7))
        : QuantityUnit.Currency(Pick(QuantityUnit.Currencies));

    /// <summary>A defined value of the enum <paramref name="type"/>.</summary>
    public object EnumValue(Type type) => Pick(Defined(type));

    /// <summary>Up to <paramref name="count"/> different defined values of the enum <paramref name="type"/>.</summary>
    public List<object?> EnumValues(Type type, int count) => [.. Shuffled(Defined(type)).Take(count)];

    /// <summary>One of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary><paramref name="items"/> in a random order.</summary>
    public List<T> Shuffled<T>(IEnumerable<T> items) => [.. items.OrderBy(_ => random.Next())];

    private static object[] Defined(Type type) => EnumMembers.GetOrAdd(type, static type => [.. Enum.GetValues(type).Cast<object>()]);

    /// <summary>True half of the time.</summary>
    public bool Toss() => random.Next(2) == 0;
}
