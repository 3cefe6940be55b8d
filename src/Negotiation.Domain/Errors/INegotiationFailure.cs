namespace Negotiation.Domain.Errors;

/// <summary>
/// A failure that holds one or more errors (<see cref="Validation.ValidationFailure"/>,
/// <see cref="Analysis.WhatIfFailure"/>, <see cref="Serialization.JsonReadError"/>). It is an error itself: its code,
/// path and message are those of its first error.
/// </summary>
public interface INegotiationFailure : INegotiationError
{
    /// <summary>Every error, at least one, in the order found; the first is the failure's own.</summary>
    IReadOnlyList<INegotiationError> Errors { get; }

    /// <summary>
    /// How many more errors were found than <see cref="Errors"/> lists: a report lists at most
    /// <see cref="Serialization.NegotiationJsonOptions.MaxErrors"/> of them and counts the rest. Exact: every rule is still
    /// checked, only the listing stops.
    /// </summary>
    int OmittedErrorCount { get; }
}
