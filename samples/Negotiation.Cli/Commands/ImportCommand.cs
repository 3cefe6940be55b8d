using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Cli.Interop;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Commands;

/// <summary>
/// <c>negotiation import FORMAT PATH -o OUT</c>: streams a list in another format (one command per entry of
/// <see cref="ImportFormats"/>) into one validated document. Progress goes to standard error when it is a terminal;
/// the notes are counted by code on standard error at the end and written in full with <c>--notes</c>; input the
/// format can't read stops the import with its line and exit 1, unless <c>--skip-bad-lines</c> makes each bad line a note.
/// </summary>
internal static class ImportCommand
{
    /// <param name="formats">The formats, each a command.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal, so that progress is shown.</param>
    public static Command Create(IReadOnlyList<ImportFormat> formats, Func<bool> errorIsTerminal)
    {
        var command = new Command("import", "Read a sanctions list in another format into a document.");
        foreach (var format in formats)
        {
            command.Subcommands.Add(Create(format, errorIsTerminal));
        }

        if (formats.Count == 0)
        {
            command.SetAction(result => ToolCommandLine.UsageError(result.InvocationConfiguration.Error, command, "this build has no import formats"));
        }

        return command;
    }

    private static Command Create(ImportFormat format, Func<bool> errorIsTerminal)
    {
        var path = new Argument<string>("PATH") { Description = "The file to read (- for standard input)." };
        var output = new Option<string>("--output", "-o") { Description = "Write the document to this file (- for standard output).", HelpName = "OUT", Required = true };
        var notes = new Option<string?>("--notes") { Description = "Write every note (what was dropped or changed) to this file, one JSON object a line.", HelpName = "NOTES" };
        var skip = new Option<bool>("--skip-bad-lines") { Description = "Note a line that can't be read and go on, instead of stopping at it." };
        var maxLine = new Option<int>("--max-line-bytes") { Description = "Refuse lines longer than N bytes.", HelpName = "N", DefaultValueFactory = _ => ImportOptions.DefaultMaxLineBytes };
        maxLine.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1024)
            {
                r.AddError("--max-line-bytes must be at least 1024.");
            }
        });
        var id = new Option<string?>("--id") { Description = "The document's id. By default, made from the file's name.", HelpName = "ID" };
        var title = new Option<string?>("--title") { Description = "The document's title. By default, 'Imported from' and the file's name.", HelpName = "TITLE" };
        var command = new Command(format.Name, format.Description) { path, output, notes, skip, maxLine, id, title };
        foreach (var option in format.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var input = result.GetValue(path)!;
            var outPath = result.GetValue(output)!;
            var notesPath = result.GetValue(notes);
            if (outPath.Length == 0 || notesPath is { Length: 0 })
            {
                return ToolCommandLine.UsageError(error, command, $"{(outPath.Length == 0 ? "OUT" : "NOTES")} is empty: give a file name");
            }

            var name = input == DocumentSource.StandardInput ? DocumentSource.StandardInputName : PrintableText.Escape(input);
            var documentId = result.GetValue(id) ?? (input == DocumentSource.StandardInput ? "import" : Slug.From(Path.GetFileNameWithoutExtension(input)));
            if (Slug.Explain(documentId) is { } badId)
            {
                return ToolCommandLine.UsageError(error, command, $"--id: {badId}");
            }

            if (!TryOpen(input, name, error, out var stream, out var total))
            {
                return ExitCodes.Usage;
            }

            await using (stream)
            {
                var progress = errorIsTerminal() ? new ImportProgress(error, name, total) : null;
                var options = new ImportOptions { SkipBadLines = result.GetValue(skip), MaxLineBytes = result.GetValue(maxLine), Progress = progress };
                var documentTitle = result.GetValue(title) ?? $"Imported from {(input == DocumentSource.StandardInput ? "standard input" : Path.GetFileName(input))}";
                ImportResult imported;
                try
                {
                    var gathered = await ImportGathering.GatherAsync(format.Read(new ImportRequest(stream, input, options, result)), new NegotiationId(documentId), documentTitle, cancellationToken).ConfigureAwait(false);
                    progress?.Done();
                    if (gathered.TryPickT1(out var invalid, out imported))
                    {
                        error.WriteLine($"negotiation: the records of {name} do not make a valid document:");
                        error.WriteLine(invalid.ToString());
                        return ExitCodes.Invalid;
                    }
                }
                catch (ImportException e)
                {
                    progress?.Done();
                    error.WriteLine(ImportErrorText.Of(name, e.Error));
                    return ExitCodes.Invalid;
                }
                catch (UnreadableInputException e)
                {
                    progress?.Done();
                    error.WriteLine($"negotiation: {e.Message}");
                    return ExitCodes.Usage;
                }
                catch (IOException e)
                {
                    progress?.Done();
                    error.WriteLine($"negotiation: cannot read {name}: {PrintableText.Escape(e.Message)}");
                    return ExitCodes.Usage;
                }

                if (!TryWrite(outPath, imported, result, error, out var tokenBytes))
                {
                    return ExitCodes.Usage;
                }

                var all = imported.Notes.Select(ToolNote.From).ToList();
                if (notesPath is not null && !NoteReport.TryWrite(notesPath, all, error))
                {
                    return ExitCodes.Usage;
                }

                NoteReport.Summarise(error, all, notesPath);
                SizeHint(outPath, tokenBytes, error);
                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static bool TryOpen(string input, string name, TextWriter error, out Stream stream, out long? total)
    {
        stream = Stream.Null;
        total = null;
        if (input == DocumentSource.StandardInput)
        {
            if (StandardInputCheck.IsClosed())
            {
                error.WriteLine("negotiation: cannot read standard input: it is closed");
                return false;
            }

            stream = Console.OpenStandardInput();
            return true;
        }

        try
        {
            if (Directory.Exists(input))
            {
                error.WriteLine($"negotiation: cannot read {name}: it is a directory");
                return false;
            }

            var file = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
            stream = file;
            total = file.Length;
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"negotiation: cannot read {name}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"negotiation: cannot read {name}: {PrintableText.Escape(e.Message)}");
        }

        return false;
    }

    /// <summary>
    /// Says how to read a document written larger than the commands that read one take by default
    /// (<see cref="NegotiationJsonOptions.DefaultMaxBytes"/>, whitespace between tokens not counted).
    /// </summary>
    private static void SizeHint(string path, long tokenBytes, TextWriter error)
    {
        if (path == DocumentSource.StandardInput || tokenBytes <= NegotiationJsonOptions.DefaultMaxBytes)
        {
            return;
        }

        var name = PrintableText.Escape(path);
        error.WriteLine(tokenBytes <= int.MaxValue
            ? $"negotiation: {name} holds {tokenBytes} bytes (whitespace not counted), more than commands read by default: negotiation validate {name} --max-bytes {tokenBytes}"
            : $"negotiation: {name} holds {tokenBytes} bytes (whitespace not counted), more than a document can be read with (--max-bytes {int.MaxValue}): import a part of the list, or use the library's streaming import");
    }

    private static bool TryWrite(string path, ImportResult imported, ParseResult result, TextWriter error, out long tokenBytes)
    {
        tokenBytes = 0;
        try
        {
            if (path == DocumentSource.StandardInput)
            {
                result.InvocationConfiguration.Output.Write(NegotiationJson.Write(imported.Document));
                return true;
            }

            using var file = File.Create(path, 1 << 16);
            var counting = new TokenByteCountingStream(file);
            NegotiationJson.Write(imported.Document, counting);
            tokenBytes = counting.TokenBytes;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"negotiation: cannot write {PrintableText.Escape(path)}: {PrintableText.Escape(e.Message)}");
            return false;
        }
    }
}
