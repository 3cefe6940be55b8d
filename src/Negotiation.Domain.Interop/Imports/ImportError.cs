using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Interop.Imports;

/// <summary>
/// Why an importer could not read its input: a broken line, an unknown schema, a property of the wrong shape, a line
/// longer than allowed, text that is not in the expected encoding.
/// </summary>
/// <param name="Code">What is wrong, as a stable kebab-case code.</param>
/// <param name="Line">The line of the input, counted from 1; 0 when the error is not on one line (an empty file).</param>
/// <param name="Column">The column, counted from 1, when it is known; else 0.</param>
/// <param name="Path">
/// Where in the record: a JSON path within the line's object (<c>$.properties.name[2]</c>), or a CSV column's name; empty
/// when the whole line is concerned.
/// </param>
/// <param name="SourceId">The id of the record in the source, when it could be read.</param>
/// <param name="Message">What is wrong and, where it helps, what was expected, for a person to read.</param>
public sealed record ImportError(string Code, long Line, long Column, string Path, string? SourceId, string Message) : INegotiationError, ITextPosition
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var where = Column > 0 ? $"line {Line}, column {Column}" : $"line {Line}";
        if (Path.Length > 0)
        {
            where = $"{where}, {Path}";
        }

        return $"{Code} ({where}): {Message}";
    }
}
