namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// One GeniusWeb profile as read, before the profiles are put together: its domain's issues (and the path of
/// <c>issuesValues</c>), and its values, weights and reservation bid, by issue name and label.
/// </summary>
internal sealed record GeniusWebProfile(
    string IssuesPath,
    IReadOnlyList<GeniusWebIssue> Issues,
    Dictionary<string, Dictionary<string, decimal>> Values,
    Dictionary<string, decimal> Weights,
    Dictionary<string, string>? Reservation);
