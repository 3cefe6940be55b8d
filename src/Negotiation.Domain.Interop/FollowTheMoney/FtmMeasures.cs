using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// Between FollowTheMoney's free-text <c>provisions</c> and <see cref="SanctionMeasure"/>: a keyword table for the
/// import (a provision may name several measures) and one label per measure for the export, which the table reads back.
/// </summary>
internal static class FtmMeasures
{
    /// <summary>Keywords, matched case-insensitively anywhere in a provision, and the measure each means.</summary>
    internal static readonly (string Keyword, SanctionMeasure Measure)[] Keywords =
    [
        ("asset freeze", SanctionMeasure.AssetFreeze),
        ("freez", SanctionMeasure.AssetFreeze),
        ("block", SanctionMeasure.AssetFreeze),
        ("travel", SanctionMeasure.TravelBan),
        ("visa", SanctionMeasure.TravelBan),
        ("entry ban", SanctionMeasure.TravelBan),
        ("arms embargo", SanctionMeasure.ArmsEmbargo),
        ("arms", SanctionMeasure.ArmsEmbargo),
        ("export", SanctionMeasure.ExportControl),
        ("entity list", SanctionMeasure.ExportControl),
        ("import", SanctionMeasure.ImportBan),
        ("financ", SanctionMeasure.FinancialRestriction),
        ("transaction", SanctionMeasure.FinancialRestriction),
        ("investment", SanctionMeasure.InvestmentBan),
        ("sector", SanctionMeasure.SectoralRestriction),
    ];

    /// <summary>The provision the export writes for each measure; each reads back as that measure alone.</summary>
    public static string Label(SanctionMeasure measure) => measure switch
    {
        SanctionMeasure.AssetFreeze => "Asset freeze",
        SanctionMeasure.ExportControl => "Export control",
        SanctionMeasure.ImportBan => "Import ban",
        SanctionMeasure.TravelBan => "Travel ban",
        SanctionMeasure.FinancialRestriction => "Financial restrictions",
        SanctionMeasure.ArmsEmbargo => "Arms embargo",
        SanctionMeasure.InvestmentBan => "Investment ban",
        SanctionMeasure.SectoralRestriction => "Sectoral restrictions",
        _ => "Other measures",
    };

    /// <summary>Adds to <paramref name="measures"/> what <paramref name="provision"/> names; returns whether it named any.</summary>
    public static bool Match(string provision, List<SanctionMeasure> measures)
    {
        if (provision.Equals(Label(SanctionMeasure.Other), StringComparison.OrdinalIgnoreCase))
        {
            AddOnce(measures, SanctionMeasure.Other);
            return true;
        }

        var any = false;
        foreach (var (keyword, measure) in Keywords)
        {
            if (provision.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            {
                AddOnce(measures, measure);
                any = true;
            }
        }

        return any;
    }

    private static void AddOnce(List<SanctionMeasure> measures, SanctionMeasure measure)
    {
        if (!measures.Contains(measure))
        {
            measures.Add(measure);
        }
    }
}
