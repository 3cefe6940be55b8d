namespace Negotiation.Domain.Diagrams;

/// <summary>One row of a timeline: a sanction, an agreement, a party's participation in one, or the events.</summary>
/// <param name="Title">The lane's title.</param>
/// <param name="Items">Its items, in date order.</param>
internal sealed record TimelineLane(string Title, IReadOnlyList<TimelineItem> Items);
