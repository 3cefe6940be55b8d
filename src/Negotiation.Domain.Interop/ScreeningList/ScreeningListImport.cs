using System.Runtime.CompilerServices;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.ScreeningList;

/// <summary>
/// Imports the US Consolidated Screening List (trade.gov's CSV download, <c>consolidated.csv</c>): the export
/// screening lists of the Departments of Commerce (among them the Entity List), State and the Treasury in one file.
/// </summary>
/// <remarks>
/// <para>
/// The file is UTF-8 with a header; columns are found by name, so their order does not matter and missing optional
/// ones are empty. The import needs <c>_id</c>, <c>source</c> and <c>name</c>; it reads <c>entity_number</c>,
/// <c>type</c>, <c>programs</c>, <c>title</c>, <c>addresses</c>, <c>federal_register_notice</c>, <c>start_date</c>,
/// <c>end_date</c>, <c>standard_order</c>, <c>license_requirement</c>, <c>license_policy</c>, <c>remarks</c>,
/// <c>source_list_url</c>, <c>alt_names</c>, <c>citizenships</c>, <c>nationalities</c> and
/// <c>source_information_url</c>, and notes what it drops of the others (<c>call_sign</c>, <c>vessel_type</c>,
/// <c>gross_tonnage</c>, <c>gross_registered_tonnage</c>, <c>vessel_flag</c>, <c>vessel_owner</c>,
/// <c>dates_of_birth</c>, <c>places_of_birth</c>, <c>ids</c>). Cells holding several values separate them with
/// <c>;</c> (programs, addresses, alt_names, citizenships, nationalities); each address ends with its country's
/// alpha-2 code.
/// </para>
/// <para>
/// Each row's <c>source</c> names its list, which an explicit table maps to the body that keeps it (Entity List,
/// Military End User, Unverified and Denied Persons lists: Bureau of Industry and Security → Department of Commerce;
/// ITAR Debarred: Directorate of Defense Trade Controls → Department of State; Nonproliferation Sanctions: Bureau of
/// International Security and Nonproliferation → Department of State; the Treasury lists: OFAC → Department of the
/// Treasury; all under the United States) and to its measures. A row becomes a party (Individual: a person, with
/// title as office and country from nationalities, then citizenships; Entity or no type: an organization, with the
/// country when its addresses name exactly one; vessels and aircraft are not imported) and one sanction per program
/// (one named after the list when the row names none), with the dates and citations the file gives: start_date as the
/// listing date, federal_register_notice as the authority's id; license requirement, policy, standard order and
/// end_date in the list's words as the description. Nothing else is written: no reason, no legal basis.
/// </para>
/// <para>
/// Ids: the party <c>csl-_ID</c>, its sanctions <c>csl-_ID</c> or <c>csl-_ID-program</c> (with a suffix and a note when
/// an earlier row has the id); an <c>_id</c> the records can't keep refuses its row. <c>_id</c> is kept as the
/// external id <c>csl</c>, and on the Treasury lists <c>entity_number</c> as <c>ofac-sdn</c> (OFAC numbers its SDN and
/// non-SDN entries in one series), so an entry matches its row in OFAC's own files.
/// </para>
/// </remarks>
public static class ScreeningListImport
{
    /// <summary>The id of the Source for the file, which every imported sanction cites.</summary>
    public const string SourceId = "us-consolidated-screening-list";

    /// <summary>Streams the import of the CSV in <paramref name="csv"/>; the stream is not closed.</summary>
    /// <param name="csv">The file, UTF-8.</param>
    /// <param name="published">The date of the download, for the Source; the file does not say it.</param>
    /// <param name="options">How to treat bad lines; the defaults stop at the first.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The records and notes, in the order of the file.</returns>
    /// <exception cref="ImportException">While enumerating: input the import could not read.</exception>
    public static IAsyncEnumerable<ImportRecord> ReadAsync(Stream csv, PartialDate published, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (published.IsDefault)
        {
            throw new ArgumentException("default(PartialDate) is no date.", nameof(published));
        }

        return new ScreeningListReader(options ?? new ImportOptions(), published).ReadAsync(csv, cancellationToken);
    }

    /// <summary>Streams the import of the CSV file at <paramref name="path"/>, opening and closing it.</summary>
    /// <param name="path">The file, UTF-8.</param>
    /// <param name="published">The date of the download, for the Source.</param>
    /// <param name="options">How to treat bad lines; the defaults stop at the first.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The records and notes, in the order of the file.</returns>
    /// <exception cref="ImportException">While enumerating: input the import could not read.</exception>
    public static IAsyncEnumerable<ImportRecord> ReadFileAsync(string path, PartialDate published, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (published.IsDefault)
        {
            throw new ArgumentException("default(PartialDate) is no date.", nameof(published));
        }

        return ReadFileCoreAsync(path, published, options ?? new ImportOptions(), cancellationToken);
    }

    private static async IAsyncEnumerable<ImportRecord> ReadFileCoreAsync(string path, PartialDate published, ImportOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        try
        {
            await foreach (var record in new ScreeningListReader(options, published).ReadAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
