using Negotiation.Domain.Lifecycle;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Analysis;

/// <summary>One reason an agreement cannot be applied: a stable code, the record at fault, and a sentence.</summary>
/// <param name="Code">A stable code from <see cref="ErrorCodes"/>.</param>
/// <param name="Subject">The record at fault: the agreement, the unmet commitment, the sanction or demand that cannot change.</param>
/// <param name="Message">What is wrong, in a sentence a person understands.</param>
/// <param name="Transition">For <see cref="ErrorCodes.IllegalTransition"/>, the refused status change; otherwise <see langword="null"/>.</param>
public sealed record WhatIfProblem(string Code, Reference Subject, string Message, TransitionError? Transition = null)
{
    /// <summary>The problem as <c>subject: code: message</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => $"{Subject}: {Code}: {Message}";
}
