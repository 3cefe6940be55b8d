namespace Negotiation.Domain.Interop.Csv;

/// <summary>The codes of <see cref="CsvFormatException"/>, which the importers pass on in their errors.</summary>
internal static class CsvErrorCodes
{
    /// <summary>A quoted field is still open at the end of the input.</summary>
    public const string UnterminatedQuote = "unterminated-quote";

    /// <summary>A quote inside an unquoted field, or text after the closing quote of a quoted field.</summary>
    public const string StrayQuote = "stray-quote";

    /// <summary>A record longer than <see cref="Imports.ImportOptions.MaxLineBytes"/>.</summary>
    public const string LineTooLong = "line-too-long";

    /// <summary>Bytes that no Latin-1 text holds (see <see cref="CsvTextEncoding.Latin1"/>).</summary>
    public const string NotLatin1 = "not-latin1";

    /// <summary>Bytes that are not UTF-8.</summary>
    public const string NotUtf8 = "not-utf8";

    /// <summary>
    /// A record of more than <see cref="CsvReader.MaxFields"/> fields, refused as soon as it has one more. The importers
    /// give the code they give a row with the wrong number of cells.
    /// </summary>
    public const string WrongColumnCount = "wrong-column-count";

    /// <summary>
    /// A value of a row that a record refused, which the importer did not check first (<see cref="CsvRowGuard"/>): the
    /// row is not imported. A bug of the importer, to report.
    /// </summary>
    public const string RefusedValue = "refused-value";

    /// <summary>Text after the end-of-file byte 0x1A.</summary>
    public const string DataAfterEndMarker = "data-after-end-marker";
}
