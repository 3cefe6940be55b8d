using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// One option of a negotiable issue ("lift the listing", "keep it"), known by its label, which outcomes name; it may
/// point at the records it stands for (the sanction it would lift, the commitment that would carry it out).
/// </summary>
[FormatRecord]
public sealed record BargainingOption
{
    /// <summary>Creates an option.</summary>
    /// <param name="label">Its label, unique within its issue: outcomes name the option by it.</param>
    /// <param name="standsFor">The records it stands for: demands, commitments, sanctions, ....</param>
    /// <param name="note">Nuance, in a few words.</param>
    public BargainingOption(string label, EquatableArray<Reference> standsFor = default, string? note = null)
    {
        Label = label;
        StandsFor = standsFor;
        Note = note;
    }

    /// <summary>Its label, unique within its issue (<c>duplicate-id</c> otherwise).</summary>
    public string Label { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Label)); }

    /// <summary>The records it stands for, none repeated.</summary>
    public EquatableArray<Reference> StandsFor { get; init => field = Guard.Against.DefaultOrRepeatedReferences(value, nameof(StandsFor)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
