using Negotiation.Domain.Actions;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Tests.Model;

public class PloverMappingTests
{
    [Theory]
    [InlineData(ActionKind.LiftSanction, ActionStage.Requested, PloverCategory.Request, "yield", "1054")]
    [InlineData(ActionKind.LiftSanction, ActionStage.Promised, PloverCategory.Concede, null, "0354")]
    [InlineData(ActionKind.LiftSanction, ActionStage.CarriedOut, PloverCategory.Retreat, null, "085")]
    [InlineData(ActionKind.ImposeSanction, ActionStage.CarriedOut, PloverCategory.Sanction, "discontinue", "163")] // the PLOVER manual's rule for international sanctions
    [InlineData(ActionKind.ResumeChannel, ActionStage.Requested, PloverCategory.Request, "meet", "106")] // demand meeting, negotiation (108 is demand mediation)
    public void Maps_the_codes_domain_md_names(ActionKind kind, ActionStage stage, PloverCategory category, string? mode, string cameo)
    {
        Assert.Equal(new PloverCode(category, mode, cameo), PloverMapping.For(kind, stage));
    }

    /// <summary>The kinds of format version 2, at each stage; the sources are cited in PloverMapping.</summary>
    [Theory]
    [InlineData(ActionKind.WaiveSanction, ActionStage.Requested, PloverCategory.Request, "yield", "1054")]
    [InlineData(ActionKind.WaiveSanction, ActionStage.Promised, PloverCategory.Concede, null, "0354")]
    [InlineData(ActionKind.SuspendSanction, ActionStage.CarriedOut, PloverCategory.Retreat, null, "085")]
    [InlineData(ActionKind.Limit, ActionStage.Requested, PloverCategory.Request, "change", "1042")]
    [InlineData(ActionKind.Limit, ActionStage.Promised, PloverCategory.Concede, null, "035")]
    [InlineData(ActionKind.DismantleFacility, ActionStage.CarriedOut, PloverCategory.Retreat, "disarm", "087")]
    [InlineData(ActionKind.ConvertFacility, ActionStage.Promised, PloverCategory.Concede, null, "0356")]
    [InlineData(ActionKind.AllowInspections, ActionStage.Requested, PloverCategory.Request, "yield", "1055")]
    [InlineData(ActionKind.AllowInspections, ActionStage.CarriedOut, PloverCategory.Retreat, "access", "0862")]
    [InlineData(ActionKind.EstablishRelations, ActionStage.Requested, PloverCategory.Request, "assist", "102")]
    [InlineData(ActionKind.EstablishRelations, ActionStage.CarriedOut, PloverCategory.Support, null, "050")]
    [InlineData(ActionKind.HoldTalks, ActionStage.Requested, PloverCategory.Request, "meet", "106")]
    [InlineData(ActionKind.HoldTalks, ActionStage.Promised, PloverCategory.Agree, null, "036")]
    [InlineData(ActionKind.HoldTalks, ActionStage.CarriedOut, PloverCategory.Consult, null, "046")]
    [InlineData(ActionKind.WithdrawForces, ActionStage.Promised, PloverCategory.Concede, null, "0356")]
    [InlineData(ActionKind.WithdrawForces, ActionStage.CarriedOut, PloverCategory.Retreat, "withdraw", "0874")]
    [InlineData(ActionKind.ExchangePrisoners, ActionStage.Requested, PloverCategory.Request, "yield", "1053")]
    [InlineData(ActionKind.ExchangePrisoners, ActionStage.CarriedOut, PloverCategory.Retreat, "release", "0841")]
    [InlineData(ActionKind.TransferFunds, ActionStage.Promised, PloverCategory.Agree, null, "0331")]
    [InlineData(ActionKind.TransferFunds, ActionStage.CarriedOut, PloverCategory.Aid, null, "071")]
    [InlineData(ActionKind.SeekDelisting, ActionStage.Promised, PloverCategory.Agree, null, "0354")]
    [InlineData(ActionKind.SeekDelisting, ActionStage.CarriedOut, PloverCategory.Concede, null, "0354")]
    [InlineData(ActionKind.EaseRestrictions, ActionStage.Requested, PloverCategory.Request, "yield", "1051")]
    [InlineData(ActionKind.EaseRestrictions, ActionStage.CarriedOut, PloverCategory.Concede, null, "081")]
    [InlineData(ActionKind.RemoveDesignation, ActionStage.CarriedOut, PloverCategory.Retreat, null, "085")]
    [InlineData(ActionKind.RestoreDesignation, ActionStage.CarriedOut, PloverCategory.Sanction, "discontinue", "163")]
    [InlineData(ActionKind.MoveToHouseArrest, ActionStage.Promised, PloverCategory.Concede, null, "0353")]
    [InlineData(ActionKind.ConstitutionalReform, ActionStage.Requested, PloverCategory.Request, "change", "1044")]
    [InlineData(ActionKind.ConstitutionalReform, ActionStage.CarriedOut, PloverCategory.Concede, null, "0834")]
    [InlineData(ActionKind.RestoreBorderControl, ActionStage.CarriedOut, PloverCategory.Retreat, "withdraw", "087")]
    [InlineData(ActionKind.Ceasefire, ActionStage.Promised, PloverCategory.Concede, null, "0356")]
    [InlineData(ActionKind.Ceasefire, ActionStage.CarriedOut, PloverCategory.Retreat, "ceasefire", "0871")]
    public void Maps_the_kinds_of_version_two_to_plover_and_cameo(ActionKind kind, ActionStage stage, PloverCategory category, string? mode, string cameo)
    {
        Assert.Equal(new PloverCode(category, mode, cameo), PloverMapping.For(kind, stage));
    }

