using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Csv;

/// <summary>Raised while mapping one CSV row that can't be imported; the importer skips the row or stops, as its options say.</summary>
internal sealed class CsvRowException(ImportError error) : Exception(error.ToString())
{
    /// <summary>What is wrong and where.</summary>
    public ImportError Error { get; } = error;
}
