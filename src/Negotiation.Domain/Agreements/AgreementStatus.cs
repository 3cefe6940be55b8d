using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// Where an agreement stands. Proposed → reported, agreed or collapsed; reported → agreed or collapsed; agreed →
/// signed, in force or collapsed; signed → in force or collapsed; in force → suspended or terminated; suspended →
/// in force or terminated. Terminated and collapsed are final.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<AgreementStatus>))]
public enum AgreementStatus
{
    /// <summary>Proposed by one side.</summary>
    Proposed = 1,

    /// <summary>Reported to be agreed or about to be, not officially announced.</summary>
    Reported,

    /// <summary>Agreed by the parties.</summary>
    Agreed,

    /// <summary>Signed.</summary>
    Signed,

    /// <summary>In force (ratified or being carried out).</summary>
    InForce,

    /// <summary>Suspended by one or more parties.</summary>
    Suspended,

    /// <summary>Ended by the parties or by a withdrawal.</summary>
    Terminated,

    /// <summary>Fell apart before it took effect.</summary>
    Collapsed,
}
