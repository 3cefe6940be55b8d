using System.CommandLine;
using System.CommandLine.Invocation;

namespace Negotiation.Cli;

/// <summary>
/// <c>--help</c> for every command: what it does, how to call it (<c>negotiation brief [FILE] [options]</c>, an
/// optional argument in brackets, a repeatable one with <c>...</c>), its arguments, its options with their defaults,
/// and its commands. Written by the tool because System.CommandLine 2.0 keeps the layout of its own help internal.
/// </summary>
internal sealed class HelpWriter : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var output = parseResult.InvocationConfiguration.Output;

        if (!string.IsNullOrEmpty(command.Description))
        {
            output.WriteLine("Description:");
            output.WriteLine($"  {command.Description}");
            output.WriteLine();
        }

        var usage = new List<string> { ToolCommandLine.PathOf(command) };
        usage.AddRange(command.Arguments.Where(a => !a.Hidden).Select(ToolCommandLine.Label));
        if (command.Subcommands.Count > 0)
        {
            usage.Add("COMMAND");
        }

        usage.Add("[options]");
        output.WriteLine("Usage:");
        output.WriteLine($"  {string.Join(' ', usage)}");

        Section(output, "Arguments", command.Arguments.Where(a => !a.Hidden).Select(a => (ToolCommandLine.Label(a), a.Description ?? string.Empty)));
        Section(output, "Options", OptionsOf(command).Select(o => (Label(o), Describe(o))));
        Section(output, "Commands", command.Subcommands.Where(c => !c.Hidden).Select(c => (ToolCommandLine.Label(c), c.Description ?? string.Empty)));
        return ExitCodes.Success;
    }

    /// <summary>The command's own options, then those of its parents that apply to it too (<c>--help</c>).</summary>
    private static IEnumerable<Option> OptionsOf(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        }

        return options;
    }

    /// <summary><c>-h, --help</c>; <c>--max-bytes N</c>: the aliases, shortest first, and the value's name.</summary>
    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Append(option.Name).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        return option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? names : $"{names} {option.HelpName ?? "VALUE"}";
    }

    private static string Describe(Option option)
    {
        var description = option.Description ?? string.Empty;
        return option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value
            ? $"{description} [default: {value}]"
            : description;
    }

    private static void Section(TextWriter output, string title, IEnumerable<(string First, string Second)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var width = list.Max(r => r.First.Length) + 2;
        output.WriteLine();
        output.WriteLine($"{title}:");
        foreach (var (first, second) in list)
        {
            output.WriteLine($"  {first.PadRight(width)}{second}".TrimEnd());
        }
    }
}
