using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Commands;

/// <summary><c>negotiation validate FILE... [--format text|json] [--max-errors N] [--max-bytes N]</c>: checks documents and prints their errors (at most --max-errors each, and a count of the rest).</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "The documents to check (- for standard input).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "How to print errors: text lines (FILE:LINE:COLUMN: CODE: PATH: message) or a JSON array.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var limits = new ReadLimits();
        var command = new Command("validate", "Check documents: exit 0 when all are valid, 1 when any is invalid, 2 when a file can't be read.") { files, format };
        limits.AddTo(command);
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format) == "json", limits.From(result), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] files, bool json, NegotiationJsonOptions limits, TextWriter output, TextWriter error)
    {
        var exit = ExitCodes.Success;
        var errors = new List<(string File, JsonReadError Error)>();
        foreach (var file in files)
        {
            var source = DocumentSource.FromArgument(file, limits);
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
