using System.Globalization;
using Negotiation.Cli.Input;
using Negotiation.Domain.Bargaining;

namespace Negotiation.Cli.Bargaining;

/// <summary>
/// The report <c>negotiation bargain</c> prints: the parties and outcomes, the frontier, the zone of agreement, the
/// ideal point, the opposition, each solution with its utilities and options (every tied point, up to
/// <see cref="MostPointsListed"/>), and each agreement of the document against them. Text from the input is escaped
/// as in every message of the tool (<see cref="PrintableText"/>).
/// </summary>
internal sealed class BargainingReport(BargainingInput input, BargainingResult result, TextWriter output)
{
    /// <summary>The most tied points listed per solution; <c>--json</c> lists them all.</summary>
    public const int MostPointsListed = 10;

    private static readonly Dictionary<string, string> SolutionNames = new(StringComparer.Ordinal)
    {
        ["nash"] = "Nash",
        ["kalai-smorodinsky"] = "Kalai–Smorodinsky",
        ["nearest-diagonal"] = "nearest-diagonal",
        ["egalitarian"] = "egalitarian",
        ["utilitarian"] = "utilitarian",
    };

    public void Write()
    {
        var parties = result.Parties;
        output.WriteLine($"Parties: {string.Join(", ", parties.Select(p => $"{Text(input.NameOf(p))} ({p})"))}");
        output.WriteLine($"Preferences: {string.Join(", ", input.Domain.Preferences.Select(p => $"{p.Party} {(p.Attribution is { } a ? $"{a.Confidence.ToString().ToLowerInvariant()} (an estimate, attributed)" : "not attributed")}"))}");
        var issues = input.Domain.Issues;
        var sizes = issues.Select(i => i.Options.Count).Distinct().Count() == 1
            ? $"{issues.Count} issue{(issues.Count == 1 ? "" : "s")} of {issues[0].Options.Count} options"
            : $"{issues.Count} issues: {string.Join(" × ", issues.Select(i => i.Options.Count))} options";
        output.WriteLine($"Outcomes: {Count(result.OutcomeCount)} ({sizes})");
        output.WriteLine($"Reservations: {Utilities(result.Reservations)}");
        var rational = result.RationalFrontier.Count;
        output.WriteLine($"Pareto frontier: {Points(result.Frontier.Count)}, {Count(rational)} of them rational{(result.IsZeroSum ? " (the domain is exactly zero-sum: every outcome is on it)" : "")}");
        output.WriteLine($"Zone of agreement: {Zone()}");
        output.WriteLine($"Ideal point: {(result.Ideal is { } ideal ? Utilities(ideal) : "none (no rational outcome)")}");
        output.WriteLine($"Opposition: {Number(result.Opposition)} over all outcomes, {(result.RationalOpposition is { } r ? $"{Number(r)} over the rational ones" : "none rational")}");

        output.WriteLine();
        output.WriteLine("Solutions, on the rational frontier:");
        foreach (var solution in result.Solutions)
        {
            WriteSolution(solution);
        }

        output.WriteLine();
        if (result.Agreements.Count == 0)
        {
            output.WriteLine("Agreements: the bargaining section gives no agreement's outcome.");
            return;
        }

        output.WriteLine("Agreements of the document, against the frontier and Nash:");
        foreach (var outcome in input.Domain.Outcomes)
        {
            if (!result.Agreements.TryGetValue(outcome.Agreement, out var score))
            {
                continue;
            }

            var title = input.AgreementTitles.TryGetValue(outcome.Agreement, out var t) ? $" ({Text(t)})" : "";
            output.WriteLine($"  {outcome.Agreement}{title}: {Utilities(score.Utilities)}");
            output.WriteLine($"    options: {Options(score.Outcome)}");
            var nash = score.DistanceToNash is { } d ? $", to Nash {Number(d)}" : ", no Nash point";
            output.WriteLine($"    {(score.IsRational ? "rational" : "not rational")}, {(score.IsParetoOptimal ? "Pareto-optimal" : "not Pareto-optimal")}; distance to the frontier {Number(score.DistanceToFrontier)}{nash}");
            var at = result.Solutions.Where(s => s.Points.Any(p => p.Utilities.SequenceEqual(score.Utilities))).Select(s => NameOf(s.Name)).ToList();
            if (at.Count > 0)
            {
                output.WriteLine($"    at the point of: {string.Join(", ", at)}");
            }
        }
    }

    private void WriteSolution(BargainingSolution solution)
    {
        var name = NameOf(solution.Name);
        if (!solution.IsDefined)
        {
            output.WriteLine($"  {name}: none: {solution.Reason}");
            return;
        }

        if (solution.Points.Count == 1)
        {
            var point = solution.Points[0];
            output.WriteLine($"  {name}: {Utilities(point.Utilities)}");
            output.WriteLine($"    options: {Options(point.Representative)}{Others(point)}");
            return;
        }

        output.WriteLine($"  {name}: {solution.Points.Count} tied points");
        foreach (var point in solution.Points.Take(MostPointsListed))
        {
            output.WriteLine($"    {Utilities(point.Utilities)}");
            output.WriteLine($"      options: {Options(point.Representative)}{Others(point)}");
        }

        if (solution.Points.Count > MostPointsListed)
        {
            output.WriteLine($"    and {solution.Points.Count - MostPointsListed} more (--json lists them all)");
        }
    }

    private string Zone()
    {
        var zone = result.Zone;
        var exists = zone.Exists ? "exists" : "none: no outcome gives every party more than its reservation";
        return zone.RationalCount is { } count
            ? $"{exists}; {Count(count)} of {Count(result.OutcomeCount)} outcomes rational ({(zone.RationalShare!.Value * 100).ToString("0.#", CultureInfo.InvariantCulture)} %)"
            : $"{exists}; rational outcomes not counted (too many outcomes)";
    }

    /// <summary>How many other outcomes share a point's utilities, when some do.</summary>
    private static string Others(FrontierPoint point)
        => point.Multiplicity > 1 ? $" (the first of {Count(point.Multiplicity)} outcomes with these utilities)" : "";

    private string Options(IReadOnlyList<int> outcome) => string.Join("; ", result.Labels(outcome).Select(Text));

    private string Utilities(IReadOnlyList<double> utilities) => string.Join(", ", utilities.Select((u, i) => $"{result.Parties[i]} {Number(u)}"));

    private static string Points(int count) => count == 1 ? "1 point" : $"{Count(count)} points";

    private static string NameOf(string solution) => SolutionNames.GetValueOrDefault(solution, solution);

    private static string Text(string text) => PrintableText.Escape(text);

    /// <summary>A utility or a distance: at most four decimals.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A count, grouped by thousands with spaces.</summary>
    public static string Count(System.Numerics.BigInteger count) => count.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ');
}
