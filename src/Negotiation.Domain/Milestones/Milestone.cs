using Ardalis.GuardClauses;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Milestones;

/// <summary>
/// A named day of an agreement that its commitments are timed from: its signature, its entry into force, the JCPOA's
/// Implementation Day, the start of a ceasefire. Its date is often unknown when the text is agreed ("when the IAEA
/// verifies"), and is filled in once it is reached.
/// </summary>
[FormatRecord]
public sealed record Milestone
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="id">Its id, unique across the document.</param>
    /// <param name="name">Its name in the text ("Implementation Day").</param>
    /// <param name="kind">What it marks.</param>
    /// <param name="date">When it is (or was) reached, if known.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public Milestone(MilestoneId id, string name, MilestoneKind kind = MilestoneKind.Other, PartialDate? date = null, string? note = null)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Date = date;
        Note = note;
    }

    /// <summary>Its id, unique across the document.</summary>
    public MilestoneId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>Its name in the text.</summary>
    public string Name { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Name)); }

    /// <summary>What it marks.</summary>
    public MilestoneKind Kind { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Kind)); }

    /// <summary>When it is (or was) reached, if known.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>The verification that reaches it ("when the IAEA verifies Iran's steps"), if the text says so.</summary>
    public Verification? ReachedWhen { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
