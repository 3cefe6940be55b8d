using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>
/// An identifier of a party, or of a sanction's list entry, in another system, so that compliance tools can
/// cross-reference sanctions lists: <c>("opensanctions", "NK-...")</c>, <c>("ofac-sdn", "12345")</c>,
/// <c>("wikidata", "Q30")</c>. Held by <see cref="Party.ExternalIds"/> and <see cref="Sanctions.Sanction.ExternalIds"/>.
/// </summary>
[FormatRecord]
public sealed record ExternalId
{
    /// <summary>Creates an external identifier.</summary>
    /// <param name="scheme">The system that issues it, as a short lower-case name (<c>opensanctions</c>, <c>ofac-sdn</c>, <c>eu-fsf</c>, <c>unsc</c>, <c>wikidata</c>, <c>lei</c>).</param>
    /// <param name="value">The identifier in that system.</param>
    public ExternalId(string scheme, string value)
    {
        Scheme = scheme;
        Value = value;
    }

    /// <summary>The system that issues it.</summary>
    public string Scheme { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Scheme)); }

    /// <summary>The identifier in that system.</summary>
    public string Value { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Value)); }

    /// <summary>The identifier as <c>scheme:value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Scheme}:{Value}";
}
