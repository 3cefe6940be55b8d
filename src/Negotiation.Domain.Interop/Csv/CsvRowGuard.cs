using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Csv;

/// <summary>What maps one CSV row to records, for <see cref="CsvRowGuard"/>.</summary>
internal interface ICsvRowMapper
{
    /// <summary>The id of the row being mapped, once it has been read and found good; else <see langword="null"/>.</summary>
    string? RowId { get; }

    /// <summary>Maps the reader's current row, adding its records and notes to the importer's output.</summary>
    /// <exception cref="CsvRowException">The row can't be imported.</exception>
    void MapRow(CsvReader reader);
}

/// <summary>
/// The CSV importers' last line of defence: a record's guard that refuses a value the importer did not check first
/// becomes an error of the row (<see cref="CsvErrorCodes.RefusedValue"/>), which stops the import or, with
/// <see cref="ImportOptions.SkipBadLines"/>, is a <c>skipped-line</c> note, instead of an
/// <see cref="ArgumentException"/> escaping the import. The importers check every value before it reaches a record;
/// this is for the one they missed, which is then a bug to fix there.
/// </summary>
internal static class CsvRowGuard
{
    /// <summary>Maps the reader's current row with <paramref name="mapper"/>, turning a guard's refusal into a <see cref="CsvRowException"/>.</summary>
    /// <param name="mapper">The importer.</param>
    /// <param name="reader">The reader, at the row.</param>
    /// <param name="path">The error's path: the file (OFAC) or nothing (the whole row).</param>
    /// <exception cref="CsvRowException">The row can't be imported: the mapper's own error, or a record's refusal.</exception>
    public static void Map<TMapper>(TMapper mapper, CsvReader reader, string path)
        where TMapper : ICsvRowMapper
    {
        try
        {
            mapper.MapRow(reader);
        }
        catch (ArgumentException e)
        {
            throw new CsvRowException(new ImportError(
                CsvErrorCodes.RefusedValue, reader.Line, 0, path, mapper.RowId,
                $"the row has a value the library's records refuse, which the import did not check first (please report it): {e.Message}"));
        }
    }
}
