namespace Negotiation.Domain.Lifecycle;

/// <summary>Why a status change was refused: the record, the status it is in, the one asked for, where, and a sentence.</summary>
/// <param name="Subject">The record, as <c>kind:id</c> (<c>sanction:us-entity-list-ifs</c>).</param>
/// <param name="From">The status the record is in.</param>
/// <param name="To">The status asked for.</param>
/// <param name="Path">
/// The member of the record at fault, as a JSON path from the record: <c>$.status</c> for a change its lifecycle does
/// not allow, <c>$.endDate</c> for an end date before the record's start.
/// </param>
/// <param name="Message">Why the change is not allowed.</param>
public sealed record TransitionError(string Subject, string From, string To, string Path, string Message) : INegotiationError
{
    /// <summary>The stable code of every refused status change: <see cref="ErrorCodes.IllegalTransition"/>.</summary>
    public string Code => ErrorCodes.IllegalTransition;

    /// <summary>The message with the subject.</summary>
    /// <returns>A sentence a person understands.</returns>
    public override string ToString() => $"{Subject}: {Message}";
}
