using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Benchmarks.Bargaining;

/// <summary>The bargaining domains of the benchmarks: seeded, so every run measures the same domain.</summary>
public static class BargainingDomains
{
    /// <summary>How the parties' values relate.</summary>
    public enum Kind
    {
        /// <summary>Independent random values and weights.</summary>
        Independent,

        /// <summary>Opposed values (the second party's is 1 − the first's; a third's is random) with random, unequal weights.</summary>
        Opposed,
    }

    /// <summary>A domain of <paramref name="issues"/> issues of <paramref name="options"/> options each.</summary>
    public static BargainingDomain Make(int issues, int options, int parties, Kind kind, int seed = 1)
    {
        var random = new Random(seed);
        var first = Enumerable.Range(0, issues).Select(_ => Values(random, options)).ToArray();
        var preferences = Enumerable.Range(0, parties).Select(p =>
        {
            var values = p == 0 ? first : kind == Kind.Opposed && p == 1 ? [.. first.Select(v => v.Select(x => 1 - x).ToArray())] : Enumerable.Range(0, issues).Select(_ => Values(random, options)).ToArray();
            return new PartyPreferences(
                new PartyId($"p{p}"),
                [.. Enumerable.Range(0, issues).Select(k => new IssuePreference(new IssueId($"i{k}"), Math.Round((decimal)(0.05 + random.NextDouble()), 4), [.. values[k]]))]);
        });
        return new BargainingDomain(
            [.. Enumerable.Range(0, issues).Select(k => new NegotiableIssue(new IssueId($"i{k}"), [.. Enumerable.Range(0, options).Select(x => new BargainingOption($"o{x}"))]))],
            [.. preferences]);
    }

    /// <summary>Issue counts and option counts whose outcome count is about 10ⁿ, for n = 3 .. 8: options of 10, issues of n.</summary>
    public static BargainingDomain OfSize(int exponent, int seed = 1) => Make(exponent, 10, 2, Kind.Independent, seed);

    private static decimal[] Values(Random random, int options) => [.. Enumerable.Range(0, options).Select(_ => Math.Round((decimal)random.NextDouble(), 4))];
}
