using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Attributions;

/// <summary>What other sources say of the same claim, where they disagree with the main attribution.</summary>
[FormatRecord]
public sealed record Counterclaim
{
    /// <summary>Creates a counterclaim.</summary>
    /// <param name="confidence">What these sources say of the claim (usually <see cref="Confidence.Disputed"/> or <see cref="Confidence.Denied"/>).</param>
    /// <param name="sources">The sources that say it; at least one.</param>
    /// <param name="note">What they say, in a few words.</param>
    public Counterclaim(Confidence confidence, EquatableArray<SourceId> sources, string? note = null)
    {
        Confidence = confidence;
        Sources = sources;
        Note = note;
    }

    /// <summary>What these sources say of the claim.</summary>
    public Confidence Confidence { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Confidence)); }

    /// <summary>The sources that say it; at least one.</summary>
    public EquatableArray<SourceId> Sources { get; init => field = Guard.Against.EmptyList(Guard.Against.DefaultOrRepeatedIds(value, nameof(Sources)), nameof(Sources)); }

    /// <summary>What they say, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
