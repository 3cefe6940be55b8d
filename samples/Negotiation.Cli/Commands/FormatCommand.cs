using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Commands;

/// <summary>
/// <c>negotiation fmt FILE... [--check]</c>: rewrites documents in canonical form, or checks that they are. Standard
/// input (<c>-</c>) can't be rewritten in place, so its canonical form is printed instead.
/// </summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "The documents to format (- for standard input, printed in canonical form).", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 and name the files that are not in canonical form." };
        var limits = new ReadLimits();
        var command = new Command("fmt", "Rewrite documents in canonical form (stable order, two-space indent, final newline).") { files, check };
        limits.AddTo(command);
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(check), limits.From(result), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] files, bool check, NegotiationJsonOptions limits, TextWriter output, TextWriter error)
    {
        var exit = ExitCodes.Success;
        foreach (var file in files)
        {
            var source = DocumentSource.FromArgument(file, limits);
            if (source.TryPickT1(out var problem, out var found))
            {
                error.WriteLine($"negotiation: {problem}");
                exit = ExitCodes.Usage;
                continue;
            }

            if (found.Read(limits).TryPickT1(out var readError, out var document))
            {
                foreach (var line in ErrorReport.Lines(found.Name, readError))
                {
                    output.WriteLine(line);
                }

                exit = Math.Max(exit, ExitCodes.Invalid);
                continue;
            }

            var canonical = NegotiationJson.Write(document);
            if (file == DocumentSource.StandardInput && !check)
            {
                output.Write(canonical);
                continue;
            }

            if (System.Text.Encoding.UTF8.GetBytes(canonical).AsSpan().SequenceEqual(found.Bytes))
            {
                continue;
            }

            if (check)
            {
                output.WriteLine($"{found.Name}: not in canonical form");
                exit = Math.Max(exit, ExitCodes.Invalid);
            }
            else
            {
                try
                {
                    File.WriteAllText(file, canonical);
                    output.WriteLine($"{found.Name}: formatted");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"negotiation: cannot write {found.Name}: {PrintableText.Escape(e.Message)}");
                    exit = ExitCodes.Usage;
                }
            }
        }

        return exit;
    }
}
