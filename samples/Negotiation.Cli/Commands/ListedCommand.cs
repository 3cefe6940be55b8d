using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Cli.Interop;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.Listings;

namespace Negotiation.Cli.Commands;

/// <summary>
/// <c>negotiation listed [FILE] --lists PATH... [--json]</c>: which parties of the document (the built-in example's with
/// no FILE and nothing piped in, as <see cref="DocumentArgument"/> says) are on the given sanctions lists, under which
/// authority and program, and since when (<see cref="ListingCrossReference"/>). Each list is a file in a format
/// <c>import</c> reads, told by its name or header (<see cref="ListFormats"/>) or by <c>--list-format</c>, or a document.
/// </summary>
/// <remarks>
/// Exit codes: 0 it ran, whether or not anyone is listed (the last line says which); 1 the document or a list is
/// invalid (a list's bad line is printed as <c>import</c> prints it); 2 a usage error, or a file that can't be read.
/// The imports' notes are counted by code on standard error, one line per list; progress shows there when it is a terminal.
/// </remarks>
internal static class ListedCommand
{
    public static Command Create(Func<bool> errorIsTerminal)
    {
        var file = DocumentArgument.Create();
        var lists = new Option<string[]>("--lists")
        {
            Description = "The lists: files in a format import reads (*.ftm.json, targets.nested.json, statements.csv; sdn.csv with add.csv, alt.csv and sdn_comments.csv beside it; the Consolidated Screening List's CSV), or documents (*.json).",
            HelpName = "PATH...",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
            Required = true,
        };
        var listFormat = new Option<string?>("--list-format")
        {
            Description = "The format of every list, when their names don't tell: ftm, ofac, csl or document.",
            HelpName = "FORMAT",
        };
        listFormat.AcceptOnlyFromAmong([.. ListFormats.Names]);
        var date = new Option<string?>("--date")
        {
            Description = "The date of the OFAC and Consolidated Screening List files (YYYY-MM-DD), for their Source; by default each file's modification day.",
            HelpName = "DATE",
        };
        date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && PartialDate.Explain(text) is { } problem)
            {
                result.AddError($"--date: {problem}");
            }
        });
        var skip = new Option<bool>("--skip-bad-lines") { Description = "Note a line of a list that can't be read and go on, instead of stopping at it." };
        var json = new Option<bool>("--json") { Description = "Print the whole result as JSON instead of the report." };
        var limits = new ReadLimits();
        var command = new Command("listed", "Find the document's parties on sanctions lists: by external id, or by name and alias (case, accents, punctuation and word order ignored; not fuzzy screening).")
        {
            file, lists, listFormat, date, skip, json,
        };
        limits.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var paths = result.GetValue(lists)!;
            var given = result.GetValue(listFormat);
            if (paths.FirstOrDefault(static p => p.Length == 0 || p == DocumentSource.StandardInput) is { } bad)
            {
                return ToolCommandLine.UsageError(error, command, bad.Length == 0 ? "a list's PATH is empty: give a file name" : "a list must be a file: standard input is the document's");
            }

            // Every list's format is known before anything is read: a list that can't be told is a usage error.
            var formats = new List<string>();
            foreach (var path in paths)
            {
                string? format;
                try
                {
                    format = given ?? ListFormats.Detect(path);
                }
                catch (UnreadableInputException e)
                {
                    error.WriteLine($"negotiation: {e.Message}");
                    return ExitCodes.Usage;
                }

                if (format is null)
                {
                    return ToolCommandLine.UsageError(error, command, $"cannot tell the format of {PrintableText.Escape(path)} from its name or header: give --list-format");
                }

                formats.Add(format);
            }

            var readLimits = limits.From(result);
            if (!DocumentArgument.TryRead(result.GetValue(file), readLimits, error, out var document, out var isExample, out var exit))
            {
                return exit;
            }

            if (isExample)
            {
                (result.GetValue(json) ? error : output).WriteLine(DocumentArgument.ExampleNote);
            }

            var loader = new ListLoader(error, errorIsTerminal(), readLimits, new ImportOptions { SkipBadLines = result.GetValue(skip) }, result.GetValue(date) is { } text ? PartialDate.Parse(text) : null);
            var loaded = new List<LoadedList>();
            for (var i = 0; i < paths.Length; i++)
            {
                var (list, code) = await loader.LoadAsync(paths[i], formats[i], cancellationToken).ConfigureAwait(false);
                if (list is null)
                {
                    return code;
                }

                loaded.Add(list);
                NoteReport.Summarise(error, list.Notes, $"{list.Name}: ", "negotiation import --notes FILE writes them in full");
            }

            var matches = ListingCrossReference.Find(document, loaded.Select(static l => l.Document));
            if (result.GetValue(json))
            {
                ListedReport.WriteJson(output, document, loaded, matches);
            }
            else
            {
                ListedReport.WriteText(output, document, loaded, matches);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
