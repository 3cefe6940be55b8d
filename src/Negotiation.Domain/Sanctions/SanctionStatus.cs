using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Sanctions;

/// <summary>Where a sanction stands. Proposed → active; active → suspended, lifted or expired; suspended → active, lifted or expired.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SanctionStatus>))]
public enum SanctionStatus
{
    /// <summary>Proposed or threatened, not imposed.</summary>
    Proposed = 1,

    /// <summary>In force.</summary>
    Active,

    /// <summary>Suspended, and may be reinstated.</summary>
    Suspended,

    /// <summary>Lifted (delisted) by the authority.</summary>
    Lifted,

    /// <summary>Ended by itself at its end date.</summary>
    Expired,
}
