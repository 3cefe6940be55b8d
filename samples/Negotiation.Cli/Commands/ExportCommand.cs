using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Cli.Interop;

namespace Negotiation.Cli.Commands;

/// <summary>
/// <c>negotiation export FORMAT [FILE] [-o OUT] [--notes NOTES]</c>: writes the document in another format (one command
/// per entry of <see cref="ExportFormats"/>), to standard output or a file; the notes of what the format leaves out are
/// counted by code on standard error, and written in full with <c>--notes</c>.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(IReadOnlyList<ExportFormat> formats)
    {
        var command = new Command("export", "Write the document in another format: event data, sanctions-list entities.");
        foreach (var format in formats)
        {
            command.Subcommands.Add(Create(format));
        }

        return command;
    }

    private static Command Create(ExportFormat format)
    {
        var file = DocumentArgument.Create();
        var limits = new ReadLimits();
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "OUT" };
        var notes = new Option<string?>("--notes") { Description = "Write every note (what the format leaves out) to this file, one JSON object a line.", HelpName = "NOTES" };
        var command = new Command(format.Name, format.Description) { file, output, notes };
        limits.AddTo(command);
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var path = result.GetValue(output);
            var notesPath = result.GetValue(notes);
            if (path is { Length: 0 } || notesPath is { Length: 0 })
            {
                return ToolCommandLine.UsageError(error, command, $"{(path is { Length: 0 } ? "OUT" : "NOTES")} is empty: give a file name");
            }

            if (!DocumentArgument.TryRead(result.GetValue(file), limits.From(result), error, out var document, out var isExample, out var exit))
            {
                return exit;
            }

            // The formats have no comments: the note on the built-in example goes to standard error.
            if (isExample)
            {
                error.WriteLine(DocumentArgument.ExampleNote);
            }

            IReadOnlyList<ToolNote> written;
            try
            {
                if (path is null)
                {
                    using var buffer = new MemoryStream();
                    written = format.Write(document, buffer);
                    result.InvocationConfiguration.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }
                else
                {
                    using var stream = File.Create(path);
                    written = format.Write(document, stream);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"negotiation: cannot write {PrintableText.Escape(path ?? "standard output")}: {PrintableText.Escape(e.Message)}");
                return ExitCodes.Usage;
            }

            if (notesPath is not null && !NoteReport.TryWrite(notesPath, written, error))
            {
                return ExitCodes.Usage;
            }

            NoteReport.Summarise(error, written, notesPath);
            return ExitCodes.Success;
        });
        return command;
    }
}
