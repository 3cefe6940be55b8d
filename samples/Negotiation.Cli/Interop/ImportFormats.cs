using System.CommandLine;
using System.Runtime.CompilerServices;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.Ofac;
using Negotiation.Domain.Interop.ScreeningList;

namespace Negotiation.Cli.Interop;

/// <summary>
/// The formats of <c>negotiation import</c>, one entry each: adding a format is adding an entry here, an
/// <see cref="ImportFormat"/> whose <c>Read</c> calls the format's streaming import. Options of a format's own go in
/// its entry, read in its <c>Read</c> from <see cref="ImportRequest.Parsed"/>, and are checked as the command line is
/// parsed, so that a bad value is a usage error before anything is read.
/// </summary>
internal static class ImportFormats
{
    /// <summary>The <c>--shape</c> values of <c>import ftm</c>, and the shapes they name.</summary>
    public static IReadOnlyDictionary<string, FtmFormat> FtmShapes { get; } = new Dictionary<string, FtmFormat>(StringComparer.Ordinal)
    {
        ["entities"] = FtmFormat.Entities,
        ["nested"] = FtmFormat.NestedTargets,
        ["statements"] = FtmFormat.Statements,
    };

    /// <summary>The formats of this build: FollowTheMoney, OFAC's SDN files, the Consolidated Screening List.</summary>
    public static IReadOnlyList<ImportFormat> All { get; } = [Ftm(), Ofac(), ScreeningList()];

    /// <summary>The format FollowTheMoney data of this name is in: <c>.csv</c> statements, a name with <c>nested</c> nested targets, else entities.</summary>
    public static FtmFormat FtmShapeOf(string path) => path == "-" ? FtmFormat.Entities : FtmImport.FormatOf(path);

    private static ImportFormat Ftm()
    {
        var shape = new Option<string?>("--shape")
        {
            Description = "The file's shape: entities (entities.ftm.json), nested (targets.nested.json) or statements (statements.csv). By default from its name: .csv is statements, a name with 'nested' nested targets, else entities.",
            HelpName = "SHAPE",
        };
        shape.AcceptOnlyFromAmong([.. FtmShapes.Keys]);
        return new ImportFormat(
            "ftm",
            "FollowTheMoney data as OpenSanctions publishes it: entities.ftm.json, targets.nested.json or statements.csv.",
            [shape],
            request => FtmImport.ReadAsync(
                request.Input,
                request.Parsed.GetValue(shape) is { } given ? FtmShapes[given] : FtmShapeOf(request.Path),
                request.Options));
    }

    private static ImportFormat Ofac()
    {
        var add = Companion("--add", "add.csv: the entries' addresses.");
        var alt = Companion("--alt", "alt.csv: their alternate names.");
        var comments = Companion("--comments", "sdn_comments.csv: remarks past 1 000 characters.");
        var date = Date();
        return new ImportFormat(
            "ofac",
            "OFAC's SDN list, its classic CSV files: PATH is sdn.csv; the companion files are optional.",
            [add, alt, comments, date],
            request => ReadOfacAsync(request, request.Parsed.GetValue(add), request.Parsed.GetValue(alt), request.Parsed.GetValue(comments), PartialDate.Parse(request.Parsed.GetValue(date)!)));
    }

    private static ImportFormat ScreeningList()
    {
        var date = Date();
        return new ImportFormat(
            "csl",
            "The US Consolidated Screening List, trade.gov's CSV download (consolidated.csv): the Commerce Entity List and the other export screening lists.",
            [date],
            request => ScreeningListImport.ReadAsync(request.Input, PartialDate.Parse(request.Parsed.GetValue(date)!), request.Options));
    }

    private static async IAsyncEnumerable<ImportRecord> ReadOfacAsync(ImportRequest request, string? addPath, string? altPath, string? commentsPath, PartialDate published, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        FileStream? add = null, alt = null, comments = null;
        try
        {
            add = addPath is null ? null : ImportRequest.Open(addPath);
            alt = altPath is null ? null : ImportRequest.Open(altPath);
            comments = commentsPath is null ? null : ImportRequest.Open(commentsPath);
            await foreach (var record in OfacSdnImport.ReadAsync(request.Input, add, alt, comments, published, request.Options, cancellationToken).ConfigureAwait(false))
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

    private static Option<string?> Companion(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "FILE" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { Length: 0 })
            {
                result.AddError($"{name} is empty: give a file name");
            }
        });
        return option;
    }

    /// <summary><c>--date</c>, required: the date of the list's files, which they don't say; a partial date is taken.</summary>
    public static Option<string> Date()
    {
        var option = new Option<string>("--date")
        {
            Description = "The date the list was published or downloaded (YYYY-MM-DD, YYYY-MM or YYYY), for its Source: the files don't say it.",
            HelpName = "DATE",
            Required = true,
        };
        option.Validators.Add(result =>
        {
            if (PartialDate.Explain(result.GetValueOrDefault<string>() ?? "") is { } problem)
            {
                result.AddError($"--date: {problem}");
            }
        });
        return option;
    }
}
