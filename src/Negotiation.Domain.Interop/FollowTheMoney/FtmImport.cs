using System.Runtime.CompilerServices;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// Imports FollowTheMoney data as OpenSanctions publishes it (<c>entities.ftm.json</c>, <c>targets.nested.json</c>,
/// <c>statements.csv</c>) as a stream of <see cref="ImportRecord"/>s: persons, organizations, states, government
/// bodies, sanctions and their sources, and a note for everything dropped or changed. Gather them into a validated
/// document with <see cref="ImportGathering.GatherAsync"/>.
/// </summary>
/// <remarks>
/// <para>
/// The import reads its input twice. The first pass builds an index of the ids (a 128-bit hash, a kind and a line
/// for each, 24 bytes a slot: about 40 bytes an id) and of the few facts that land on another record (positions and occupancies, the countries of
/// addresses, the states and bodies an authority may name), so that a sanction may come before its target and an
/// occupancy after its holder. The second pass maps each entity and gives its records as it goes. Memory grows with
/// that index only, never with the text of the input. A line the first pass found good is read in the second only as far as
/// its entity's own members: OpenSanctions' metadata after them, skipped anyway, is not read twice. An input that can't seek (standard input, a network stream) is
/// copied to a temporary file during the first pass, deleted when the import ends.
/// </para>
/// <para>
/// Each line is read into a buffer of at most <see cref="ImportOptions.MaxLineBytes"/>: a longer line is an error
/// (<c>line-too-long</c>) as soon as the limit is passed, without reading the rest of it into memory. See
/// <see cref="FtmCodes"/> for every error and note.
/// </para>
/// <para>
/// Every error of a line is found in the first pass, before any record is given: without
/// <see cref="ImportOptions.SkipBadLines"/>, a bad input throws <see cref="ImportException"/> at the first
/// <c>MoveNextAsync</c>. With it, each bad line is a <c>skipped-line</c> note where it occurs.
/// </para>
/// <para>
/// <see cref="ImportOptions.Progress"/> is told the bytes read in each pass, counted from 0 in each: a value not above
/// the one before starts the second pass, whose total is the last value of the first.
/// </para>
/// </remarks>
public static class FtmImport
{
    /// <summary>Imports <paramref name="input"/>, which the caller keeps and disposes.</summary>
    /// <param name="input">The data, UTF-8. Read from its current position; when it can seek, it is read twice from there.</param>
    /// <param name="format">Its shape.</param>
    /// <param name="options">How to treat bad lines and long lines, and where to report progress; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The records and notes, in the order of the input.</returns>
    /// <exception cref="ImportException">While enumerating: the input can't be read (see <see cref="ImportException.Error"/>).</exception>
    public static IAsyncEnumerable<ImportRecord> ReadAsync(Stream input, FtmFormat format, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "not a FollowTheMoney format");
        }

        return ReadCoreAsync(input, path: null, format, options ?? new ImportOptions(), cancellationToken);
    }

    /// <summary>Imports the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">Its shape.</param>
    /// <param name="options">How to treat bad lines and long lines, and where to report progress; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The records and notes, in the order of the file.</returns>
    /// <exception cref="ImportException">While enumerating: the file can't be read as FollowTheMoney data.</exception>
    public static IAsyncEnumerable<ImportRecord> ReadFileAsync(string path, FtmFormat format, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "not a FollowTheMoney format");
        }

        // The file is opened when the enumeration starts, and closed when it ends, by the one iterator that reads it.
        return ReadCoreAsync(input: null, path, format, options ?? new ImportOptions(), cancellationToken);
    }

    /// <summary>Tells the format from a file's name: <c>.csv</c> is statements, a name with <c>nested</c> is nested targets, else entities.</summary>
    /// <param name="path">The file's path or name.</param>
    /// <returns>The format the name suggests.</returns>
    public static FtmFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        return name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? FtmFormat.Statements
            : name.Contains("nested", StringComparison.OrdinalIgnoreCase) ? FtmFormat.NestedTargets
            : FtmFormat.Entities;
    }

    // Reads input, or the file at path when input is null (opened here and closed at the end).
    private static async IAsyncEnumerable<ImportRecord> ReadCoreAsync(Stream? input, string? path, FtmFormat format, ImportOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var csv = format == FtmFormat.Statements;
        var index = new FtmIndex();
        var mapper = new FtmMapper(index);

        // The lines the first pass found bad or whose id was taken (only when they are skipped): the second reads every
        // other line only as far as it needs, and trusts its id. One number a line, in order.
        var badLines = new List<long>();
        Stream? spool = null;
        var file = input is null ? new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan) : null;
        input ??= file!;
        try
        {
            // First pass: the index. A stream that can't seek is copied as it is read, for the second pass.
            var start = input.CanSeek ? input.Position : 0;
            if (!input.CanSeek)
            {
                spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            }

            // Both passes report progress: each counts its bytes from 0, so a value below the last one starts the second.
            using (var reader = new FtmLineReader(input, options.MaxLineBytes, csv, spool, options.Progress))
            {
                await foreach (var item in FtmSources.ReadAsync(format, reader, badLines: null, cancellationToken).ConfigureAwait(false))
                {
                    if (item.Error is { } error)
                    {
                        if (!options.SkipBadLines)
                        {
                            throw new ImportException(error);
                        }

                        badLines.Add(error.Line);
                        continue;
                    }

                    var line = item.Entities![0].Line;
                    foreach (var entity in item.Entities)
                    {
                        var kind = FtmMapper.Classify(entity);
                        if (index.TryAdd(entity.Key, kind, line) is { } taken)
                        {
                            if (entity.Nested || taken.Line == line)
                            {
                                continue; // an adjacent entity repeated beside another target: the first copy counts
                            }

                            if (!options.SkipBadLines)
                            {
                                throw new ImportException(Duplicate(format, entity, taken));
                            }

                            badLines.Add(line);
                            continue;
                        }

                        mapper.Register(entity, kind);
                    }
                }

                reader.ReportEnd();
            }

            // Second pass: the records, as they are read.
            var second = spool ?? input;
            second.Position = spool is null ? start : 0;
            var records = new List<ImportRecord>();
            using var again = new FtmLineReader(second, options.MaxLineBytes, csv, spool: null, options.Progress);
            var done = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var item in FtmSources.ReadAsync(format, again, badLines, cancellationToken).ConfigureAwait(false))
            {
                if (item.Error is { } error)
                {
                    yield return Skipped(error);
                    continue;
                }

                var line = item.Entities![0].Line;
                done.Clear();
                if (item.Known && format == FtmFormat.Entities)
                {
                    // One entity, on a line the first pass found good: its id is the one registered at this line, and
                    // its kind is asked again rather than looked up (a miss in a table of a hundred megabytes).
                    var entity = item.Entities[0];
                    records.Clear();
                    mapper.Map(entity, FtmMapper.Classify(entity), records);
                    foreach (var record in records)
                    {
                        yield return record;
                    }

                    continue;
                }

                foreach (var entity in item.Entities)
                {
                    var entry = index.Find(entity.Key);
                    if (entry is not { } registered || registered.Line != line)
                    {
                        if (entity.Nested)
                        {
                            continue; // an adjacent entity already read beside an earlier target
                        }

                        // A repeated id, refused in the first pass: the line goes, with what is nested in it.
                        yield return Skipped(Duplicate(format, entity, entry ?? default));
                        break;
                    }

                    if (item.Entities.Count > 1 && !done.Add(entity.Id))
                    {
                        continue; // the same entity twice in one line
                    }

                    records.Clear();
                    mapper.Map(entity, registered.Kind, records);
                    foreach (var record in records)
                    {
                        yield return record;
                    }
                }
            }

            again.ReportEnd();
        }
        finally
        {
            if (spool is not null)
            {
                await spool.DisposeAsync().ConfigureAwait(false);
            }

            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static ImportError Duplicate(FtmFormat format, FtmEntity entity, FtmIndexEntry taken) => format == FtmFormat.Statements
        ? new ImportError(FtmCodes.StatementsNotGrouped, entity.Line, 0, "canonical_id", entity.Id, $"the rows of '{FtmJsonParser.Clip(entity.Id)}' come back after other entities (first at line {taken.Line}); statements.csv must keep an entity's rows together")
        : new ImportError(FtmCodes.DuplicateId, entity.Line, 0, "$.id", entity.Id, $"the id '{FtmJsonParser.Clip(entity.Id)}' is already used at line {taken.Line}");

    private static ImportedNote Skipped(ImportError error)
        => new(new ImportNote(FtmCodes.SkippedLine, error.Line, error.SourceId, error.Path.Length > 0 ? error.Path : null, $"{error.Code}: {error.Message}"));
}
