using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Sanctions;

/// <summary>
/// Where a sanction stands: the status its last change gives (see <see cref="SanctionChangeKind"/> for the changes
/// that may follow each other), or active when its history is empty.
/// </summary>
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

    /// <summary>In place, but waived: the authority lets something it forbids go ahead, for a time or for a purpose.</summary>
    Waived,
}
