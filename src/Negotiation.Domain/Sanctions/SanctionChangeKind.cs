using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Sanctions;

/// <summary>
/// What a dated change in a sanction's history does. Each change opens a period that lasts until the next one: a
/// waiver lasts until the sanction is lifted, re-imposed or waived again.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SanctionChangeKind>))]
public enum SanctionChangeKind
{
    /// <summary>Proposed or threatened, not imposed: the sanction is <see cref="SanctionStatus.Proposed"/>. Only a history's first change.</summary>
    Proposed = 1,

    /// <summary>Imposed: it takes effect and is <see cref="SanctionStatus.Active"/>. First, or after a proposal.</summary>
    Imposed,

    /// <summary>
    /// Waived: it stays in place, but the authority lets something it forbids go ahead (a waiver for a transfer of
    /// funds); <see cref="SanctionStatus.Waived"/>. A waiver may follow a waiver (a renewal).
    /// </summary>
    Waived,

    /// <summary>Suspended: it stays on the books but is not applied, and may be reinstated; <see cref="SanctionStatus.Suspended"/>.</summary>
    Suspended,

    /// <summary>Lifted (delisted) by the authority; <see cref="SanctionStatus.Lifted"/>.</summary>
    Lifted,

    /// <summary>
    /// In force again: re-imposed after a lift or an expiry ("snapback"), or reinstated after a waiver or a suspension
    /// ended. It may also be a history's first change: a sanction lifted before the history begins.
    /// </summary>
    Reimposed,

    /// <summary>Ended by itself (a sunset, a term not renewed); <see cref="SanctionStatus.Expired"/>.</summary>
    Expired,
}
