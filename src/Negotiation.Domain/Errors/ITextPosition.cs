namespace Negotiation.Domain.Errors;

/// <summary>Where in a text something is, as editors and command-line tools show it (<c>FILE:LINE:COLUMN</c>).</summary>
public interface ITextPosition
{
    /// <summary>The line, counted from 1.</summary>
    long Line { get; }

    /// <summary>The column, counted from 1 in bytes of UTF-8 (characters, for ASCII text).</summary>
    long Column { get; }
}
