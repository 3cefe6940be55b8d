namespace Negotiation.Domain.Validation;

/// <summary>One broken rule of a document: a stable code, where it is, and a sentence a person understands.</summary>
/// <param name="Code">A stable code from <see cref="ErrorCodes"/> (<c>dangling-reference</c>).</param>
/// <param name="Path">Where in the document, as a JSON path from its root (<c>$.demands[2].to</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record ValidationError(string Code, string Path, string Message) : INegotiationError
{
    /// <summary>The error as <c>path: code: message</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => $"{Path}: {Code}: {Message}";
}
