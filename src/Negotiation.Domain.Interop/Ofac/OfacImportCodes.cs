namespace Negotiation.Domain.Interop.Ofac;

/// <summary>
/// The codes of the errors (<see cref="Imports.ImportError.Code"/>) and notes (<see cref="Imports.ImportNote.Code"/>)
/// of <see cref="OfacSdnImport"/>. Errors name the file and column in their path (<c>sdn.csv:ent_num</c>).
/// </summary>
public static class OfacImportCodes
{
    /// <summary>Error: sdn.csv holds no entry (nothing, or only the end-of-file byte).</summary>
    public const string EmptyFile = "empty-file";

    /// <summary>
    /// Error: a row has more or fewer columns than its file has (sdn.csv 12, add.csv 6, alt.csv 5, sdn_comments.csv 2);
    /// a line of more than 1 024 fields is refused as soon as it has one more, without holding them.
    /// </summary>
    public const string WrongColumnCount = Csv.CsvErrorCodes.WrongColumnCount;

    /// <summary>Error: an ent_num is not a positive whole number.</summary>
    public const string InvalidEntNum = "invalid-ent-num";

    /// <summary>Error: an ent_num is on two rows of sdn.csv, or of sdn_comments.csv.</summary>
    public const string DuplicateEntNum = "duplicate-ent-num";

    /// <summary>Error: an entry has no SDN_Name, or one that is not a name (over 500 characters).</summary>
    public const string InvalidName = "invalid-name";

    /// <summary>Error: an SDN_Type other than individual, vessel, aircraft or null.</summary>
    public const string UnknownSdnType = "unknown-sdn-type";

    /// <summary>Error: a quoted field is still open at the end of the file.</summary>
    public const string UnterminatedQuote = Csv.CsvErrorCodes.UnterminatedQuote;

    /// <summary>Error: a quote inside an unquoted field, or text after a closing quote.</summary>
    public const string StrayQuote = Csv.CsvErrorCodes.StrayQuote;

    /// <summary>Error: a line longer than <see cref="Imports.ImportOptions.MaxLineBytes"/>, found without holding it.</summary>
    public const string LineTooLong = Csv.CsvErrorCodes.LineTooLong;

    /// <summary>Error (of the whole file, never skipped): bytes no Latin-1 text holds (control bytes, C1 controls, UTF-8).</summary>
    public const string NotLatin1 = Csv.CsvErrorCodes.NotLatin1;

    /// <summary>Error (of the whole file): text after the end-of-file byte 0x1A.</summary>
    public const string DataAfterEndMarker = Csv.CsvErrorCodes.DataAfterEndMarker;

    /// <summary>
    /// Error: a value of the row that the library's records refuse and that the import did not check first (a safety
    /// net: the import checks every value it maps, so this is a bug of the import, to report); the entry is not
    /// imported, and the message names the member.
    /// </summary>
    public const string RefusedValue = Csv.CsvErrorCodes.RefusedValue;

    /// <summary>Note: with <see cref="Imports.ImportOptions.SkipBadLines"/>, a line that could not be read, with the error's message.</summary>
    public const string SkippedLine = "skipped-line";

    /// <summary>Note: a vessel, not imported (the library has no vessels), nor its programs, addresses and aliases.</summary>
    public const string VesselNotImported = "vessel-not-imported";

    /// <summary>Note: an aircraft, not imported, nor its programs, addresses and aliases.</summary>
    public const string AircraftNotImported = "aircraft-not-imported";

    /// <summary>Note: a country name in neither <see cref="OfacCountryNames"/> nor the country table.</summary>
    public const string UnmappedCountry = "unmapped-country";

    /// <summary>Note: an entity's addresses name several countries, so it gets none.</summary>
    public const string SeveralCountries = "several-countries";

    /// <summary>Note: an entry's addresses, not imported (parties have no addresses); their countries were read.</summary>
    public const string AddressesNotImported = "addresses-not-imported";

    /// <summary>Note: a value in a column that does not apply to the entry (a title for an entity, a call sign for a person, alt_remarks).</summary>
    public const string IgnoredColumn = "ignored-column";

    /// <summary>Note: an entry with no program: its party is imported, with no sanction.</summary>
    public const string NoProgram = "no-program";

    /// <summary>Note: a program tag named twice on one row: one sanction.</summary>
    public const string DuplicateProgram = "duplicate-program";

    /// <summary>
    /// Note: a program tag that is not a program name (a tab or line break, a control character, nothing visible, over
    /// 500 characters): no sanction for it. When no tag of the entry is left, the listing is kept as one sanction without
    /// a program (<c>ofac-sdn-ENT_NUM</c>), with a second note saying so.
    /// </summary>
    public const string ProgramNotImported = "program-not-imported";

    /// <summary>Note: a row of add.csv, alt.csv or sdn_comments.csv whose ent_num is not in sdn.csv.</summary>
    public const string OrphanRow = "orphan-row";

    /// <summary>Note: an alias (from alt.csv or the remarks) that is not a valid name (over 500 characters), not imported.</summary>
    public const string AliasNotImported = "alias-not-imported";

    /// <summary>Note: an alt_type other than aka, fka and nka; the name is still an alias.</summary>
    public const string UnknownAltType = "unknown-alt-type";

    /// <summary>Note: remarks too long for a description (over 20 000 characters), not imported.</summary>
    public const string RemarksNotImported = "remarks-not-imported";
}
