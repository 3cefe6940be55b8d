using Negotiation.Domain.Collections;

namespace Negotiation.Domain.Analysis;

/// <summary>Why an agreement cannot be applied to a document: every reason found, in the order they were found.</summary>
public sealed record WhatIfFailure : INegotiationFailure
{
    /// <summary>Creates a failure.</summary>
    /// <param name="problems">The reasons; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public WhatIfFailure(EquatableArray<WhatIfProblem> problems)
    {
        if (problems.IsEmpty)
        {
            throw new ArgumentException("A what-if failure has at least one problem.", nameof(problems));
        }

        Problems = problems;
    }

    /// <summary>The reasons, in the order they were found: the agreement's state, its conditions, then the records it would change.</summary>
    public EquatableArray<WhatIfProblem> Problems { get; }

    /// <summary>The code of the first problem.</summary>
    public string Code => Problems[0].Code;

    /// <summary>The JSON path of the first problem.</summary>
    public string Path => Problems[0].Path;

    /// <summary>The message of the first problem.</summary>
    public string Message => Problems[0].Message;

    /// <inheritdoc/>
    IReadOnlyList<INegotiationError> INegotiationFailure.Errors => Problems;

    /// <summary>Always 0: a what-if lists every problem, as there are at most a few per record the agreement names.</summary>
    public int OmittedErrorCount => 0;

    /// <summary>The distinct codes of the problems, in order.</summary>
    public IReadOnlyList<string> Codes => [.. Problems.Select(p => p.Code).Distinct()];

    /// <summary>Every problem, one per line.</summary>
    /// <returns>The problems as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Problems);
}
