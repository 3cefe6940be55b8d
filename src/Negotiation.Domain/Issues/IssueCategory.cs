using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Issues;

/// <summary>The subject area of an <see cref="Issue"/>, a closed list that follows the PLOVER contexts.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<IssueCategory>))]
public enum IssueCategory
{
    /// <summary>Illegal drugs and their precursors (PLOVER <c>illegal_drugs</c>).</summary>
    IllegalDrugs = 1,

    /// <summary>Human rights (PLOVER <c>human_rights</c>).</summary>
    HumanRights,

    /// <summary>Military affairs, arms and military-to-military relations (PLOVER <c>military</c>).</summary>
    Military,

    /// <summary>Technology, including AI and semiconductors (PLOVER <c>technology</c>).</summary>
    Technology,

    /// <summary>Trade, investment and industry (PLOVER <c>economic</c>).</summary>
    Economic,

    /// <summary>Diplomatic relations and channels (PLOVER <c>diplomatic</c>).</summary>
    Diplomatic,

    /// <summary>Territory and sovereignty (PLOVER <c>territory</c>).</summary>
    Territory,

    /// <summary>Intelligence and espionage.</summary>
    Intelligence,

    /// <summary>Nuclear weapons and proliferation.</summary>
    Nuclear,

    /// <summary>Crime other than drugs, and law enforcement (PLOVER <c>crime</c>).</summary>
    Crime,

    /// <summary>Cyber operations and security (PLOVER <c>cyber</c>).</summary>
    Cyber,

    /// <summary>Environment and climate (PLOVER <c>environment</c>).</summary>
    Environment,

    /// <summary>Public health (PLOVER <c>health</c>).</summary>
    Health,

    /// <summary>Migration and refugees (PLOVER <c>migration</c>).</summary>
    Migration,

    /// <summary>Terrorism (PLOVER <c>terrorism</c>).</summary>
    Terrorism,

    /// <summary>Anything else.</summary>
    Other,

    /// <summary>
    /// Food security, agricultural trade and farm goods (grain corridors, purchases of soybeans). PLOVER has no context
    /// of its own for it: it codes access to food as <c>human_security</c> and farm goods as <c>natural_resource</c>.
    /// </summary>
    FoodAndAgriculture,

    /// <summary>
    /// Sanctions themselves as the subject: their scope, waivers, delistings and the rules of a sanctions regime, rather
    /// than the conduct they answer (which has its own category).
    /// </summary>
    SanctionsPolicy,

    /// <summary>A party's nationals held by another: wrongful detention, hostages, prisoner exchanges and consular access.</summary>
    DetainedNationals,
}
