using Negotiation.Domain.Collections;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Interop.ScreeningList;

/// <summary>One of the lists the Consolidated Screening List gathers, as its <c>source</c> column names it, with what the import makes of it.</summary>
/// <param name="Source">The <c>source</c> text ("Entity List (EL) - Bureau of Industry and Security").</param>
/// <param name="Code">Its short code (EL, DPL, SDN, ...).</param>
/// <param name="ListName">The list's name, the program of a row that names none ("Entity List").</param>
/// <param name="Authority">The body that keeps it (BIS, OFAC, ISN, DDTC).</param>
/// <param name="Measures">What a listing does.</param>
/// <param name="NumbersAreOfac">Whether <c>entity_number</c> is OFAC's entry number (the Treasury lists), kept as the external id <c>ofac-sdn</c>.</param>
internal sealed record ScreeningListSource(string Source, string Code, string ListName, PartyId Authority, EquatableArray<SanctionMeasure> Measures, bool NumbersAreOfac)
{
    private static readonly EquatableArray<SanctionMeasure> ExportControl = new[] { SanctionMeasure.ExportControl };

    /// <summary>
    /// The lists, from the file's <c>source</c> column. The measures: the Commerce lists and ITAR debarment control
    /// exports; the SDN list blocks (asset freeze, financial restriction); the Foreign Sanctions Evaders, the CAPTA list
    /// and the Palestinian Legislative Council list restrict financial dealings; the Sectoral Sanctions list restricts
    /// sectors; the Chinese Military-Industrial Complex list bans investment; the menu-based and nonproliferation
    /// sanctions vary by entry (other).
    /// </summary>
    public static IReadOnlyList<ScreeningListSource> All { get; } =
    [
        new("Entity List (EL) - Bureau of Industry and Security", "EL", "Entity List", UsAuthorities.Bis, ExportControl, false),
        new("Military End User (MEU) List - Bureau of Industry and Security", "MEU", "Military End User List", UsAuthorities.Bis, ExportControl, false),
        new("Unverified List (UVL) - Bureau of Industry and Security", "UVL", "Unverified List", UsAuthorities.Bis, ExportControl, false),
        new("Denied Persons List (DPL) - Bureau of Industry and Security", "DPL", "Denied Persons List", UsAuthorities.Bis, ExportControl, false),
        new("ITAR Debarred (DTC) - State Department", "DTC", "ITAR Debarred", UsAuthorities.Ddtc, ExportControl, false),
        new("Nonproliferation Sanctions (ISN) - State Department", "ISN", "Nonproliferation Sanctions", UsAuthorities.Isn, new[] { SanctionMeasure.Other }, false),
        new("Specially Designated Nationals (SDN) - Treasury Department", "SDN", "Specially Designated Nationals", UsAuthorities.Ofac, new[] { SanctionMeasure.AssetFreeze, SanctionMeasure.FinancialRestriction }, true),
        new("Foreign Sanctions Evaders (FSE) - Treasury Department", "FSE", "Foreign Sanctions Evaders", UsAuthorities.Ofac, new[] { SanctionMeasure.FinancialRestriction }, true),
        new("Sectoral Sanctions Identifications List (SSI) - Treasury Department", "SSI", "Sectoral Sanctions Identifications List", UsAuthorities.Ofac, new[] { SanctionMeasure.SectoralRestriction }, true),
        new("Palestinian Legislative Council List (PLC) - Treasury Department", "PLC", "Palestinian Legislative Council List", UsAuthorities.Ofac, new[] { SanctionMeasure.FinancialRestriction }, true),
        new("Capta List (CAP) - Treasury Department", "CAP", "CAPTA List", UsAuthorities.Ofac, new[] { SanctionMeasure.FinancialRestriction }, true),
        new("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department", "MBS", "Non-SDN Menu-Based Sanctions List", UsAuthorities.Ofac, new[] { SanctionMeasure.Other }, true),
        new("Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department", "CMIC", "Non-SDN Chinese Military-Industrial Complex Companies List", UsAuthorities.Ofac, new[] { SanctionMeasure.InvestmentBan }, true),
    ];

    private static readonly Dictionary<string, ScreeningListSource> BySource = All.ToDictionary(static s => s.Source, StringComparer.OrdinalIgnoreCase);

    /// <summary>The list a <c>source</c> text names, compared whole, ignoring case and surrounding spaces.</summary>
    public static ScreeningListSource? Find(string source) => BySource.GetValueOrDefault(source.Trim());
}
