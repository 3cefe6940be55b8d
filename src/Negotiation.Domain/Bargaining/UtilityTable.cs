namespace Negotiation.Domain.Bargaining;

/// <summary>
/// Each party's utility for each option of each issue, weight × value, as whole units of 10⁻¹² (fixed point). Every
/// sum of them is then exact: two outcomes with the same utilities have the same numbers, whatever order the issues are
/// added in, so equal vectors merge and dominance is decided without a tolerance. Weights and values read from JSON
/// are decimals: a product of at most 12 decimal places is held exactly, any other is rounded to the nearest unit,
/// far below anything a frontier tells apart (two points 10⁻⁹ apart are a thousand units apart).
/// </summary>
internal sealed class UtilityTable
{
    /// <summary>Units of utility per 1.</summary>
    public const decimal Scale = 1_000_000_000_000m;

    private readonly long[][] _terms; // per issue: option-major, party-minor

    private UtilityTable(int parties, long[][] terms, long[] reservations)
    {
        Parties = parties;
        _terms = terms;
        Reservations = reservations;
    }

    /// <summary>The number of parties.</summary>
    public int Parties { get; }

    /// <summary>The number of issues.</summary>
    public int Issues => _terms.Length;

    /// <summary>Each party's reservation, in units.</summary>
    public long[] Reservations { get; }

    /// <summary>The number of options of issue <paramref name="issue"/>.</summary>
    public int Options(int issue) => _terms[issue].Length / Parties;

    /// <summary>Party <paramref name="party"/>'s utility, in units, for option <paramref name="option"/> of issue <paramref name="issue"/>.</summary>
    public long Term(int issue, int option, int party) => _terms[issue][(option * Parties) + party];

    /// <summary>The terms of issue <paramref name="issue"/>, option-major.</summary>
    public ReadOnlySpan<long> TermsOf(int issue) => _terms[issue];

    /// <summary>Party <paramref name="party"/>'s utility, in units, for a whole outcome (option indexes in issue order).</summary>
    public long UtilityOf(IReadOnlyList<int> outcome, int party)
    {
        long sum = 0;
        for (var k = 0; k < _terms.Length; k++)
        {
            sum += Term(k, outcome[k], party);
        }

        return sum;
    }

    /// <summary>The most party <paramref name="party"/> can get from any outcome, in units.</summary>
    public long MaxUtility(int party)
    {
        long sum = 0;
        for (var k = 0; k < _terms.Length; k++)
        {
            var best = long.MinValue;
            for (var x = 0; x < Options(k); x++)
            {
                best = Math.Max(best, Term(k, x, party));
            }

            sum += best;
        }

        return sum;
    }

    /// <summary>Units as a utility.</summary>
    public static double ToUtility(long units) => units / (double)Scale;

    /// <summary>A decimal utility as units, rounded to the nearest.</summary>
    public static long ToUnits(decimal utility) => (long)decimal.Round(utility * Scale, MidpointRounding.ToEven);

    /// <summary>A decimal utility discounted by <paramref name="scale"/>, as units: exact when there is no discount.</summary>
    private static long ToUnits(decimal utility, double scale)
        => scale == 1.0 ? ToUnits(utility) : (long)Math.Round((double)utility * scale * (double)Scale);

    /// <summary>
    /// The table of a domain, or <see langword="null"/> when a party's preferences do not fit it (the document rules
    /// say how: <see cref="BargainingRules"/>). At normalised time <paramref name="time"/> above 0, each party's terms
    /// and reservation are multiplied by its discount factor to that power (and then rounded to whole units).
    /// </summary>
    public static UtilityTable? Of(BargainingDomain domain, double time)
    {
        var parties = domain.Preferences.Count;
        var terms = new long[domain.Issues.Count][];
        var scales = domain.Preferences.Select(p => time > 0 && p.Discount is { } d ? Math.Pow((double)d, time) : 1.0).ToArray();
        for (var k = 0; k < domain.Issues.Count; k++)
        {
            var options = domain.Issues[k].Options.Count;
            terms[k] = new long[options * parties];
            for (var i = 0; i < parties; i++)
            {
                var preference = domain.Preferences[i].Issues;
                if (preference.Count != domain.Issues.Count || preference[k].Issue != domain.Issues[k].Issue || preference[k].Values.Count != options)
                {
                    return null;
                }

                for (var x = 0; x < options; x++)
                {
                    terms[k][(x * parties) + i] = ToUnits(preference[k].Weight * preference[k].Values[x], scales[i]);
                }
            }
        }

        var reservations = new long[parties];
        var table = new UtilityTable(parties, terms, reservations);
        for (var i = 0; i < parties; i++)
        {
            var preferences = domain.Preferences[i];
            if (!preferences.ReservationOutcome.IsEmpty)
            {
                if (domain.IndexesOf(preferences.ReservationOutcome) is not { } outcome)
                {
                    return null;
                }

                reservations[i] = table.UtilityOf(outcome, i); // already discounted through the terms
            }
            else if (preferences.ReservationValue is { } value)
            {
                reservations[i] = ToUnits(value, scales[i]);
            }
        }

        return table;
    }
}
