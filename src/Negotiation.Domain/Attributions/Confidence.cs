using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Attributions;

/// <summary>How sure the sources of a claim are of it.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Confidence>))]
public enum Confidence
{
    /// <summary>Reported (by the press, say) and not confirmed by the parties: "reported by Bloomberg".</summary>
    Reported = 1,

    /// <summary>Confirmed by independent sources or by a party, not in an official act.</summary>
    Confirmed,

    /// <summary>Stated in an official act or record: a register, a signed text, an official statement.</summary>
    Official,

    /// <summary>Contested: credible sources say otherwise.</summary>
    Disputed,

    /// <summary>Denied by a party concerned.</summary>
    Denied,

    /// <summary>
    /// Assumed: an estimate of the document's author, not a report of a fact (the bargaining preferences of real
    /// governments, which no government states). Its sources are what the estimate rests on.
    /// </summary>
    Assumed,
}
