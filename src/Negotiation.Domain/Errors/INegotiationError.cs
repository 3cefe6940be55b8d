namespace Negotiation.Domain.Errors;

/// <summary>
/// The shape every error of this library shares, failures and their items alike: a stable code, where, and what is
/// wrong. Errors found in a text (<see cref="Serialization.JsonReadError"/>, <see cref="Serialization.JsonReadIssue"/>)
/// also have a line and a column: they are <see cref="ITextPosition"/>s too.
/// </summary>
public interface INegotiationError
{
    /// <summary>A stable code from <see cref="ErrorCodes"/> (<c>dangling-reference</c>).</summary>
    string Code { get; }

    /// <summary>
    /// Where, as a JSON path with the format's member names: from the document's root (<c>$.demands[2].to</c>), or,
    /// for an error of one record (a <see cref="Lifecycle.TransitionError"/>), from that record (<c>$.status</c>).
    /// </summary>
    string Path { get; }

    /// <summary>What is wrong, in a sentence a person understands.</summary>
    string Message { get; }
}
