using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Parties;

/// <summary>What kind of government body (or organ of an intergovernmental organization) a <see cref="GovernmentBody"/> is.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<GovernmentBodyType>))]
public enum GovernmentBodyType
{
    /// <summary>The head of state's or government's office, a cabinet, an administration.</summary>
    Executive = 1,

    /// <summary>A ministry or department (the US Treasury, China's Ministry of Public Security).</summary>
    Ministry,

    /// <summary>An agency, bureau or office under a ministry or the executive.</summary>
    Agency,

    /// <summary>A state institute, laboratory or academy.</summary>
    Institute,

    /// <summary>A legislature or one of its chambers.</summary>
    Legislature,

    /// <summary>A committee of a legislature or of the executive.</summary>
    Committee,

    /// <summary>A court.</summary>
    Court,

    /// <summary>Armed forces or one of their branches.</summary>
    Military,

    /// <summary>A police or security force.</summary>
    Police,

    /// <summary>A regional or local government.</summary>
    Subnational,

    /// <summary>Anything else.</summary>
    Other,

    /// <summary>
    /// A council of the representatives of member states, usually of an intergovernmental organization (the UN
    /// Security Council, the Council of the European Union). Added with format version 2, after <see cref="Other"/>
    /// so that no value changes.
    /// </summary>
    Council,
}
