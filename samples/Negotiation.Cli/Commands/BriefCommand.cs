using System.CommandLine;
using Negotiation.Cli.Briefing;

namespace Negotiation.Cli.Commands;

/// <summary><c>negotiation brief [FILE]</c>: a readable briefing of a document; with no FILE, of standard input or the built-in example (see <see cref="DocumentArgument"/>).</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var file = DocumentArgument.Create();
        var limits = new ReadLimits();
        var command = new Command("brief", "Print a briefing: parties, demands, sanctions, agreements with status and confidence, each agreement's trade-off ledger, every stance grouped by what it is on, and the timeline.") { file };
        limits.AddTo(command);
        command.SetAction(result =>
        {
            if (!DocumentArgument.TryRead(result.GetValue(file), limits.From(result), result.InvocationConfiguration.Error, out var document, out var isExample, out var exit))
            {
                return exit;
            }

            if (isExample)
            {
                result.InvocationConfiguration.Output.WriteLine(DocumentArgument.ExampleNote);
            }

            new BriefingWriter(document, result.InvocationConfiguration.Output).Write();
            return ExitCodes.Success;
        });
        return command;
    }
}
