namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// The codes of the FollowTheMoney import's errors (<see cref="Imports.ImportError.Code"/>) and notes
/// (<see cref="Imports.ImportNote.Code"/>), and of the export's notes (<see cref="FtmExportNote"/>). Each is stable
/// kebab-case text that a program can match on.
/// </summary>
public static class FtmCodes
{
    // ---- errors: a line (or the whole input) that can't be read ----

    /// <summary>Error: the input has no entity at all (an empty file, only blank lines, a CSV with a header only). Stops the import.</summary>
    public const string EmptyInput = "empty-input";

    /// <summary>Error: the bytes are not UTF-8. Stops the import whatever the options, since no later line can be trusted.</summary>
    public const string InvalidUtf8 = "invalid-utf8";

    /// <summary>Error: a line (or a CSV record) is longer than <see cref="Imports.ImportOptions.MaxLineBytes"/>; found without holding it.</summary>
    public const string LineTooLong = "line-too-long";

    /// <summary>Error: a line is not well-formed JSON (cut short, a stray comma, nested too deep).</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>Error: a line is JSON but not an object, or its <c>properties</c> member is not an object.</summary>
    public const string NotAnEntity = "not-an-entity";

    /// <summary>Error: an entity has no <c>id</c>, or an id that is not a non-empty string.</summary>
    public const string MissingId = "missing-id";

    /// <summary>
    /// Error: an entity's id is not a name the library can keep: blank, more than one line, over 500 characters, or with a
    /// control or bidirectional character (it becomes the external id <c>ftm:</c> of the records made from the entity).
    /// </summary>
    public const string InvalidId = "invalid-id";

    /// <summary>Error: an entity has no <c>schema</c>, or a schema that is not a string.</summary>
    public const string MissingSchema = "missing-schema";

    /// <summary>Error: an entity's schema is not a FollowTheMoney schema.</summary>
    public const string UnknownSchema = "unknown-schema";

    /// <summary>
    /// Error: a property is not a list of strings (a bare string, a number, an object where no nested entity may be),
    /// or an object member is repeated.
    /// </summary>
    public const string WrongShape = "wrong-shape";

    /// <summary>Error: an id is used by two entities (in <c>statements.csv</c>: by two non-adjacent groups of rows, see <see cref="StatementsNotGrouped"/>).</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>
    /// Error: in <c>statements.csv</c>, the rows of one entity are not consecutive: its canonical id comes back after
    /// rows of another entity. Real exports are sorted by canonical id; the import does not sort, since that would hold
    /// the file in memory.
    /// </summary>
    public const string StatementsNotGrouped = "statements-not-grouped";

    /// <summary>Error: the CSV header lacks a column the import needs (<c>canonical_id</c>, <c>prop</c>, <c>schema</c>, <c>value</c>). Stops the import.</summary>
    public const string MissingColumn = "missing-column";

    /// <summary>Error: a CSV record has another number of fields than the header, or a quote is not closed.</summary>
    public const string BadCsvRecord = "bad-csv-record";

    // ---- notes: what the import dropped or changed ----

    /// <summary>Note: a line could not be read and <see cref="Imports.ImportOptions.SkipBadLines"/> asked to go on; the message is the error's.</summary>
    public const string SkippedLine = "skipped-line";

    /// <summary>Note: an entity of a schema the library has no record for (a vessel, an address, a passport, an ownership) was not imported.</summary>
    public const string UnsupportedSchema = "unsupported-schema";

    /// <summary>Note: a sanction targets an entity that is not imported (a vessel, a wallet) or not in the input; that target was dropped, and the sanction with it when no target remains.</summary>
    public const string UnimportedTarget = "unimported-target";

    /// <summary>Note: a reference to another entity (a body's or a company's parent, a position's organization, an occupancy's post) names one not imported, or of a kind that can't be there; it was dropped.</summary>
    public const string UnresolvedReference = "unresolved-reference";

    /// <summary>Note: a country code is not an ISO 3166-1 code the library accepts (<c>zz</c>, <c>eu</c>, <c>suhh</c>, <c>ua-cri</c>); it was dropped.</summary>
    public const string UnmappedCountry = "unmapped-country";

    /// <summary>Note: a date carried a time of day, which was cut to the day.</summary>
    public const string TruncatedDate = "truncated-date";

    /// <summary>Note: a date is not an ISO date or prefix of one; it was dropped.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>Note: dates contradict each other (an end before the start or the listing); the end was dropped.</summary>
    public const string DateConflict = "date-conflict";

    /// <summary>Note: a property the library has no member for was not imported (one note per entity and property).</summary>
    public const string UnmappedProperty = "unmapped-property";

    /// <summary>Note: a single-valued member got several values; the first was kept and the others dropped.</summary>
    public const string ExtraValues = "extra-values";

    /// <summary>Note: a value the library refuses (a name over 500 characters or on several lines, an address that is not a web address) was dropped.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>Note: a sanction's provision matches no keyword of the measure table; it became the measure <c>other</c>.</summary>
    public const string UnmappedProvision = "unmapped-provision";

    /// <summary>Note: a sanction's status is not one the library knows; the sanction was read as active (or lifted, when it has an end date).</summary>
    public const string UnmappedStatus = "unmapped-status";

    /// <summary>Note: the import made a party the input only implies: the state of a public body's or an authority's country, or the authority body of a sanction.</summary>
    public const string CreatedParty = "created-party";

    /// <summary>Note: a sanction names neither an authority nor a country, so it has no one to impose it; it was not imported.</summary>
    public const string MissingAuthority = "missing-authority";

    /// <summary>Note: a statement marked <c>external</c> (a candidate from another source, not part of the entity) was not imported.</summary>
    public const string ExternalStatement = "external-statement";

    /// <summary>Note: the rows of one entity in <c>statements.csv</c> name different schemas; the first row's was used.</summary>
    public const string SchemaConflict = "schema-conflict";

    /// <summary>Note: an entity has no name the library accepts; it was not imported.</summary>
    public const string MissingName = "missing-name";

    // ---- export notes ----

    /// <summary>Export note: a record of a kind with no FollowTheMoney schema (a group, an issue, a demand, an agreement, a stance, an event, ...) was not written.</summary>
    public const string NoFtmSchema = "no-ftm-schema";

    /// <summary>Export note: a member with no FollowTheMoney property (a sanction's history before its last status, an attribution, an external id of another scheme) was not written.</summary>
    public const string NotExported = "not-exported";

    /// <summary>Export note: an entity was written under another id, because its own was already used by another entity of the file.</summary>
    public const string RenamedId = "renamed-id";
}
