namespace Negotiation.Domain.Interop.Csv;

/// <summary>The encoding a CSV file is read in, which also decides what counts as implausible bytes.</summary>
internal enum CsvTextEncoding
{
    /// <summary>
    /// ISO 8859-1 (OFAC's files). Every byte is a character, so the reader refuses the bytes no Latin-1 text holds:
    /// control characters other than tab and line ends, the C1 controls 0x7F–0x9F, a UTF-8 byte order mark, and the
    /// two-byte UTF-8 sequences of Latin letters (0xC2 or 0xC3 then 0x80–0xBF), which are what a UTF-8 file looks like
    /// read as Latin-1 ("Ã©" for "é").
    /// </summary>
    Latin1,

    /// <summary>UTF-8 (the Consolidated Screening List), checked strictly; a leading byte order mark is skipped.</summary>
    Utf8,
}
