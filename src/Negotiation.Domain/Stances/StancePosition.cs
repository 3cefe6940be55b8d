using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Stances;

/// <summary>A party's position on a subject.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<StancePosition>))]
public enum StancePosition
{
    /// <summary>For it.</summary>
    Support = 1,

    /// <summary>Against it.</summary>
    Oppose,

    /// <summary>For it on a condition (say which in <see cref="Stance.Condition"/>).</summary>
    Conditional,

    /// <summary>Neither for nor against, by its own account.</summary>
    Neutral,
}
