using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Domain.Serialization;
using OneOf;

namespace Negotiation.Cli.Commands;

/// <summary><c>negotiation validate [FILE...] [--format text|json] [--max-errors N] [--max-bytes N]</c>: checks documents (standard input when none is given and something is piped in) and prints their errors (at most --max-errors each, and a count of the rest).</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "The documents to check (- for standard input); standard input when none is given and something is piped in.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "How to print errors: text lines (FILE:LINE:COLUMN: CODE: PATH: message) or a JSON array.", HelpName = "text|json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var limits = new ReadLimits();
        var command = new Command("validate", "Check documents: exit 0 when all are valid, 1 when any is invalid, 2 when a file can't be read.") { files, format };
        limits.AddTo(command);
        command.SetAction(result =>
        {
            var limit = limits.From(result);
            var error = result.InvocationConfiguration.Error;
            var given = result.GetValue(files) ?? [];
            var sources = given.Select(file => DocumentSource.FromArgument(file, limit)); // read one at a time
            if (given.Length == 0)
            {
                // No FILE: what is piped in; with nothing piped in there is nothing to check, a usage error.
                if (DocumentSource.FromRedirectedInput(limit) is not { } input)
                {
                    return ToolCommandLine.UsageError(error, command, "no FILE given, and nothing on standard input");
                }

                sources = [input];
            }

            return Run(sources, result.GetValue(format) == "json", limit, result.InvocationConfiguration.Output, error);
        });
        return command;
    }

    private static int Run(IEnumerable<OneOf<DocumentSource, string>> sources, bool json, NegotiationJsonOptions limits, TextWriter output, TextWriter error)
    {
        var exit = ExitCodes.Success;
        var errors = new List<(string File, JsonReadError Error)>();
        foreach (var source in sources)
        {
            if (source.TryPickT1(out var problem, out var document))
            {
                error.WriteLine($"negotiation: {problem}");
                exit = ExitCodes.Usage;
                continue;
            }

            if (document.Read(limits).TryPickT1(out var readError, out _))
            {
                errors.Add((document.Name, readError));
                exit = Math.Max(exit, ExitCodes.Invalid);
            }
            else if (!json)
            {
                error.WriteLine($"{document.Name}: valid");
            }
        }

        if (json)
        {
            ErrorReport.WriteJson(output, errors);
        }
        else
        {
            foreach (var line in errors.SelectMany(e => ErrorReport.Lines(e.File, e.Error)))
            {
                output.WriteLine(line);
            }
        }

        return exit;
    }
}
