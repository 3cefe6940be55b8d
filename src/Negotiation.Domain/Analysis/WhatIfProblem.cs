using Negotiation.Domain.Lifecycle;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Analysis;

/// <summary>One reason an agreement cannot be applied: a stable code, where, a sentence, and the record at fault.</summary>
/// <param name="Code">A stable code from <see cref="ErrorCodes"/>: <see cref="ErrorCodes.NotActionable"/>, <see cref="ErrorCodes.ConditionUnmet"/>, <see cref="ErrorCodes.IllegalTransition"/> or <see cref="ErrorCodes.DateRequired"/>.</param>
/// <param name="Path">
/// Where in the document, as a JSON path from its root: the agreement's status (<c>$.agreements[0].status</c>) or
/// missing date (<c>$.agreements[0].date</c>), the unmet condition (<c>$.agreements[0].commitments[1].conditionalOn[0]</c>),
/// the member of the record that cannot change (<c>$.sanctions[3].status</c>).
/// </param>
/// <param name="Message">What is wrong, in a sentence a person understands.</param>
/// <param name="Subject">The record at fault: the agreement, the unmet commitment, the sanction or demand that cannot change.</param>
/// <param name="Transition">For <see cref="ErrorCodes.IllegalTransition"/>, the refused status change; otherwise <see langword="null"/>.</param>
public sealed record WhatIfProblem(string Code, string Path, string Message, Reference Subject, TransitionError? Transition = null) : INegotiationError
{
    /// <summary>The problem as <c>path (subject): code: message</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => $"{Path} ({Subject}): {Code}: {Message}";
}
