namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>Something the FollowTheMoney export could not write: a record with no FtM schema, or a member with no FtM property.</summary>
/// <param name="Code">What happened: one of the export codes of <see cref="FtmCodes"/> (<c>no-ftm-schema</c>, <c>not-exported</c>, <c>renamed-id</c>).</param>
/// <param name="RecordId">The id of the record concerned (a party, a sanction, a demand, ...); empty for the document's bargaining domain, which has none.</param>
/// <param name="Member">The member of the record concerned, if it is one member (<c>history</c>, <c>legalInstruments</c>).</param>
/// <param name="Message">What was not written, for a person to read.</param>
public sealed record FtmExportNote(string Code, string RecordId, string? Member, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Member is null ? $"{Code} ({RecordId}): {Message}" : $"{Code} ({RecordId}.{Member}): {Message}";
}
