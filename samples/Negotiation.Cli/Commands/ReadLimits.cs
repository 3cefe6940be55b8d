using System.CommandLine;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Commands;

/// <summary>
/// <c>--max-errors N</c> and <c>--max-bytes N</c>, shared by every command that reads documents: the limits of
/// <see cref="NegotiationJsonOptions"/>, so that the tool can read a document larger than the default, or list more
/// of its errors, on purpose.
/// </summary>
internal sealed class ReadLimits
{
    public ReadLimits()
    {
        MaxErrors.Validators.Add(result => AtLeastOne(result, MaxErrors));
        MaxBytes.Validators.Add(result => AtLeastOne(result, MaxBytes));
    }

    public Option<int> MaxErrors { get; } = new("--max-errors")
    {
        Description = "List at most N errors per document, and count the rest.",
        HelpName = "N",
        DefaultValueFactory = _ => NegotiationJsonOptions.DefaultMaxErrors,
    };

    public Option<int> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "Refuse documents larger than N bytes, not counting whitespace between tokens.",
        HelpName = "N",
        DefaultValueFactory = _ => NegotiationJsonOptions.DefaultMaxBytes,
    };

    /// <summary>Adds both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(MaxErrors);
        command.Options.Add(MaxBytes);
    }

    /// <summary>The library's options for what the command line gave.</summary>
    public NegotiationJsonOptions From(ParseResult result)
        => new() { MaxErrors = result.GetValue(MaxErrors), MaxBytes = result.GetValue(MaxBytes) };

    private static void AtLeastOne(System.CommandLine.Parsing.OptionResult result, Option<int> option)
    {
        if (result.GetValueOrDefault<int>() < 1)
        {
            result.AddError($"{option.Name} must be at least 1.");
        }
    }
}
