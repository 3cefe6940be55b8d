using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text.RegularExpressions;
using Negotiation.Cli.Commands;
using Negotiation.Cli.Input;
using Negotiation.Cli.Interop;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli;

/// <summary>
/// The tool's command line, parsed by System.CommandLine and held to the conventions of command-line tools: an unknown
/// option or command is a usage error (exit 2) with one message and a pointer to <c>--help</c>; help names the tool
/// <c>negotiation</c> and marks optional arguments (<c>brief [FILE]</c>); <c>--version</c> is the library's version.
/// </summary>
/// <remarks>
/// Where System.CommandLine's defaults differ from those conventions, they are changed here, once, for every command:
/// <list type="bullet">
/// <item>The root is a plain <see cref="Command"/> named <c>negotiation</c>, not a <see cref="RootCommand"/>, which
/// names itself after the executable: <c>Negotiation.Cli</c> under <c>dotnet exec</c>, <c>dotnet run</c> and a tool's
/// shim alike. So help and messages say what a user types.</item>
/// <item>System.CommandLine takes a token that looks like an option but names none (<c>--strict</c>) for a value of
/// the command's argument, so <c>validate --strict deal.json</c> tried to read a file named <c>--strict</c>. The
/// parse is checked before anything runs (<see cref="UsageProblem"/>): such a token, wherever the parser put it, is an
/// unknown option, unless it comes after <c>--</c>, which ends the options as in POSIX tools (<c>validate -- -odd.json</c>).
/// An option's own value (<c>--max-bytes -5</c>) is the option's to judge.</item>
/// <item>The parser can report several errors for one mistake (an unknown command is also a missing one); one
/// message is printed, the one that names the mistake.</item>
/// <item>Response files (<c>@file</c> expands to the arguments in it) are off: a tool that reads files must not read
/// one as its command line.</item>
/// </list>
/// </remarks>
internal static class ToolCommandLine
{
    /// <summary>The command users type.</summary>
    public const string Name = "negotiation";

    /// <summary>The command line of the tool, with every command and the formats of this build.</summary>
    public static Command Create() => Create(ImportFormats.All, ExportFormats.All, () => !Console.IsErrorRedirected);

    /// <summary>The command line of the tool, with the given formats of <c>import</c> and <c>export</c>.</summary>
    /// <param name="importFormats">The formats <c>import</c> reads.</param>
    /// <param name="exportFormats">The formats <c>export</c> writes.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal, so that long imports show progress.</param>
    internal static Command Create(IReadOnlyList<ImportFormat> importFormats, IReadOnlyList<ExportFormat> exportFormats, Func<bool> errorIsTerminal)
    {
        var root = new Command(Name, "Check, format, brief, draw and analyse Negotiation.Domain documents; import sanctions lists and export event data.")
        {
            ValidateCommand.Create(),
            BriefCommand.Create(),
            DiagramCommand.Create(),
            TimelineCommand.Create(),
            BargainCommand.Create(),
            FormatCommand.Create(),
            SchemaCommand.Create(),
            ImportCommand.Create(importFormats, errorIsTerminal),
            ExportCommand.Create(exportFormats),
            ListedCommand.Create(errorIsTerminal),
        };

        // Recursive: every command has --help. System.CommandLine 2.0 keeps its help layout internal, so the tool
        // writes its own (HelpWriter), which can mark optional arguments.
        // Only -h and --help: System.CommandLine adds /h, /? and -?, and /h is a path on Unix.
        root.Options.Add(new HelpOption("--help", "-h") { Action = new HelpWriter() });
        root.Options.Add(new Option<bool>("--version")
        {
            Description = "Print the version of the Negotiation.Domain library the tool reads and writes with.",
            Arity = ArgumentArity.Zero,
            Action = new VersionAction(),
        });
        return root;
    }

    /// <summary>Parses the arguments and runs the command, or prints the one usage error and returns <see cref="ExitCodes.Usage"/>.</summary>
    public static int Run(string[] args) => Run(Create(), args, new InvocationConfiguration());

