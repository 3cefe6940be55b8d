using Negotiation.Cli.Input;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.Ofac;
using Negotiation.Domain.Interop.ScreeningList;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Interop;

/// <summary>
/// Reads the lists of <c>negotiation listed</c>: each imported in its format (<see cref="ListFormats"/>) and gathered
/// into a document, or read as a document; a problem is printed as <c>negotiation import</c> prints it, with the
/// exit code to return.
/// </summary>
/// <param name="error">Standard error: problems, and progress when <paramref name="errorIsTerminal"/>.</param>
/// <param name="errorIsTerminal">Whether standard error is a terminal, so that progress is shown.</param>
/// <param name="limits">The limits for lists that are documents.</param>
/// <param name="options">Bad lines and line length, for imports.</param>
/// <param name="date">The date of lists whose files don't say it (OFAC, the Consolidated Screening List); <see langword="null"/> for each file's modification day.</param>
internal sealed class ListLoader(TextWriter error, bool errorIsTerminal, NegotiationJsonOptions limits, ImportOptions options, PartialDate? date)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Reads the list at <paramref name="path"/> in <paramref name="format"/>; or prints why not and gives the exit code.</summary>
    public async Task<(LoadedList? List, int Exit)> LoadAsync(string path, string format, CancellationToken cancellationToken)
    {
        var name = PrintableText.Escape(path);
        var id = UniqueId(path);
        if (format == ListFormats.Document)
        {
            if (DocumentSource.FromFile(path, limits).TryPickT1(out var problem, out var source))
            {
                error.WriteLine($"negotiation: {problem}");
                return (null, ExitCodes.Usage);
            }

            if (source.Read(limits).TryPickT1(out var readError, out var document))
            {
                foreach (var line in ErrorReport.Lines(name, readError))
                {
                    error.WriteLine(line);
                }

                return (null, ExitCodes.Invalid);
            }

            return (new LoadedList(name, format, document, []), ExitCodes.Success);
        }

        ImportProgress? progress = null;
        try
        {
            await using var input = ImportRequest.Open(path);
            progress = errorIsTerminal ? new ImportProgress(error, name, input.Length) : null;
            var published = date ?? PartialDate.FromDateOnly(DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)));
            var withProgress = options with { Progress = progress };
            var records = format switch
            {
                ListFormats.Ftm => FtmImport.ReadAsync(input, ImportFormats.FtmShapeOf(path), withProgress, cancellationToken),
                ListFormats.ScreeningList => ScreeningListImport.ReadAsync(input, published, withProgress, cancellationToken),
                _ => ReadOfacAsync(input, path, published, withProgress, cancellationToken),
            };
            var gathered = await ImportGathering.GatherAsync(records, new NegotiationId(id), $"Imported from {Path.GetFileName(path)}", cancellationToken).ConfigureAwait(false);
            progress?.Done();
            if (gathered.TryPickT1(out var invalid, out var imported))
            {
                error.WriteLine($"negotiation: the records of {name} do not make a valid document:");
                error.WriteLine(invalid.ToString());
                return (null, ExitCodes.Invalid);
            }

            return (new LoadedList(name, format, imported.Document, [.. imported.Notes.Select(ToolNote.From)]), ExitCodes.Success);
        }
        catch (ImportException e)
        {
            progress?.Done();
            error.WriteLine(ImportErrorText.Of(name, e.Error));
            return (null, ExitCodes.Invalid);
        }
        catch (UnreadableInputException e)
        {
            progress?.Done();
            error.WriteLine($"negotiation: {e.Message}");
            return (null, ExitCodes.Usage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress?.Done();
            error.WriteLine($"negotiation: cannot read {name}: {PrintableText.Escape(e.Message)}");
            return (null, ExitCodes.Usage);
        }
    }

    private static async IAsyncEnumerable<ImportRecord> ReadOfacAsync(Stream sdn, string path, PartialDate published, ImportOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileStream? add = null, alt = null, comments = null;
        try
        {
            add = ListFormats.Beside(path, "add.csv") is { } addPath ? ImportRequest.Open(addPath) : null;
            alt = ListFormats.Beside(path, "alt.csv") is { } altPath ? ImportRequest.Open(altPath) : null;
            comments = ListFormats.Beside(path, "sdn_comments.csv") is { } commentsPath ? ImportRequest.Open(commentsPath) : null;
            await foreach (var record in OfacSdnImport.ReadAsync(sdn, add, alt, comments, published, options, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
        finally
        {
            add?.Dispose();
            alt?.Dispose();
            comments?.Dispose();
        }
    }

    /// <summary>A document id for the list, from its file's name, unique among the lists (<c>sdn</c>, <c>sdn-2</c>).</summary>
    private string UniqueId(string path)
    {
        // The name before its first dot, in lower case: entities.ftm.json is entities, Consolidated.csv consolidated.
        var stem = Path.GetFileName(path).Split('.')[0].ToLowerInvariant();
        var baseId = Slug.From(stem.Length > 0 ? stem : "list");
        var id = baseId;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }

        return id;
    }
}
