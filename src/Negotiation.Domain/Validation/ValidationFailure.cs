using Negotiation.Domain.Collections;

namespace Negotiation.Domain.Validation;

/// <summary>
/// Why a document is invalid: the broken rules, each with its code and path, in document order; at most the cap given to
/// validation (<see cref="DefaultMaxErrors"/> unless told), with a count of the rest.
/// </summary>
public sealed record ValidationFailure : INegotiationFailure
{
    /// <summary>How many errors a report lists unless told otherwise: 100, more than anyone reads, and a bound on its cost.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>Creates a failure.</summary>
    /// <param name="errors">The broken rules listed; at least one.</param>
    /// <param name="omittedErrorCount">How many more were found and not listed; 0 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty, or <paramref name="omittedErrorCount"/> negative.</exception>
    public ValidationFailure(EquatableArray<ValidationError> errors, int omittedErrorCount = 0)
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("A validation failure has at least one error.", nameof(errors));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(omittedErrorCount);
        Errors = errors;
        OmittedErrorCount = omittedErrorCount;
    }

    /// <summary>The broken rules listed, in document order.</summary>
    public EquatableArray<ValidationError> Errors { get; }

    /// <inheritdoc/>
    public int OmittedErrorCount { get; }

    /// <summary>The code of the first broken rule.</summary>
    public string Code => Errors[0].Code;

    /// <summary>The JSON path of the first broken rule.</summary>
    public string Path => Errors[0].Path;

    /// <summary>The message of the first broken rule.</summary>
    public string Message => Errors[0].Message;

    /// <inheritdoc/>
    IReadOnlyList<INegotiationError> INegotiationFailure.Errors => Errors;

    /// <summary>Every error listed, one per line, and a last line with the count of the rest when some were not listed.</summary>
    /// <returns>The errors as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Errors) + ErrorCounts.OmittedLine(OmittedErrorCount);
}
