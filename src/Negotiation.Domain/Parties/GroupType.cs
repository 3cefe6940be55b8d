using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Parties;

/// <summary>What kind of collective a <see cref="Group"/> is.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<GroupType>))]
public enum GroupType
{
    /// <summary>A population or community (the Uyghurs of Xinjiang).</summary>
    Population = 1,

    /// <summary>Businesses of a trade or sector (Chinese exporters of fentanyl ingredients).</summary>
    Businesses,

    /// <summary>Individuals who share a situation (the 13 people the Treasury sanctioned).</summary>
    Individuals,

    /// <summary>Advocacy and civil-society organizations (human rights groups).</summary>
    Advocacy,

    /// <summary>Politicians or a faction (Republican politicians).</summary>
    Political,

    /// <summary>Traffickers or criminals, unnamed (Mexican suppliers who traffic the drug).</summary>
    Criminal,

    /// <summary>Anything else.</summary>
    Other,
}
