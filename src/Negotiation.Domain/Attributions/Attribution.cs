using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Attributions;

/// <summary>
/// How sure we are of a claim, and who says it: the sources and a confidence, with, where sources disagree, the
/// counterclaims of the others. "Reported by Bloomberg, not officially confirmed" is
/// <c>Attribution.Reported(bloomberg)</c>.
/// </summary>
[FormatRecord]
public sealed record Attribution
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="confidence">How sure the sources are.</param>
    /// <param name="sources">The sources that say it; at least one.</param>
    /// <param name="note">Nuance, in a few words ("according to people familiar with the matter").</param>
    /// <param name="counterclaims">What sources that disagree say.</param>
    public Attribution(Confidence confidence, EquatableArray<SourceId> sources, string? note = null, EquatableArray<Counterclaim> counterclaims = default)
    {
        Confidence = confidence;
        Sources = sources;
        Note = note;
        Counterclaims = counterclaims;
    }

    /// <summary>How sure the sources are.</summary>
    public Confidence Confidence { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Confidence)); }

    /// <summary>The sources that say it; at least one.</summary>
    public EquatableArray<SourceId> Sources { get; init => field = Guard.Against.EmptyList(Guard.Against.DefaultOrRepeatedIds(value, nameof(Sources)), nameof(Sources)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>What sources that disagree say; empty when none do.</summary>
    public EquatableArray<Counterclaim> Counterclaims { get; init => field = Guard.Against.NullItems(value, nameof(Counterclaims)); }

    /// <summary>Whether any source disagrees, or the main confidence is itself disputed or denied.</summary>
    public bool IsContested => !Counterclaims.IsEmpty || Confidence is Confidence.Disputed or Confidence.Denied;

    /// <summary>A claim reported by the given sources and not confirmed.</summary>
    /// <param name="sources">The sources; at least one.</param>
    /// <returns>The attribution.</returns>
    public static Attribution Reported(params ReadOnlySpan<SourceId> sources) => new(Confidence.Reported, EquatableArray.Create(sources));

    /// <summary>A claim confirmed by the given sources.</summary>
    /// <param name="sources">The sources; at least one.</param>
    /// <returns>The attribution.</returns>
    public static Attribution Confirmed(params ReadOnlySpan<SourceId> sources) => new(Confidence.Confirmed, EquatableArray.Create(sources));

    /// <summary>A claim stated in an official act or record.</summary>
    /// <param name="sources">The sources; at least one.</param>
    /// <returns>The attribution.</returns>
    public static Attribution Official(params ReadOnlySpan<SourceId> sources) => new(Confidence.Official, EquatableArray.Create(sources));
}
