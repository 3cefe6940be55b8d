using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Parties;

/// <summary>What kind of organization an <see cref="Organization"/> is.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<OrganizationType>))]
public enum OrganizationType
{
    /// <summary>A company or business.</summary>
    Company = 1,

    /// <summary>A non-governmental organization (Human Rights Watch, Amnesty International).</summary>
    Ngo,

    /// <summary>An intergovernmental organization (the UN, the EU, APEC): the one kind of organization whose organs are government bodies under it.</summary>
    Intergovernmental,

    /// <summary>A criminal network, cartel or trafficking organization.</summary>
    CriminalNetwork,

    /// <summary>A news or media outlet.</summary>
    MediaOutlet,

    /// <summary>A political party.</summary>
    PoliticalParty,

    /// <summary>A university, think tank or research body.</summary>
    Academic,

    /// <summary>An armed non-state group.</summary>
    ArmedGroup,

    /// <summary>Anything else.</summary>
    Other,
}
