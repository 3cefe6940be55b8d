using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Cli.Interop;

/// <summary>
/// A note of an import or an export, in the one shape the tool prints and writes, whatever the format's own note type
/// (an <see cref="ImportNote"/>, the FollowTheMoney export's note): what happened, where, and why.
/// </summary>
/// <param name="Code">The note's code (<c>undated</c>, <c>unmapped-country</c>).</param>
/// <param name="Line">The input's line, counted from 1; 0 when not from one line.</param>
/// <param name="SourceId">The record concerned: its id in the source, or a reference in the document.</param>
/// <param name="Property">The property or member concerned, if any.</param>
/// <param name="Message">What was dropped or changed.</param>
internal sealed record ToolNote(string Code, long Line, string? SourceId, string? Property, string Message)
{
    public static ToolNote From(ImportNote note) => new(note.Code, note.Line, note.SourceId, note.Property, note.Message);

    public static ToolNote From(FtmExportNote note) => new(note.Code, 0, note.RecordId.Length == 0 ? null : note.RecordId, note.Member, note.Message);
}
