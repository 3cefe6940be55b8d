namespace Negotiation.Domain.Diagrams;

/// <summary>One thing on a timeline: its label and the days it covers, first and last included.</summary>
/// <param name="Label">What it is, in words.</param>
/// <param name="Start">Its first day.</param>
/// <param name="End">Its last day (the same as <paramref name="Start"/> for a day).</param>
/// <param name="Kind">How it is drawn.</param>
internal sealed record TimelineItem(string Label, DateOnly Start, DateOnly End, TimelineItemKind Kind);
