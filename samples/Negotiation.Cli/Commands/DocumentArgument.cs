using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Commands;

/// <summary>The optional FILE argument of the commands that read one document; with none, the embedded seed case.</summary>
internal static class DocumentArgument
{
    public static Argument<string?> Create() => new("FILE")
    {
        Description = "The document to read (- for standard input); the embedded seed case (US–China, 2023) when omitted.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Reads the document, printing why not and returning the exit code when it can't.</summary>
    public static bool TryRead(string? file, NegotiationJsonOptions limits, TextWriter error, out NegotiationDocument document, out int exit)
    {
        document = null!;
        var source = file is null ? DocumentSource.Seed() : DocumentSource.FromArgument(file, limits);
        if (source.TryPickT1(out var problem, out var found))
        {
            error.WriteLine($"negotiation: {problem}");
            exit = ExitCodes.Usage;
            return false;
        }

        if (found.Read(limits).TryPickT1(out var readError, out document))
        {
            foreach (var line in ErrorReport.Lines(found.Name, readError))
            {
                error.WriteLine(line);
            }

            exit = ExitCodes.Invalid;
            return false;
        }

        exit = ExitCodes.Success;
        return true;
    }
}
