using Negotiation.Domain.Actions;

namespace Negotiation.Domain.Tests.Model;

public class PloverMappingTests
{
    [Theory]
    [InlineData(ActionKind.LiftSanction, ActionStage.Requested, PloverCategory.Request, "yield", "1054")]
    [InlineData(ActionKind.LiftSanction, ActionStage.Promised, PloverCategory.Concede, null, "0354")]
    [InlineData(ActionKind.LiftSanction, ActionStage.CarriedOut, PloverCategory.Retreat, null, "085")]
    [InlineData(ActionKind.ImposeSanction, ActionStage.CarriedOut, PloverCategory.Sanction, null, "163")]
    [InlineData(ActionKind.ResumeChannel, ActionStage.Requested, PloverCategory.Request, "meet", "108")]
    public void Maps_the_codes_domain_md_names(ActionKind kind, ActionStage stage, PloverCategory category, string? mode, string cameo)
    {
        Assert.Equal(new PloverCode(category, mode, cameo), PloverMapping.For(kind, stage));
    }

    [Fact]
    public void Every_kind_at_every_stage_has_a_coding_and_promises_are_not_acts()
    {
        foreach (var kind in Enum.GetValues<ActionKind>())
        {
            Assert.Equal(PloverCategory.Request, PloverMapping.For(kind, ActionStage.Requested).Category);
            var promised = PloverMapping.For(kind, ActionStage.Promised).Category;
            Assert.True(promised is PloverCategory.Agree or PloverCategory.Concede, $"{kind} promised maps to {promised}");
            Assert.NotEqual(promised, PloverMapping.For(kind, ActionStage.CarriedOut).Category);
        }
    }

    [Fact]
    public void Undefined_values_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PloverMapping.For((ActionKind)99, ActionStage.Requested));
    }
}
