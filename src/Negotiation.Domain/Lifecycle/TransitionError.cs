namespace Negotiation.Domain.Lifecycle;

/// <summary>Why a status change was refused: the record, the status it is in, the one asked for, and a sentence.</summary>
/// <param name="Subject">The record, as <c>kind:id</c> (<c>sanction:us-entity-list-ifs</c>).</param>
/// <param name="From">The status the record is in.</param>
/// <param name="To">The status asked for.</param>
/// <param name="Message">Why the change is not allowed.</param>
public sealed record TransitionError(string Subject, string From, string To, string Message)
{
    /// <summary>The stable code of this error, shared with document validation.</summary>
    public const string Code = ErrorCodes.IllegalTransition;

    /// <summary>The message with the subject.</summary>
    /// <returns>A sentence a person understands.</returns>
    public override string ToString() => $"{Subject}: {Message}";
}
