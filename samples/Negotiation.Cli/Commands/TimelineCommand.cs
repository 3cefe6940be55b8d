using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Domain.Diagrams;

namespace Negotiation.Cli.Commands;

/// <summary>
/// <c>negotiation timeline [FILE] --format svg|mermaid [-o OUT]</c>: prints, or writes to a file, a timeline of the
/// document: sanction periods, agreement milestones, terms and extensions, participation steps, commitments kept and
/// events on one time axis.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var file = DocumentArgument.Create();
        var limits = new ReadLimits();
        var format = new Option<string>("--format") { Description = "An SVG picture, or a Mermaid gantt chart.", HelpName = "svg|mermaid", DefaultValueFactory = _ => "svg" };
        format.AcceptOnlyFromAmong("svg", "mermaid");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "OUT" };
        var command = new Command("timeline", "Print a timeline of the document: sanction periods, milestones, terms, participation and events on one time axis.") { file, format, output };
        limits.AddTo(command);
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var path = result.GetValue(output);
            if (path is { Length: 0 })
            {
                return ToolCommandLine.UsageError(error, command, "OUT is empty: give a file name");
            }

            if (!DocumentArgument.TryRead(result.GetValue(file), limits.From(result), error, out var document, out var isExample, out var exit))
            {
                return exit;
            }

            // The note on the built-in example is a comment of the output's language, so the output still renders.
            string text;
            if (result.GetValue(format) == "mermaid")
            {
                text = TimelineMermaid.Write(document);
                if (isExample)
                {
                    text = $"%% {DocumentArgument.ExampleNote}\n{text}";
                }
            }
            else
            {
                text = TimelineSvg.Write(document);
                if (isExample)
                {
                    text = $"<!-- {DocumentArgument.ExampleNote} -->\n{text}";
                }
            }

            if (path is null)
            {
                result.InvocationConfiguration.Output.Write(text);
                return ExitCodes.Success;
            }

            try
            {
                File.WriteAllText(path, text);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"negotiation: cannot write {PrintableText.Escape(path)}: {PrintableText.Escape(e.Message)}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
