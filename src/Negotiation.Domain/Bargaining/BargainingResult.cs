using System.Numerics;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// What a bargaining domain allows: the exact Pareto frontier (of all outcomes and of the rational ones), the zone of
/// agreement, the ideal point, the bargaining solutions, the opposition level, and how each agreement of the document
/// scores. Made by <see cref="BargainingAnalysis.Analyse"/>.
/// </summary>
public sealed class BargainingResult
{
    private readonly UtilityTable _table;
    private readonly VectorKey[] _frontierVectors;

    // Built on the first Score, which most results never call; two threads racing build equal sets, so no lock is needed.
    private HashSet<VectorKey>? _frontierSet;

    internal BargainingResult(
        BargainingDomain domain,
        UtilityTable table,
        IReadOnlyList<FrontierPoint> frontier,
        VectorKey[] frontierVectors,
        bool isZeroSum,
        ZoneOfAgreement zone,
        IReadOnlyList<double>? ideal,
        IReadOnlyList<BargainingSolution> solutions,
        double opposition,
        double? rationalOpposition)
    {
        Domain = domain;
        _table = table;
        Frontier = frontier;
        RationalFrontier = [.. frontier.Where(p => p.IsRational)];
        _frontierVectors = frontierVectors;
        IsZeroSum = isZeroSum;
        Zone = zone;
        Ideal = ideal;
        Solutions = solutions;
        Opposition = opposition;
        RationalOpposition = rationalOpposition;
        Parties = [.. domain.Preferences.Select(p => p.Party)];
        Reservations = [.. table.Reservations.Select(UtilityTable.ToUtility)];
        Agreements = domain.Outcomes
            .Where(o => domain.IndexesOf(o.Options) is not null)
            .ToDictionary(o => o.Agreement, o => Score(domain.IndexesOf(o.Options)!));
    }

    /// <summary>The domain analysed.</summary>
    public BargainingDomain Domain { get; }

    /// <summary>The utilities of every option, as the analysis computed them (for drawing the outcomes).</summary>
    internal UtilityTable Table => _table;

    /// <summary>The parties, in the order of every utility vector: the domain's preferences' order.</summary>
    public IReadOnlyList<PartyId> Parties { get; }

    /// <summary>Each party's reservation (its disagreement point): its value, its outcome's utility, or 0.</summary>
    public IReadOnlyList<double> Reservations { get; }

    /// <summary>The number of outcomes, exactly.</summary>
    public BigInteger OutcomeCount => Domain.OutcomeCount;

    /// <summary>Whether the domain is exactly zero-sum: every outcome lies on one line of falling utilities, so every outcome is Pareto-optimal.</summary>
    public bool IsZeroSum { get; }

    /// <summary>The Pareto frontier of all outcomes: distinct utility vectors, largest first utility first (then the next, ...).</summary>
    public IReadOnlyList<FrontierPoint> Frontier { get; }

    /// <summary>The points of the frontier that are rational: every party gets at least its reservation.</summary>
    public IReadOnlyList<FrontierPoint> RationalFrontier { get; }

    /// <summary>The zone of possible agreement.</summary>
    public ZoneOfAgreement Zone { get; }

    /// <summary>The ideal point: each party's best utility among the rational outcomes, or <see langword="null"/> when there is no rational outcome.</summary>
    public IReadOnlyList<double>? Ideal { get; }

    /// <summary>Every solution, in the order Nash, Kalai–Smorodinsky, nearest-diagonal, egalitarian, utilitarian.</summary>
    public IReadOnlyList<BargainingSolution> Solutions { get; }

    /// <summary>The Nash bargaining solution: the rational frontier point, with every gain above zero, that maximises the product of the gains over the reservations.</summary>
    public BargainingSolution Nash => Solutions[0];

    /// <summary>Kalai–Smorodinsky: the rational frontier point that maximises the smallest gain as a share of the gain at the ideal point.</summary>
    public BargainingSolution KalaiSmorodinsky => Solutions[1];

    /// <summary>The point nearest the diagonal (NegMAS's <c>ks_points</c>): the one whose shares of the ideal gains differ least; named apart from Kalai–Smorodinsky, with which it often disagrees.</summary>
    public BargainingSolution NearestDiagonal => Solutions[2];

    /// <summary>Egalitarian: the rational frontier point that maximises the smallest gain over the reservations.</summary>
    public BargainingSolution Egalitarian => Solutions[3];

    /// <summary>Utilitarian (greatest welfare): the rational outcome that maximises the sum of utilities.</summary>
    public BargainingSolution Utilitarian => Solutions[4];

    /// <summary>The opposition level over all outcomes: the least distance from any outcome to the point where every party gets its best (GENIUS, NegMAS); 0 when one outcome is best for all.</summary>
    public double Opposition { get; }

    /// <summary>The opposition level over the rational outcomes, or <see langword="null"/> when there is none.</summary>
    public double? RationalOpposition { get; }

    /// <summary>How each agreement the domain gives an outcome for scores.</summary>
    public IReadOnlyDictionary<AgreementId, OutcomeScore> Agreements { get; }

    /// <summary>How an outcome scores: its utilities, whether it is rational and Pareto-optimal, and its distances to the frontier and to Nash.</summary>
    /// <param name="outcome">One option index per issue, in issue order.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException">The outcome has not one valid option index per issue.</exception>
    public OutcomeScore Score(IReadOnlyList<int> outcome)
    {
        CheckOutcome(outcome);

        var units = Enumerable.Range(0, _table.Parties).Select(i => _table.UtilityOf(outcome, i)).ToArray();
        var utilities = units.Select(UtilityTable.ToUtility).ToArray();
        var rational = units.Select((u, i) => u >= _table.Reservations[i]).All(ok => ok);
        var optimal = (_frontierSet ??= [.. _frontierVectors]).Contains(new VectorKey(units));
        var toFrontier = Frontier.Count == 0 ? double.NaN : Frontier.Min(p => Distance(p.Utilities, utilities));
        var toNash = Nash.Primary is { } nash ? Distance(nash.Utilities, utilities) : (double?)null;
        return new OutcomeScore([.. outcome], utilities, rational, optimal, optimal ? 0 : toFrontier, toNash);
    }

    /// <summary>The labels of an outcome's options, in issue order.</summary>
    /// <param name="outcome">One option index per issue.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="ArgumentException">The outcome has not one valid option index per issue.</exception>
    public IReadOnlyList<string> Labels(IReadOnlyList<int> outcome)
    {
        CheckOutcome(outcome);
        return [.. outcome.Select((x, k) => Domain.Issues[k].Options[x].Label)];
    }

    private void CheckOutcome(IReadOnlyList<int> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Count != Domain.Issues.Count || outcome.Select((x, k) => x < 0 || x >= Domain.Issues[k].Options.Count).Any(bad => bad))
        {
            throw new ArgumentException($"An outcome gives one option index per issue: {Domain.Issues.Count} indexes, each within its issue's options.", nameof(outcome));
        }
    }

    private static double Distance(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Count; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }

        return Math.Sqrt(sum);
    }
}
