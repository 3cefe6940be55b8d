namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// An issue of a GeniusWeb domain as read: its name, its option labels (the values, or a number range's numbers
/// written as decimals), the numbers themselves for a range, and its path in the file.
/// </summary>
internal sealed record GeniusWebIssue(string Name, string[] Labels, decimal[]? Numbers, string Path)
{
    /// <summary>The index of the option labelled <paramref name="label"/>, or -1.</summary>
    public int IndexOf(string label) => Array.IndexOf(Labels, label);
}
