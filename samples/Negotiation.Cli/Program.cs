using System.CommandLine;
using Negotiation.Cli;
using Negotiation.Cli.Commands;

var root = new RootCommand("negotiation: check, format, brief and draw Negotiation.Domain documents.")
{
    ValidateCommand.Create(),
    BriefCommand.Create(),
    DiagramCommand.Create(),
    FormatCommand.Create(),
    SchemaCommand.Create(),
};

var parsed = root.Parse(args);

// A wrong command line is a usage error (exit 2), as the conventions of command-line tools have it.
if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"negotiation: {error.Message}");
    }

    Console.Error.WriteLine("Run 'negotiation --help' for usage.");
    return ExitCodes.Usage;
}

return parsed.Invoke();
