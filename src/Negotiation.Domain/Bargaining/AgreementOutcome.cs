using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// Which option of each negotiable issue an agreement of the document amounts to, so that the reported deal is an
/// outcome the analysis can score against the frontier and the bargaining solutions.
/// </summary>
[FormatRecord]
public sealed record AgreementOutcome
{
    /// <summary>Creates an agreement's outcome.</summary>
    /// <param name="agreement">The agreement; each once in a domain.</param>
    /// <param name="options">The label of the option chosen on each issue, in the domain's order.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public AgreementOutcome(AgreementId agreement, EquatableArray<string> options, string? note = null)
    {
        Agreement = agreement;
        Options = options;
        Note = note;
    }

    /// <summary>The agreement; each once in a domain (<c>duplicate-id</c> otherwise).</summary>
    public AgreementId Agreement { get; init => field = Guard.Against.DefaultId(value, nameof(Agreement)); }

    /// <summary>The label of the option chosen on each issue, one per issue in the domain's order (<c>incomplete-outcome</c> otherwise).</summary>
    public EquatableArray<string> Options { get; init => field = Guard.Against.EmptyList(Guard.Against.InvalidNames(value, nameof(Options)), nameof(Options)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
