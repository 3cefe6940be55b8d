using Negotiation.Domain.Actions;
using Negotiation.Domain.Interop.Plover;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Interop.Tests.Plover;

/// <summary>The quad codes and scores of the PLOVER manual's tables.</summary>
public class PloverScoresTests
{
    [Theory]
    [InlineData(PloverCategory.Accuse, null, -3)] // the manual prints +3: a sign typo
    [InlineData(PloverCategory.Accuse, "disapprove", -2)]
    [InlineData(PloverCategory.Sanction, "discontinue", -6)]
    [InlineData(PloverCategory.Threaten, "restrict", -3)]
    [InlineData(PloverCategory.Consult, "visit", 4)]
    [InlineData(PloverCategory.Retreat, null, 6.5)]
    [InlineData(PloverCategory.Request, "yield", -1)]
    [InlineData(PloverCategory.Aid, null, 10)]
    [InlineData(PloverCategory.Assault, "unconventional", -10)]
    public void Scores_are_the_manual_s(PloverCategory category, string? mode, double score)
        => Assert.Equal(score, PloverScores.EventScale(category, mode));

    [Fact]
    public void Quad_codes_group_the_sixteen_categories_as_the_design_note_does()
    {
        var quads = Enum.GetValues<PloverCategory>().GroupBy(PloverScores.QuadCode).ToDictionary(g => g.Key, g => g.Select(PloverScores.NameOf).Order(StringComparer.Ordinal));
        Assert.Equal(["AGREE", "CONCEDE", "CONSULT", "SUPPORT"], quads[1]);
        Assert.Equal(["AID", "COOPERATE", "RETREAT"], quads[2]);
        Assert.Equal(["ACCUSE", "REJECT", "REQUEST", "THREATEN"], quads[3]);
        Assert.Equal(["ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION"], quads[4]);
    }

    [Fact]
    public void Every_coding_of_the_core_s_mapping_has_a_score_of_the_right_sign()
    {
        foreach (var kind in Enum.GetValues<ActionKind>())
        {
            foreach (var stage in Enum.GetValues<ActionStage>())
            {
                var code = PloverMapping.For(kind, stage);
                var score = PloverScores.EventScale(code.Category, code.Mode);
                Assert.True(PloverScores.QuadCode(code.Category) <= 2 ? score > 0 : score <= 0.5, $"{kind} {stage}: {score}");
            }
        }

        foreach (var change in Enum.GetValues<SanctionChangeKind>())
        {
            if (PloverMapping.For(change) is { } code)
            {
                Assert.InRange(PloverScores.EventScale(code.Category, code.Mode), -10, 10);
            }
        }
    }

    [Fact]
    public void A_mode_the_manual_does_not_give_the_category_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PloverScores.EventScale(PloverCategory.Sanction, "restrict"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PloverScores.QuadCode((PloverCategory)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => PloverScores.NameOf((PloverCategory)99));
    }
}
