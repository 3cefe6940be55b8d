using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// How an agreement's term may be renewed when it runs out, in the words of treaty practice: tacit renewal (renewed
/// for a further period unless a party objects, as bilateral investment treaties often are), renewal by a new decision
/// of the parties (New START's extension by agreement, Article XIV), or none.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<RenewalKind>))]
public enum RenewalKind
{
    /// <summary>No renewal: the agreement ends with its term.</summary>
    None = 1,

    /// <summary>Renewed for the renewal period unless a party objects (gives notice) before the term ends.</summary>
    Automatic,

    /// <summary>Renewed only if the parties agree to it.</summary>
    ByAgreement,
}
