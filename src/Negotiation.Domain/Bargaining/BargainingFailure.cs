using Negotiation.Domain.Collections;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// Why a bargaining domain was not analysed: its frontier grew past the cap (<c>frontier-too-large</c>), it has fewer
/// than two parties with preferences (<c>too-few-parties</c>), or it breaks the bargaining rules a document checks
/// (a domain made in code: <c>preference-issue-order</c>, <c>option-value-count</c>, ...). Every error is listed.
/// </summary>
public sealed record BargainingFailure : INegotiationFailure
{
    /// <summary>Creates a failure.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <param name="isZeroSum">Whether the domain is exactly zero-sum: every outcome is Pareto-optimal.</param>
    /// <param name="frontierSize">For <c>frontier-too-large</c>, the size the frontier had reached when it stopped.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public BargainingFailure(EquatableArray<ValidationError> errors, bool isZeroSum = false, int? frontierSize = null)
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("A bargaining failure has at least one error.", nameof(errors));
        }

        Errors = errors;
        IsZeroSum = isZeroSum;
        FrontierSize = frontierSize;
    }

    /// <summary>The errors, in the order found.</summary>
    public EquatableArray<ValidationError> Errors { get; }

    /// <summary>Whether the domain is exactly zero-sum (every outcome Pareto-optimal), found before any merging.</summary>
    public bool IsZeroSum { get; }

    /// <summary>For <c>frontier-too-large</c>, the size the frontier had reached when the analysis stopped.</summary>
    public int? FrontierSize { get; }

    /// <summary>The code of the first error.</summary>
    public string Code => Errors[0].Code;

    /// <summary>The path of the first error, from the document's root (<c>$.bargaining</c>).</summary>
    public string Path => Errors[0].Path;

    /// <summary>The message of the first error.</summary>
    public string Message => Errors[0].Message;

    /// <inheritdoc/>
    IReadOnlyList<INegotiationError> INegotiationFailure.Errors => Errors;

    /// <summary>Always 0: every error is listed.</summary>
    public int OmittedErrorCount => 0;

    /// <summary>Every error, one per line.</summary>
    /// <returns>The errors as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Errors);
}
