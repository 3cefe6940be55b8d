using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Clauses;

/// <summary>What a clause of an agreement lets a party do on its own.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ClauseKind>))]
public enum ClauseKind
{
    /// <summary>
    /// Reversion ("snapback"): restores measures the agreement had ended, the sanctions lifted or the commitments
    /// relieved (Resolution 2231's procedure to restore the earlier Security Council sanctions on Iran).
    /// </summary>
    Reversion = 1,

    /// <summary>Withdrawal: lets a party leave the agreement, usually after a notice period (three months in the NPT's Article X).</summary>
    Withdrawal,
}
