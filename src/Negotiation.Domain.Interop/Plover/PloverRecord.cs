using Negotiation.Domain.Actions;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Interop.Plover;

/// <summary>
/// One PLOVER event record made from a record of a negotiation document: who did what to whom, and when. Written as one
/// line of JSON by <see cref="PloverExport"/>, with the fields of the PLOVER manual and a few named fields of its own.
/// </summary>
/// <param name="Id">The record's id, unique in the export: <c>{document}:{kind}:{id}:{what}</c>.</param>
/// <param name="Date">The date; a partial one is written as its first day, with its precision (<c>date_precision</c>).</param>
/// <param name="Actor">Who acts; a coalition is expanded to its members. Never empty.</param>
/// <param name="Recipient">Whom the act is aimed at; may be empty.</param>
/// <param name="Category">The PLOVER event category.</param>
/// <param name="Mode">The PLOVER mode, if one applies.</param>
/// <param name="SourceRecord">The document's record it was made from (<c>demand:us-asks-crackdown</c>).</param>
public sealed record PloverRecord(
    string Id,
    PartialDate Date,
    EquatableArray<PloverEntity> Actor,
    EquatableArray<PloverEntity> Recipient,
    PloverCategory Category,
    string? Mode,
    Reference SourceRecord)
{
    /// <summary>The end date of an event that lasts (written as <c>enddate</c>, its first day, with <c>enddate_precision</c>).</summary>
    public PartialDate? EndDate { get; init; }

    /// <summary>The closest CAMEO code, where the core's <see cref="PloverMapping"/> gives one (written as <c>cameo</c>).</summary>
    public string? Cameo { get; init; }

    /// <summary>What happened, in words: the action's description, the event's title, the stance's statement (<c>event_text</c>).</summary>
    public string? EventText { get; init; }

    /// <summary>PLOVER contexts (<c>illegal_drugs</c>, <c>human_rights</c>, …) from the categories of the issues the record is about (<c>context</c>).</summary>
    public EquatableArray<string> Context { get; init; }

    /// <summary>A note on the record (<c>comment</c>).</summary>
    public string? Comment { get; init; }

    /// <summary>For a commitment: the other commitments it is conditional on (<c>conditional_on</c>).</summary>
    public EquatableArray<Reference> ConditionalOn { get; init; }

    /// <summary>For a commitment: the demands it fulfils (<c>fulfils</c>).</summary>
    public EquatableArray<Reference> Fulfils { get; init; }

    /// <summary>For a commitment: its agreement (<c>agreement</c>).</summary>
    public Reference? Agreement { get; init; }

    /// <summary>How sure the document is of the record (<c>confidence</c>), from its attribution.</summary>
    public Confidence? Confidence { get; init; }

    /// <summary>The quad code of <see cref="Category"/> (<c>quad_code</c>).</summary>
    public int QuadCode => PloverScores.QuadCode(Category);

    /// <summary>The PLOVER manual's score of <see cref="Category"/> and <see cref="Mode"/> (<c>event_scale</c>).</summary>
    public double EventScale => PloverScores.EventScale(Category, Mode);
}
