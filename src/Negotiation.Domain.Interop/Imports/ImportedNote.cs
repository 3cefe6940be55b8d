namespace Negotiation.Domain.Interop.Imports;

/// <summary>Something the import dropped or changed, in the stream where it happened.</summary>
public sealed record ImportedNote : ImportRecord
{
    /// <summary>Wraps <paramref name="note"/>.</summary>
    /// <param name="note">The note.</param>
    public ImportedNote(ImportNote note)
        : base((note ?? throw new ArgumentNullException(nameof(note))).Line) => Note = note;

    /// <summary>The note.</summary>
    public ImportNote Note { get; }
}
