using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Commands;

/// <summary>
/// The optional FILE argument of the commands that read one document and can show something without one (brief,
/// diagram, timeline, bargain): with no FILE, standard input when something is piped in, and otherwise the built-in example, which the
/// command says it is showing in its first line.
/// </summary>
internal static class DocumentArgument
{
    /// <summary>The first line of a command's output when it shows the built-in example: short, and on standard output, so that it is seen and kept with the output.</summary>
    public const string ExampleNote = $"Built-in example (no FILE given, nothing on standard input): {SeedDocuments.DefaultName}";

    public static Argument<string?> Create() => new("FILE")
    {
        Description = "The document to read (- for standard input). Without it, standard input when something is piped in; otherwise the built-in example (US–China, 2023).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Reads the document, printing why not and returning the exit code when it can't.</summary>
    /// <param name="file">The FILE given, or <see langword="null"/>.</param>
    /// <param name="limits">The read limits.</param>
    /// <param name="error">Where problems are written.</param>
    /// <param name="document">The document read.</param>
    /// <param name="isExample">Whether it is the built-in example, so that the command says so.</param>
    /// <param name="exit">The exit code when it can't be read.</param>
    public static bool TryRead(string? file, NegotiationJsonOptions limits, TextWriter error, out NegotiationDocument document, out bool isExample, out int exit)
        => TryRead(file, limits, error, out document, out _, out isExample, out exit);

    /// <summary>Reads the document, and the name messages give it (a path, <c>&lt;stdin&gt;</c> or the example's).</summary>
    /// <param name="file">The FILE given, or <see langword="null"/>.</param>
    /// <param name="limits">The read limits.</param>
    /// <param name="error">Where problems are written.</param>
    /// <param name="document">The document read.</param>
    /// <param name="name">The document's name in messages, escaped.</param>
    /// <param name="isExample">Whether it is the built-in example, so that the command says so.</param>
    /// <param name="exit">The exit code when it can't be read.</param>
    public static bool TryRead(string? file, NegotiationJsonOptions limits, TextWriter error, out NegotiationDocument document, out string name, out bool isExample, out int exit)
    {
        document = null!;
        name = string.Empty;
        isExample = false;
        var source = file is null
            ? DocumentSource.FromRedirectedInput(limits) ?? DocumentSource.Example()
            : DocumentSource.FromArgument(file, limits);
        if (source.TryPickT1(out var problem, out var found))
        {
            error.WriteLine($"negotiation: {problem}");
            exit = ExitCodes.Usage;
            return false;
        }

        isExample = found.IsExample;
        name = found.Name;
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
