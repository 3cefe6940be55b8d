namespace Negotiation.Domain.Interop.Csv;

/// <summary>Raised by <see cref="CsvReader"/> at bytes that are not CSV, or not text in the file's encoding.</summary>
internal sealed class CsvFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable kebab-case code (<see cref="CsvErrorCodes"/>).</param>
    /// <param name="line">The line, counted from 1.</param>
    /// <param name="column">The byte column in that line, counted from 1; 0 when unknown.</param>
    /// <param name="field">The field of the record, counted from 0; -1 when not in one field.</param>
    /// <param name="wholeInput">Whether the whole input is unusable (its encoding), rather than one record.</param>
    /// <param name="message">What is wrong.</param>
    public CsvFormatException(string code, long line, long column, int field, bool wholeInput, string message)
        : base(message)
    {
        Code = code;
        Line = line;
        Column = column;
        Field = field;
        WholeInput = wholeInput;
    }

    /// <summary>A stable kebab-case code.</summary>
    public string Code { get; }

    /// <summary>The line, counted from 1.</summary>
    public long Line { get; }

    /// <summary>The byte column in the line, counted from 1; 0 when unknown.</summary>
    public long Column { get; }

    /// <summary>The field, counted from 0; -1 when not in one field.</summary>
    public int Field { get; }

    /// <summary>Whether the whole input is unusable, so that skipping the line would not help.</summary>
    public bool WholeInput { get; }
}
