using System.CommandLine;
using Negotiation.Domain.Diagrams;

namespace Negotiation.Cli.Commands;

/// <summary><c>negotiation diagram [FILE] --format dot|mermaid</c>: prints a diagram of the document.</summary>
internal static class DiagramCommand
{
    public static Command Create()
    {
        var file = DocumentArgument.Create();
        var limits = new ReadLimits();
        var format = new Option<string>("--format") { Description = "Graphviz DOT or a Mermaid flowchart.", HelpName = "dot|mermaid", DefaultValueFactory = _ => "dot" };
        format.AcceptOnlyFromAmong("dot", "mermaid");
        var command = new Command("diagram", "Print a diagram of the document: parties grouped by state, demands, sanctions and commitments as edges.") { file, format };
        limits.AddTo(command);
        command.SetAction(result =>
        {
            if (!DocumentArgument.TryRead(result.GetValue(file), limits.From(result), result.InvocationConfiguration.Error, out var document, out var isExample, out var exit))
            {
                return exit;
            }

            // The note on the built-in example is a comment of the diagram's language, so the output still renders.
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(format) == "mermaid")
            {
                if (!isExample)
                {
                    MermaidDiagram.Write(document, output);
                }
                else
                {
                    // Mermaid reads front matter (the title) only from the very first line, so there the note is the
                    // first line inside it, a YAML comment; without front matter, a Mermaid comment before the rest.
                    var text = MermaidDiagram.Write(document);
                    output.Write(text.StartsWith("---\n", StringComparison.Ordinal)
                        ? $"---\n# {DocumentArgument.ExampleNote}\n{text["---\n".Length..]}"
                        : $"%% {DocumentArgument.ExampleNote}\n{text}");
                }
            }
            else
            {
                if (isExample)
                {
                    output.WriteLine($"// {DocumentArgument.ExampleNote}");
                }

                DotDiagram.Write(document, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
