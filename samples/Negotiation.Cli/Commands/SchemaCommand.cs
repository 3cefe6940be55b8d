using System.CommandLine;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Commands;

/// <summary><c>negotiation schema</c>: prints the JSON Schema of the format.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the document format.");
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Output.Write(NegotiationJson.Schema);
            return ExitCodes.Success;
        });
        return command;
    }
}
