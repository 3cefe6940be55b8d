using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Performance;

/// <summary>
/// One dated change in how far a commitment or a pledge has been kept: under way, carried out, suspended, breached,
/// reversed, ..., with who reports it. The commitment's status follows from these changes; it is not stored apart.
/// </summary>
/// <remarks>
/// A change counts from the first day of its date, as a sanction's does (<see cref="Sanctions.SanctionChange"/>): one
/// dated <c>2022-08</c> counts from 2022-08-01; an undated one from right after the change listed before it.
/// </remarks>
[FormatRecord]
public sealed record PerformanceChange : IDatedChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="status">The status it sets.</param>
    /// <param name="date">When, if known.</param>
    /// <param name="by">What made it (an event, the invocation of a clause), if it is in the document.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public PerformanceChange(PerformanceStatus status, PartialDate? date = null, Reference? by = null, Attribution? attribution = null, string? note = null)
    {
        Status = status;
        Date = date;
        By = by;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The status it sets.</summary>
    public PerformanceStatus Status { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Status)); }

    /// <summary>When, if known; see the remarks for how a partial date counts.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>What made it, if it is in the document: an event, an agreement, a pledge.</summary>
    public Reference? By
    {
        get;
        init => field = value is { IsDefault: true } ? throw new ArgumentException("by is not set.", nameof(By)) : value;
    }

    /// <summary>Who reports it, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
