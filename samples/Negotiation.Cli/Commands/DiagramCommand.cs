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
        var format = new Option<string>("--format") { Description = "Graphviz DOT or a Mermaid flowchart.", DefaultValueFactory = _ => "dot" };
        format.AcceptOnlyFromAmong("dot", "mermaid");
        var command = new Command("diagram", "Print a diagram of the document: parties grouped by state, demands, sanctions and commitments as edges.") { file, format };
        limits.AddTo(command);
        command.SetAction(result =>
        {
            if (!DocumentArgument.TryRead(result.GetValue(file), limits.From(result), result.InvocationConfiguration.Error, out var document, out var exit))
            {
                return exit;
            }

            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(format) == "mermaid")
            {
                MermaidDiagram.Write(document, output);
            }
            else
            {
                DotDiagram.Write(document, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