    /// <summary>Parses the arguments against <paramref name="root"/> and runs the command, writing where <paramref name="configuration"/> says.</summary>
    internal static int Run(Command root, string[] args, InvocationConfiguration configuration)
    {
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is not HelpWriter && UsageProblem(parsed) is { } problem)
        {
            return UsageError(configuration.Error, parsed.CommandResult.Command, problem);
        }

        return parsed.Invoke(configuration);
    }

    /// <summary>Prints a usage error, one line and a pointer to the command's help, and returns <see cref="ExitCodes.Usage"/>.</summary>
    public static int UsageError(TextWriter error, Command command, string message)
    {
        error.WriteLine($"{PathOf(command)}: {message}");
        error.WriteLine($"Run '{PathOf(command)} --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// What is wrong with the command line, said once; or <see langword="null"/> when it is right. The mistake a user
    /// made comes first: a token that is no option (the parser may have taken it for a file), a word that is no
    /// command, a command missing, an empty file name; then whatever else the parser found.
    /// </summary>
    internal static string? UsageProblem(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var optionValues = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        CollectOptionValues(parsed.RootCommandResult, optionValues);

        // The tokens in order: after "--" every token is an argument, whatever it looks like.
        var arguments = new List<string>();
        var optionsEnded = false;
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                optionsEnded = true;
            }
            else if (token.Type == TokenType.Argument && !optionValues.Contains(token))
            {
                if (!optionsEnded && LooksLikeAnOption(token.Value))
                {
                    return $"unknown option '{PrintableText.Escape(token.Value)}'";
                }

                arguments.Add(token.Value);
            }
        }

        if (parsed.UnmatchedTokens.Count > 0)
        {
            var first = PrintableText.Escape(parsed.UnmatchedTokens[0]);
            return command.Subcommands.Count > 0
                ? $"unknown command '{first}'; the commands are {string.Join(", ", command.Subcommands.Select(c => c.Name))}"
                : $"unexpected argument '{first}'";
        }

        if (parsed.Action is null && command.Subcommands.Count > 0)
        {
            return $"a command is required: {string.Join(", ", command.Subcommands.Select(c => c.Name))}";
        }

        if (arguments.Any(string.IsNullOrEmpty))
        {
            return "a FILE is empty: give a file name, or - for standard input";
        }

        if (command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && (parsed.GetResult(a)?.Tokens.Count ?? 0) == 0) is { } missing)
        {
            return $"{missing.HelpName ?? missing.Name} is required";
        }

        // The parser's own messages may run over several lines (a list of allowed values): one error, one line.
        return parsed.Errors.Count > 0 ? Regex.Replace(parsed.Errors[0].Message, @"\s*\n\s*", " ") : null;
    }

    /// <summary>A token that starts like an option: <c>-x</c>, <c>--name</c>. A lone <c>-</c> is standard input.</summary>
    private static bool LooksLikeAnOption(string token) => token.Length > 1 && token[0] == '-';

    private static void CollectOptionValues(SymbolResult result, HashSet<Token> values)
    {
        if (result is OptionResult option)
        {
            values.UnionWith(option.Tokens);
        }
        else if (result is CommandResult command)
        {
            foreach (var child in command.Children)
            {
                CollectOptionValues(child, values);
            }
        }
    }

    /// <summary>The words that run a command: <c>negotiation brief</c>.</summary>
    internal static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary><c>FILE</c>, <c>FILE...</c>, <c>[FILE]</c> or <c>[FILE...]</c>, from the argument's arity.</summary>
    internal static string Label(Argument argument)
    {
        var name = argument.HelpName ?? argument.Name;
        var many = argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty;
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}{many}]" : $"{name}{many}";
    }

    /// <summary>A command as its row in a list of commands: its name and its arguments' labels.</summary>
    internal static string Label(Command command)
        => string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(Label).Prepend(command.Name));

    /// <summary>Prints the informational version of the Negotiation.Domain assembly: the version of the library the tool is built with.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var library = typeof(NegotiationJson).Assembly;
            var version = library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? library.GetName().Version?.ToString()
                ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return ExitCodes.Success;
        }
    }
}
