using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// A record of a random document while it is being made: its description (for a party, its kind's), the values of the
/// members it has, by JSON name, and the record that holds it. A member left out is not in <see cref="Values"/>. Ids of
/// other records start as <see cref="PendingIds"/> and are chosen once every record has its own id, so that any record
/// may name any other, earlier or later.
/// </summary>
/// <param name="record">Its description.</param>
/// <param name="holder">The record it is a member of, or <see langword="null"/> for the root.</param>
internal sealed class RecordDraft(RecordDescription record, RecordDraft? holder)
{
    /// <summary>Its description: for a record of several kinds, the chosen kind's.</summary>
    public RecordDescription Record { get; } = record;

    /// <summary>The record it is a member of, or <see langword="null"/> for the root.</summary>
    public RecordDraft? Holder { get; } = holder;

    /// <summary>
    /// Its members' values by JSON name: plain values as the records take them (string, int, PartialDate, an id ...),
    /// a <see cref="RecordDraft"/> for a nested record, a list for an array, <see cref="PendingIds"/> until chosen.
    /// </summary>
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Its own id (a PartyId, a CommitmentId, ...), if it has one.</summary>
    public object? OwnId { get; set; }

    /// <summary>The text of its own id, for a reference to it (<c>party:us</c>).</summary>
    public string? OwnSlug { get; set; }

    /// <summary>Where it comes among the document's records, in document order; set for a record with an own id, which others compare it by.</summary>
    public int Ordinal { get; set; } = -1;

    /// <inheritdoc />
    public override string ToString() => $"{Record.Name} {OwnSlug}";
}
