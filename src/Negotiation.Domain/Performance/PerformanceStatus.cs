using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Performance;

/// <summary>How far a commitment or a pledge has been kept, as a change in its performance sets it.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PerformanceStatus>))]
public enum PerformanceStatus
{
    /// <summary>Not yet begun: the status of a commitment with no performance recorded.</summary>
    Pending = 1,

    /// <summary>Being carried out (a withdrawal under way).</summary>
    InProgress,

    /// <summary>Carried out in full.</summary>
    CarriedOut,

    /// <summary>Carried out in part (some prisoners released, not all).</summary>
    PartlyCarriedOut,

    /// <summary>Suspended by the party that made it, which may resume it (inspections halted).</summary>
    Suspended,

    /// <summary>Breached: the party acts against it.</summary>
    Breached,

    /// <summary>Undone after being carried out (a release followed by a re-arrest, funds moved back).</summary>
    Reversed,
}
