namespace Negotiation.Domain.Interop.Imports;

/// <summary>
/// Something an importer dropped or changed on the way in: a vessel it does not import, a country code it could not
/// map, a time of day cut from a date. Importers drop nothing silently; each such thing is one note.
/// </summary>
/// <param name="Code">What happened, as a stable kebab-case code (<c>unsupported-schema</c>, <c>unmapped-country</c>).</param>
/// <param name="Line">The line of the input the record was read from, counted from 1; 0 when not from one line.</param>
/// <param name="SourceId">The id of the record in the source (an FtM entity id, an OFAC entry number), if it has one.</param>
/// <param name="Property">The source property or column concerned (<c>nationality</c>, <c>Program</c>), if any.</param>
/// <param name="Message">What was dropped or changed, for a person to read.</param>
public sealed record ImportNote(string Code, long Line, string? SourceId, string? Property, string Message)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var where = Line > 0 ? $"line {Line}" : "";
        if (SourceId is not null)
        {
            where = where.Length > 0 ? $"{where}, {SourceId}" : SourceId;
        }

        if (Property is not null)
        {
            where = where.Length > 0 ? $"{where}.{Property}" : Property;
        }

        return where.Length > 0 ? $"{Code} ({where}): {Message}" : $"{Code}: {Message}";
    }
}
