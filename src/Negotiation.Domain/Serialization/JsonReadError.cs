using Negotiation.Domain.Collections;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// Why a JSON text could not be read as a document: a stable code, where (a JSON path, a line and a column), and a
/// sentence a person understands. For a document that breaks document-level rules, <see cref="Errors"/> holds every
/// broken rule, each with its JSON path, line and column; the error itself is the first of them.
/// </summary>
public sealed record JsonReadError : INegotiationFailure, ITextPosition
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">A stable code from <see cref="ErrorCodes"/>: a reading code, or the code of a broken document rule.</param>
    /// <param name="path">Where, as a JSON path (<c>$.demands[2].to</c>).</param>
    /// <param name="line">The line, counted from 1.</param>
    /// <param name="column">The column, counted from 1 in bytes of UTF-8.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="errors">The problems listed; when empty, the error itself is the only one.</param>
    /// <param name="omittedErrorCount">How many more problems were found and not listed; 0 or more.</param>
    public JsonReadError(string code, string path, long line, long column, string message, EquatableArray<JsonReadIssue> errors = default, int omittedErrorCount = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(omittedErrorCount);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Code = code;
        Path = path;
        Line = line;
        Column = column;
        Message = message;
        Errors = errors.IsEmpty ? [new JsonReadIssue(code, path, line, column, message)] : errors;
        OmittedErrorCount = omittedErrorCount;
    }

    /// <summary>A stable code from <see cref="ErrorCodes"/>: a reading code or, for a broken document-level rule, that rule's code.</summary>
    public string Code { get; }

    /// <summary>Where, as a JSON path from the root (<c>$</c>, <c>$.parties[0].name</c>, <c>$.demands[2].to</c>).</summary>
    public string Path { get; }

    /// <summary>The line of the text where the error is, counted from 1.</summary>
    public long Line { get; }

    /// <summary>The column of the text where the error is, counted from 1 in bytes of UTF-8 (characters, for ASCII text).</summary>
    public long Column { get; }

    /// <summary>What is wrong, in a sentence.</summary>
    public string Message { get; }

    /// <summary>
    /// The problems listed, each with its code and JSON path: the broken document-level rules of a document that fails
    /// validation (at most <see cref="NegotiationJsonOptions.MaxErrors"/>; see <see cref="OmittedErrorCount"/>), or this error alone.
    /// </summary>
    public EquatableArray<JsonReadIssue> Errors { get; }

    /// <inheritdoc/>
    IReadOnlyList<INegotiationError> INegotiationFailure.Errors => Errors;

    /// <inheritdoc/>
    public int OmittedErrorCount { get; }

    /// <summary>The error as <c>path (line L, column C): code: message</c>, followed by any further errors.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var first = $"{Path} (line {Line}, column {Column}): {Code}: {Message}";
        var rest = Errors.Count <= 1 ? first : first + Environment.NewLine + string.Join(Environment.NewLine, Errors.AsImmutableArray()[1..]);
        return rest + ErrorCounts.OmittedLine(OmittedErrorCount);
    }
}
