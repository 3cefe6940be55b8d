using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// An issue of a GENIUS domain as read: its name (which profiles match), its id, its option labels (item values, or
/// the integers of an integer issue), and for an integer issue its bounds.
/// </summary>
internal sealed record GeniusIssue(string Name, IssueId Id, string[] Labels, long? LowerBound = null, long? UpperBound = null)
{
    /// <summary>Whether the issue is an integer range (<c>type="integer"</c>).</summary>
    public bool IsInteger => LowerBound is not null;

    /// <summary>The index of the option labelled <paramref name="label"/>, or -1.</summary>
    public int IndexOf(string label) => Array.IndexOf(Labels, label);
}
