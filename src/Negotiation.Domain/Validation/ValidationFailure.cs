using Negotiation.Domain.Collections;

namespace Negotiation.Domain.Validation;

/// <summary>Why a document is invalid: every broken rule, each with its code and path, in document order.</summary>
public sealed record ValidationFailure : INegotiationFailure
{
    /// <summary>Creates a failure.</summary>
    /// <param name="errors">The broken rules; at least one.</param>
    public ValidationFailure(EquatableArray<ValidationError> errors)
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("A validation failure has at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>The broken rules, in document order.</summary>
    public EquatableArray<ValidationError> Errors { get; }

    /// <summary>The code of the first broken rule.</summary>
    public string Code => Errors[0].Code;

    /// <summary>The JSON path of the first broken rule.</summary>
    public string Path => Errors[0].Path;

    /// <summary>The message of the first broken rule.</summary>
    public string Message => Errors[0].Message;

    /// <inheritdoc/>
    IReadOnlyList<INegotiationError> INegotiationFailure.Errors => Errors;

    /// <summary>Every error, one per line.</summary>
    /// <returns>The errors as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Errors);
}
