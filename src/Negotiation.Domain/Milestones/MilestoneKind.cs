using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Milestones;

/// <summary>
/// What a milestone of an agreement marks. The days are the words of real texts: the 2015 Iran deal (JCPOA, Annex V)
/// names finalization, adoption, implementation, transition and termination days; treaties have a signature and an
/// entry into force; ceasefire agreements a start.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<MilestoneKind>))]
public enum MilestoneKind
{
    /// <summary>Anything else, named by the milestone's name.</summary>
    Other = 1,

    /// <summary>The text is signed.</summary>
    Signature,

    /// <summary>The text binds its parties (for the JCPOA, Adoption Day: "90 days after the endorsement ... by the UN Security Council").</summary>
    EntryIntoForce,

    /// <summary>The negotiation is concluded and the text announced (the JCPOA's Finalization Day, 14 July 2015).</summary>
    Finalization,

    /// <summary>The first measures take effect (the JCPOA's Implementation Day, on the IAEA's verification of Iran's steps).</summary>
    Implementation,

    /// <summary>A later stage of measures begins (the JCPOA's Transition Day, eight years from Adoption Day at the latest).</summary>
    Transition,

    /// <summary>The text, or a part of it, ends (the JCPOA's Termination Day, ten years from Adoption Day).</summary>
    Termination,

    /// <summary>A ceasefire starts.</summary>
    CeasefireStart,
}