    [Fact]
    public void Every_mode_is_one_the_plover_manual_gives_its_category_and_every_code_is_a_cameo_code()
    {
        // The modes of the PLOVER manual's tables (REQUEST, CONSULT, RETREAT, SANCTION); the other categories the
        // mapping uses have none. Codes are CAMEO's: two to four digits.
        var modes = new Dictionary<PloverCategory, string[]>
        {
            [PloverCategory.Request] = ["assist", "change", "yield", "meet"],
            [PloverCategory.Consult] = ["visit", "third-party", "multilateral", "phone"],
            [PloverCategory.Retreat] = ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
            [PloverCategory.Sanction] = ["convict", "expel", "withdraw", "discontinue"],
        };
        foreach (var kind in Enum.GetValues<ActionKind>())
        {
            foreach (var stage in Enum.GetValues<ActionStage>())
            {
                var code = PloverMapping.For(kind, stage);
                Assert.True(code.Mode is null || modes.GetValueOrDefault(code.Category, []).Contains(code.Mode), $"{kind} {stage}: {code}");
                Assert.Matches("^[0-9]{2,4}$", code.Cameo);
            }
        }
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

    /// <summary>
    /// Issue 17: an imposed sanction is SANCTION with the mode discontinue everywhere one is coded, whether as an action
    /// carried out or as a change in a sanction's history; a threatened one is THREATEN restrict, and ending or easing
    /// one is RETREAT. An expiry is no one's act.
    /// </summary>
    [Fact]
    public void Every_imposed_sanction_is_sanction_discontinue()
    {
        var imposed = new PloverCode(PloverCategory.Sanction, "discontinue", "163");
        Assert.Equal(imposed, PloverMapping.For(ActionKind.ImposeSanction, ActionStage.CarriedOut));
        Assert.Equal(imposed, PloverMapping.For(ActionKind.RestoreDesignation, ActionStage.CarriedOut));
        Assert.Equal(imposed, PloverMapping.For(SanctionChangeKind.Imposed));
        Assert.Equal(imposed, PloverMapping.For(SanctionChangeKind.Reimposed));
        Assert.Equal(new PloverCode(PloverCategory.Threaten, "restrict", "1312"), PloverMapping.For(SanctionChangeKind.Proposed));
        foreach (var eased in new[] { SanctionChangeKind.Lifted, SanctionChangeKind.Waived, SanctionChangeKind.Suspended })
        {
            Assert.Equal(new PloverCode(PloverCategory.Retreat, null, "085"), PloverMapping.For(eased));
        }

        Assert.Null(PloverMapping.For(SanctionChangeKind.Expired));
        Assert.Throws<ArgumentOutOfRangeException>(() => PloverMapping.For((SanctionChangeKind)99));

        // Wherever the category is SANCTION, the mode is discontinue: no imposition is coded without it.
        foreach (var kind in Enum.GetValues<ActionKind>())
        {
            foreach (var stage in Enum.GetValues<ActionStage>())
            {
                var code = PloverMapping.For(kind, stage);
                Assert.True(code.Category != PloverCategory.Sanction || code.Mode == "discontinue", $"{kind} {stage}: {code}");
            }
        }
    }
}
