namespace Negotiation.Domain.Interop.Plover;

/// <summary>
/// The codes of the notes a PLOVER export gives (<see cref="Imports.ImportNote.Code"/>): one note for each record, or
/// part of one, that it does not export or exports with something missing. The note's <c>SourceId</c> is the record's
/// reference (<c>demand:cn-asks-lift</c>) and its <c>Line</c> is 0.
/// </summary>
public static class PloverNoteCodes
{
    /// <summary>A record, a response or a change with no date: PLOVER needs a date, so it is not exported.</summary>
    public const string Undated = "undated";

    /// <summary>A record with no party to act (an event that names no party): not exported.</summary>
    public const string NoActor = "no-actor";

    /// <summary>
    /// A party with no country and no international code (an organisation of no country that is not an NGO, a company or
    /// an armed group): its entity object is exported without a <c>code</c>.
    /// </summary>
    public const string NoEntityCode = "no-entity-code";

    /// <summary>An event of a kind that is neither a meeting nor a visit (an incident, a designation, a statement, …): not exported.</summary>
    public const string EventKindNotCoded = "event-kind-not-coded";

    /// <summary>A stance that is neither support nor opposition (conditional, neutral): not exported.</summary>
    public const string StanceNotCoded = "stance-not-coded";

    /// <summary>A sanction's expiry: no one's act, so not exported.</summary>
    public const string SanctionExpired = "sanction-expired";

    /// <summary>
    /// A step in a commitment's performance that is not an act carried out (pending, in progress, suspended, breached,
    /// reversed): not exported.
    /// </summary>
    public const string PerformanceNotCoded = "performance-not-coded";

    /// <summary>A record of a kind the export does not cover (a pledge, a recognition): not exported.</summary>
    public const string RecordKindNotExported = "record-kind-not-exported";

    /// <summary>Every code, for tests and documentation.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Undated, NoActor, NoEntityCode, EventKindNotCoded, StanceNotCoded, SanctionExpired, PerformanceNotCoded, RecordKindNotExported];
}
