using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Sanctions;

/// <summary>What a sanction does to its targets (FollowTheMoney's <c>provisions</c>).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SanctionMeasure>))]
public enum SanctionMeasure
{
    /// <summary>Assets are frozen (blocking).</summary>
    AssetFreeze = 1,

    /// <summary>Exports to the target are controlled: an entity listing (the US Commerce Department's Entity List).</summary>
    ExportControl,

    /// <summary>Imports from the target are banned.</summary>
    ImportBan,

    /// <summary>Entry is banned or visas are refused.</summary>
    TravelBan,

    /// <summary>Financial dealings are restricted (no transactions, no access to the financial system).</summary>
    FinancialRestriction,

    /// <summary>Arms may not be supplied.</summary>
    ArmsEmbargo,

    /// <summary>Investment in the target is banned.</summary>
    InvestmentBan,

    /// <summary>A whole sector is restricted.</summary>
    SectoralRestriction,

    /// <summary>Anything else; say what in the description.</summary>
    Other,
}
