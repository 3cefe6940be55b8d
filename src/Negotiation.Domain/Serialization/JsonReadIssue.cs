namespace Negotiation.Domain.Serialization;

/// <summary>
/// One problem of a JSON text, with where it is: what editors and command-line tools print as
/// <c>FILE:LINE:COLUMN: CODE: PATH: message</c>.
/// </summary>
/// <param name="Code">A stable code from <see cref="ErrorCodes"/>: a reading code, or the code of a broken document rule.</param>
/// <param name="Path">Where, as a JSON path (<c>$.demands[2].to</c>).</param>
/// <param name="Line">The line, counted from 1.</param>
/// <param name="Column">The column, counted from 1 in bytes of UTF-8 (characters, for ASCII text).</param>
/// <param name="Message">What is wrong.</param>
public sealed record JsonReadIssue(string Code, string Path, long Line, long Column, string Message) : INegotiationError, ITextPosition
{
    /// <summary>The issue as <c>path (line L, column C): code: message</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => $"{Path} (line {Line}, column {Column}): {Code}: {Message}";
}
