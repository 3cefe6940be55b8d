namespace Negotiation.Domain.Interop.ScreeningList;

/// <summary>
/// The codes of the errors (<see cref="Imports.ImportError.Code"/>) and notes (<see cref="Imports.ImportNote.Code"/>)
/// of <see cref="ScreeningListImport"/>. Errors and notes name the column in their path or property.
/// </summary>
public static class ScreeningListCodes
{
    /// <summary>Error: the file is empty: it has not even a header.</summary>
    public const string EmptyFile = "empty-file";

    /// <summary>Error: the header lacks a column the import needs (<c>_id</c>, <c>source</c>, <c>name</c>).</summary>
    public const string MissingColumn = "missing-column";

    /// <summary>Error: the header names a column twice.</summary>
    public const string DuplicateColumn = "duplicate-column";

    /// <summary>
    /// Error: a row has more or fewer cells than the header has columns; a line (the header too) of more than 1 024
    /// fields is refused as soon as it has one more, without holding them.
    /// </summary>
    public const string WrongColumnCount = Csv.CsvErrorCodes.WrongColumnCount;

    /// <summary>Error: a row has an empty <c>_id</c>.</summary>
    public const string MissingId = "missing-id";

    /// <summary>
    /// Error: an <c>_id</c> that is not an id the library can keep (over 500 characters, a tab or line break, a control
    /// or bidirectional control character, nothing visible). The row is refused rather than given another id: the
    /// <c>_id</c> is how the entry is matched in a later download.
    /// </summary>
    public const string InvalidId = "invalid-id";

    /// <summary>Error: a row has no name, or one that is not a name (over 500 characters, several lines).</summary>
    public const string InvalidName = "invalid-name";

    /// <summary>Error: a <c>type</c> other than Individual, Entity, Vessel, Aircraft or empty.</summary>
    public const string UnknownType = "unknown-type";

    /// <summary>Error: a quoted field is still open at the end of the file.</summary>
    public const string UnterminatedQuote = Csv.CsvErrorCodes.UnterminatedQuote;

    /// <summary>Error: a quote inside an unquoted field, or text after a closing quote.</summary>
    public const string StrayQuote = Csv.CsvErrorCodes.StrayQuote;

    /// <summary>Error: a line longer than <see cref="Imports.ImportOptions.MaxLineBytes"/>, found without holding it.</summary>
    public const string LineTooLong = Csv.CsvErrorCodes.LineTooLong;

    /// <summary>Error (of the whole file, never skipped): bytes that are not UTF-8.</summary>
    public const string NotUtf8 = Csv.CsvErrorCodes.NotUtf8;

    /// <summary>
    /// Error: a value of the row that the library's records refuse and that the import did not check first (a safety
    /// net: the import checks every value it maps, so this is a bug of the import, to report); the row is not
    /// imported, and the message names the member.
    /// </summary>
    public const string RefusedValue = Csv.CsvErrorCodes.RefusedValue;

    /// <summary>Note: with <see cref="Imports.ImportOptions.SkipBadLines"/>, a line that could not be read, with the error's message.</summary>
    public const string SkippedLine = "skipped-line";

    /// <summary>Note: a header column the import does not know; its cells are not imported.</summary>
    public const string UnknownColumn = "unknown-column";

    /// <summary>Note: a <c>source</c> not in the import's table of lists: the party is imported, without a sanction.</summary>
    public const string UnknownSourceList = "unknown-source-list";

    /// <summary>Note: a vessel, not imported (the library has no vessels), nor its sanction.</summary>
    public const string VesselNotImported = "vessel-not-imported";

    /// <summary>Note: an aircraft, not imported, nor its sanction.</summary>
    public const string AircraftNotImported = "aircraft-not-imported";

    /// <summary>Note: a row with no <c>type</c> (the Commerce and State lists give none): imported as an organization.</summary>
    public const string TypeAssumed = "type-assumed";

    /// <summary>Note: the name's tail "; and any successor, sub-unit, or subsidiary thereof" cut off (the State lists add it).</summary>
    public const string NameShortened = "name-shortened";

    /// <summary>Note: a non-empty cell not imported (addresses, ids, dates and places of birth, a vessel's columns on a party, a second URL of a list, a URL that is not a web address the library accepts).</summary>
    public const string ColumnNotImported = "column-not-imported";

    /// <summary>Note: a country code (in addresses, citizenships or nationalities) that is not an ISO 3166-1 code.</summary>
    public const string UnmappedCountry = "unmapped-country";

    /// <summary>Note: an organization's addresses name several countries, so it gets none.</summary>
    public const string SeveralCountries = "several-countries";

    /// <summary>Note: a <c>start_date</c> that is not a date (YYYY-MM-DD), not imported.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>Note: a text too long or not valid for the member it would go to (an alias, a title, remarks, a Federal Register notice, a program, a Treasury list's entity_number), not imported.</summary>
    public const string TextNotImported = "text-not-imported";

    /// <summary>
    /// Note: an <c>_id</c> already seen (the real file repeats some), or one whose party or sanction id an earlier row's
    /// took (<c>x</c> twice, then <c>x-2</c>): the row's ids get a suffix.
    /// </summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>Note: a program named twice on one row: one sanction.</summary>
    public const string DuplicateProgram = "duplicate-program";
}
