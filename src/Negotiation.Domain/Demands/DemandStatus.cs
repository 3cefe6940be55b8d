using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Demands;

/// <summary>Where a demand stands. Made → accepted, rejected, withdrawn or fulfilled; accepted → fulfilled or withdrawn; rejected → made again.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<DemandStatus>))]
public enum DemandStatus
{
    /// <summary>Made and not yet answered.</summary>
    Made = 1,

    /// <summary>Rejected by the party asked.</summary>
    Rejected,

    /// <summary>Accepted by the party asked, not yet carried out.</summary>
    Accepted,

    /// <summary>Withdrawn by the party that made it.</summary>
    Withdrawn,

    /// <summary>Carried out.</summary>
    Fulfilled,
}
