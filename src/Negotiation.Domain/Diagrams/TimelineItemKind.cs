namespace Negotiation.Domain.Diagrams;

/// <summary>How an item of a timeline is drawn.</summary>
internal enum TimelineItemKind
{
    /// <summary>One known day: a mark.</summary>
    Day,

    /// <summary>A date known to the month or year: a span from its first to its last day.</summary>
    PartialDate,

    /// <summary>A period between two dated things (a sanction's status until its next change, a term): a bar.</summary>
    Period,

    /// <summary>A period that the document does not end (a sanction still waived): a bar that runs to the axis's end.</summary>
    OpenPeriod,
}
