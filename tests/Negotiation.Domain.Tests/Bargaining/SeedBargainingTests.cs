using Negotiation.Domain.Attributions;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;
using Negotiation.Domain.Tests.Seeds;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>
/// The seed's bargaining section: three issues from the case, each side's preferences an assumption (and attributed as
/// one), and the reported package scored against the frontier and the bargaining solutions.
/// </summary>
public class SeedBargainingTests
{
    private static readonly BargainingResult Result = BargainingAnalysis.Analyse(
        NegotiationJson.ReadOrThrow(SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023)).Bargaining!, null, TestContext.Current.CancellationToken).AsT0;

    [Fact]
    public void The_preferences_are_an_assumption_and_say_so()
        => Assert.All(SeedScenario.Bargaining.Preferences, p => Assert.Equal(Confidence.Assumed, p.Attribution!.Confidence));

    [Fact]
    public void The_reported_package_is_rational_Pareto_optimal_and_the_Nash_point_under_these_assumptions()
    {
        var deal = Result.Agreements[SeedScenario.FentanylDeal];

        Assert.Equal([0.71, 0.79], deal.Utilities);
        Assert.True(deal.IsRational);
        Assert.True(deal.IsParetoOptimal);
        Assert.Equal(0, deal.DistanceToNash);
        Assert.Equal(["lift the institute's listing", "crack down on exporters", "channel resumed"], Result.Labels(Result.Nash.Primary!.Representative));
    }

    [Fact]
    public void The_status_quo_is_each_sides_reservation_and_a_zone_of_agreement_exists()
    {
        Assert.Equal([0.2, 0.45], Result.Reservations);
        Assert.True(Result.Zone.Exists);
        Assert.Equal(12, (int)Result.OutcomeCount);
        Assert.Equal(7, (int)Result.Zone.RationalCount!.Value); // counted by hand from the 12 outcomes
        Assert.Equal(7 / 12.0, Result.Zone.RationalShare);
    }

    [Fact]
    public void The_frontier_has_four_points_three_of_them_rational_and_every_solution_picks_the_package()
    {
        // Worked by hand (exact fractions) from the section: (US, China) utilities of the four undominated outcomes.
        Assert.Equal([[1.0, 0.21], [0.86, 0.61], [0.71, 0.79], [0.36, 0.91]], Result.Frontier.Select(p => p.Utilities.ToArray()));
        Assert.Equal([false, true, true, true], Result.Frontier.Select(p => p.IsRational)); // only (1.0, 0.21) leaves China below its 0.45
        Assert.Equal([0.86, 0.91], Result.Ideal);
        Assert.All(Result.Solutions, s => Assert.Equal([1, 1, 1], s.Primary!.Representative));
    }
}
