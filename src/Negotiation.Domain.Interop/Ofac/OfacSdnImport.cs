using System.Runtime.CompilerServices;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Ofac;

/// <summary>
/// Imports OFAC's Specially Designated Nationals list from its classic CSV files: sdn.csv, and optionally add.csv
/// (addresses), alt.csv (alternate names) and sdn_comments.csv (remarks beyond 1 000 characters).
/// </summary>
/// <remarks>
/// <para>
/// The files are read as OFAC writes them: no header, CRLF line ends, text fields in quotes, <c>-0-</c> (often
/// followed by a space) for null, ISO 8859-1 (Latin-1), and a last byte 0x1A. A Program cell names several programs
/// joined by <c>] [</c> (<c>SDGT] [IRGC</c>).
/// </para>
/// <para>
/// The companion files are read first, into an index by ent_num (they are small); sdn.csv is then streamed, and each
/// entry's party, its sanctions and its notes come out as soon as its row is read. First come the made records (line
/// 0): the Source for the files and the authority chain OFAC → US Department of the Treasury → United States.
/// </para>
/// <para>
/// Mapping: an individual becomes a <see cref="Parties.Person"/> (SDN_Title an office; country from "nationality X" in
/// the remarks, else "citizen X"); an entity an <see cref="Parties.Organization"/> of type other (country only when its
/// addresses name exactly one); vessels and aircraft are not imported (a note each). alt.csv's names and the remarks'
/// a.k.a., f.k.a. and n.k.a. become aliases; the remarks (with their extension) become the description. Each program
/// tag becomes a <see cref="Sanctions.Sanction"/> by OFAC, measures asset freeze and financial restriction, in force,
/// attributed to the files; a tag that is not a program name is noted, and when no tag is left the listing is one
/// sanction without a program. ent_num is kept as the external id <c>ofac-sdn</c> on the party and its sanctions; ids are
/// <c>ofac-sdn-ENT_NUM</c> and <c>ofac-sdn-ENT_NUM-program</c>. The files give no dates, legal basis or reasons, and
/// none are written.
/// </para>
/// </remarks>
public static class OfacSdnImport
{
    /// <summary>The id of the Source every imported sanction is attributed to.</summary>
    public const string SourceId = "ofac-sdn-files";

    /// <summary>Streams the import of the files open in the given streams; the streams are not closed.</summary>
    /// <param name="sdn">sdn.csv.</param>
    /// <param name="addresses">add.csv, if any.</param>
    /// <param name="alternateNames">alt.csv, if any.</param>
    /// <param name="comments">sdn_comments.csv, if any.</param>
    /// <param name="published">The date of the files (OFAC's publication date), for the Source; the files do not say it.</param>
    /// <param name="options">How to treat bad lines; the defaults stop at the first.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The records and notes, in the order of sdn.csv.</returns>
    /// <exception cref="ImportException">While enumerating: input the import could not read.</exception>
    public static IAsyncEnumerable<ImportRecord> ReadAsync(
        Stream sdn,
        Stream? addresses,
        Stream? alternateNames,
        Stream? comments,
        PartialDate published,
        ImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sdn);
        if (published.IsDefault)
        {
            throw new ArgumentException("default(PartialDate) is no date.", nameof(published));
        }

        return new OfacSdnReader(options ?? new ImportOptions(), published).ReadAsync(sdn, addresses, alternateNames, comments, cancellationToken);
    }

    /// <summary>Streams the import of the files at the given paths, opening and closing them.</summary>
    /// <param name="sdnPath">sdn.csv.</param>
    /// <param name="addressesPath">add.csv, if any.</param>
    /// <param name="alternateNamesPath">alt.csv, if any.</param>
    /// <param name="commentsPath">sdn_comments.csv, if any.</param>
    /// <param name="published">The date of the files, for the Source.</param>
    /// <param name="options">How to treat bad lines; the defaults stop at the first.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The records and notes, in the order of sdn.csv.</returns>
    /// <exception cref="ImportException">While enumerating: input the import could not read.</exception>
    public static IAsyncEnumerable<ImportRecord> ReadFilesAsync(
        string sdnPath,
        string? addressesPath,
        string? alternateNamesPath,
        string? commentsPath,
        PartialDate published,
        ImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sdnPath);
        if (published.IsDefault)
        {
            throw new ArgumentException("default(PartialDate) is no date.", nameof(published));
        }

        return ReadFilesCoreAsync(sdnPath, addressesPath, alternateNamesPath, commentsPath, published, options ?? new ImportOptions(), cancellationToken);
    }

    private static async IAsyncEnumerable<ImportRecord> ReadFilesCoreAsync(
        string sdnPath, string? addressesPath, string? alternateNamesPath, string? commentsPath, PartialDate published, ImportOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileStream? sdn = null, add = null, alt = null, comments = null;
        try
        {
            sdn = Open(sdnPath);
            add = addressesPath is null ? null : Open(addressesPath);
            alt = alternateNamesPath is null ? null : Open(alternateNamesPath);
            comments = commentsPath is null ? null : Open(commentsPath);
            await foreach (var record in new OfacSdnReader(options, published).ReadAsync(sdn, add, alt, comments, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
        finally
        {
            sdn?.Dispose();
            add?.Dispose();
            alt?.Dispose();
            comments?.Dispose();
        }
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
