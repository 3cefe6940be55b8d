using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Actions;

/// <summary>What an <see cref="PolicyAction"/> does. <see cref="PloverMapping"/> maps each to PLOVER and CAMEO.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ActionKind>))]
public enum ActionKind
{
    /// <summary>Lift (end) one or more sanctions; names the sanctions.</summary>
    LiftSanction = 1,

    /// <summary>Impose a sanction on named targets.</summary>
    ImposeSanction,

    /// <summary>Enforce the law against named actors or goods: a crackdown on exporters.</summary>
    Enforce,

    /// <summary>Restrict exports of named items (controlled chemicals, chips).</summary>
    RestrictExports,

    /// <summary>Resume (or open) a channel of communication: military-to-military talks.</summary>
    ResumeChannel,

    /// <summary>Refrain from an activity: not integrating AI into nuclear command and control.</summary>
    Refrain,

    /// <summary>Release people or property.</summary>
    Release,

    /// <summary>Anything else; say what in the description.</summary>
    Other,
}
