using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Sanctions;

/// <summary>
/// One dated change in a sanction's history: imposed, waived, suspended, lifted, re-imposed, ..., with what made it
/// (an agreement, an event) and who reports it. A sanction's status follows from its history; it is not stored apart.
/// </summary>
/// <remarks>
/// A change with a partial date counts from the first day it can mean: a change dated <c>2023-11</c> counts from
/// 2023-11-01, and one dated <c>2023</c> from 2023-01-01. A change with no date counts from right after the change
/// listed before it (from the start of time, when it is the first).
/// </remarks>
[FormatRecord]
public sealed record SanctionChange : IDatedChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="kind">What it does.</param>
    /// <param name="date">When it took effect, if known.</param>
    /// <param name="by">What made it (the agreement that lifted the sanction, the event that waived it), if it is in the document.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public SanctionChange(SanctionChangeKind kind, PartialDate? date = null, Reference? by = null, Attribution? attribution = null, string? note = null)
    {
        Kind = kind;
        Date = date;
        By = by;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>What it does.</summary>
    public SanctionChangeKind Kind { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Kind)); }

    /// <summary>When it took effect, if known; see the remarks for how a partial date counts.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>What made it, if it is in the document: an agreement, an event, a pledge, a commitment.</summary>
    public Reference? By
    {
        get;
        init => field = value is { IsDefault: true } ? throw new ArgumentException("by is not set.", nameof(By)) : value;
    }

    /// <summary>Who reports it, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>The status the sanction has from this change on.</summary>
    public SanctionStatus Status => Kind switch
    {
        SanctionChangeKind.Proposed => SanctionStatus.Proposed,
        SanctionChangeKind.Waived => SanctionStatus.Waived,
        SanctionChangeKind.Suspended => SanctionStatus.Suspended,
        SanctionChangeKind.Lifted => SanctionStatus.Lifted,
        SanctionChangeKind.Expired => SanctionStatus.Expired,
        _ => SanctionStatus.Active,
    };
}
