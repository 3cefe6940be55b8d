using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// An issue of a bargaining domain: an <see cref="Issues.Issue"/> of the document and its options, in order (the
/// order sets the representative outcomes and breaks ties).
/// </summary>
[FormatRecord]
public sealed record NegotiableIssue
{
    /// <summary>Creates a negotiable issue.</summary>
    /// <param name="issue">The document's issue it is; each issue once in a domain.</param>
    /// <param name="options">Its options, in order; at least one.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public NegotiableIssue(IssueId issue, EquatableArray<BargainingOption> options, string? note = null)
    {
        Issue = issue;
        Options = options;
        Note = note;
    }

    /// <summary>The document's issue it is; each issue once in a domain (<c>duplicate-id</c> otherwise).</summary>
    public IssueId Issue { get; init => field = Guard.Against.DefaultId(value, nameof(Issue)); }

    /// <summary>Its options, in order; at least one, their labels unique (<c>duplicate-id</c> otherwise).</summary>
    public EquatableArray<BargainingOption> Options { get; init => field = Guard.Against.EmptyList(Guard.Against.NullItems(value, nameof(Options)), nameof(Options)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>The index of the option labelled <paramref name="label"/>, or -1.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The index, in <see cref="Options"/>.</returns>
    public int IndexOf(string label)
    {
        var options = Options.AsSpan();
        for (var i = 0; i < options.Length; i++)
        {
            if (string.Equals(options[i].Label, label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
