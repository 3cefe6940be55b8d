using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Agreements;

/// <summary>Whether the parties have confirmed that an agreement exists.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Confirmation>))]
public enum Confirmation
{
    /// <summary>Not confirmed by the parties ("not officially confirmed by the White House").</summary>
    Unconfirmed = 1,

    /// <summary>Confirmed by the parties.</summary>
    Confirmed,

    /// <summary>Denied by a party.</summary>
    Denied,
}
