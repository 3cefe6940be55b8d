using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Bargaining.Formats;
using System.CommandLine;
using System.Text;
using Negotiation.Cli.Bargaining;
using Negotiation.Cli.Input;
using Negotiation.Domain.Bargaining;

namespace Negotiation.Cli.Commands;

/// <summary>
/// <c>negotiation bargain [FILE] [--svg out.svg] [--json]</c>: analyses the bargaining section of a document (the
/// built-in example's with no FILE and nothing piped in, as <see cref="DocumentArgument"/> says) and prints the report,
/// or the whole result as JSON; with <c>--svg</c>, also writes the picture of the utility space.
/// </summary>
/// <remarks>
/// Exit codes as for every command: 0 done; 1 the document is invalid, has no bargaining section, or can't be analysed
/// (the frontier grew past its cap, fewer than two parties have preferences); 2 a usage error, or a file that can't be
/// read or written. The analysis takes a <see cref="BargainingInput"/>: a source of another format (an importer) makes
/// one and calls <see cref="Run"/>, and nothing else changes.
/// </remarks>
internal static class BargainCommand
{
    public static Command Create()
    {
        var file = DocumentArgument.Create();
        var svg = new Option<string?>("--svg") { Description = "Also write a picture of the utility space (outcomes, frontier, reservations, solutions, agreements) to this SVG file.", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print the whole result as JSON instead of the report." };
        var genius = new Option<string[]>("--genius")
        {
            Description = "Analyse GENIUS files instead of a document: the domain XML, then one profile XML per party (each party named after its file).",
            HelpName = "DOMAIN PROFILE...",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var geniusWeb = new Option<string[]>("--geniusweb")
        {
            Description = "Analyse GeniusWeb profiles (LinearAdditiveUtilitySpace JSON) instead of a document, one per party (each party named after its file).",
            HelpName = "PROFILE...",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var limits = new ReadLimits();
        var command = new Command("bargain", "Analyse the document's bargaining section: the Pareto frontier, the zone of agreement, the Nash, Kalai–Smorodinsky, nearest-diagonal, egalitarian and utilitarian solutions, and each agreement against them.") { file, svg, json, genius, geniusWeb };
        limits.AddTo(command);
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var picture = result.GetValue(svg);
            if (picture is { Length: 0 })
            {
                return ToolCommandLine.UsageError(error, command, "--svg needs a file name");
            }

            var files = (Genius: result.GetValue(genius), Web: result.GetValue(geniusWeb));
            if (files.Genius is { Length: > 0 } || files.Web is { Length: > 0 })
            {
                if (result.GetValue(file) is not null || (files.Genius is { Length: > 0 } && files.Web is { Length: > 0 }))
                {
                    return ToolCommandLine.UsageError(error, command, "give a document, --genius files or --geniusweb files: one of them");
                }

                return Imported(files.Genius is { Length: > 0 } ? ("genius", files.Genius) : ("geniusweb", files.Web!), command, picture, result.GetValue(json), output, error);
            }

            if (!DocumentArgument.TryRead(result.GetValue(file), limits.From(result), error, out var document, out var name, out var isExample, out var exit))
            {
                return exit;
            }

            if (BargainingInput.FromDocument(name, document) is not { } input)
            {
                error.WriteLine($"{name}: no bargaining section: the document has no $.bargaining to analyse");
                return ExitCodes.Invalid;
            }

            if (isExample)
            {
                // JSON has no comments: there, the note goes to standard error, and standard output stays one document.
                (result.GetValue(json) ? error : output).WriteLine(DocumentArgument.ExampleNote);
            }

            return Run(input, picture, result.GetValue(json), output, error);
        });
        return command;
    }

    /// <summary>
    /// Reads GENIUS or GeniusWeb files into a domain, each profile's party named after its file
    /// (<c>us-profile.xml</c> is the party <c>us-profile</c>), and analyses it.
    /// </summary>
    private static int Imported((string Format, string[] Paths) files, Command command, string? picture, bool json, TextWriter output, TextWriter error)
    {
        var (format, paths) = files;
        if (format == "genius" && paths.Length < 2)
        {
            return ToolCommandLine.UsageError(error, command, "--genius needs the domain file and at least one profile");
        }

        var profilePaths = format == "genius" ? paths[1..] : paths;
        var parties = new List<PartyId>();
        foreach (var path in profilePaths)
        {
            var slug = System.Text.RegularExpressions.Regex.Replace(Path.GetFileNameWithoutExtension(path).ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
            if (!Slug.IsValid(slug) || parties.Contains(new PartyId(slug)))
            {
                return ToolCommandLine.UsageError(error, command, $"cannot name a party after {PrintableText.Escape(path)}: rename the file (letters, digits and hyphens; each file a different name)");
            }

            parties.Add(new PartyId(slug));
        }

        var streams = new List<Stream>();
        try
        {
            foreach (var path in paths)
            {
                streams.Add(File.OpenRead(path));
            }

            var profiles = parties.Select((party, i) => (party, streams[format == "genius" ? i + 1 : i])).ToList();
            var imported = format == "genius" ? GeniusXml.Import(streams[0], profiles) : GeniusWebJson.Import(profiles);
            if (imported.TryPickT1(out var failure, out var domain))
            {
                error.WriteLine(PrintableText.Escape(failure.ToString()));
                return ExitCodes.Invalid;
            }

            var input = new BargainingInput(string.Join(", ", paths.Select(Path.GetFileName)), domain, parties.ToDictionary(p => p, p => p.Value), new Dictionary<AgreementId, string>());
            return Run(input, picture, json, output, error);
        }
        catch (IOException e)
        {
            error.WriteLine($"cannot read a file: {PrintableText.Escape(e.Message)}");
            return ExitCodes.Invalid;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"cannot read a file: {PrintableText.Escape(e.Message)}");
            return ExitCodes.Invalid;
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    /// <summary>Analyses an input, prints the report or the JSON, and writes the picture when asked.</summary>
    public static int Run(BargainingInput input, string? svgPath, bool json, TextWriter output, TextWriter error)
    {
        var analysed = BargainingAnalysis.Analyse(input.Domain);
        if (analysed.TryPickT1(out var failure, out var result))
        {
            foreach (var e in failure.Errors)
            {
                error.WriteLine($"{input.Name}: {e.Code}: {e.Path}: {e.Message}");
            }

            return ExitCodes.Invalid;
        }

        if (json)
        {
            BargainingJsonWriter.Write(input, result, output);
        }
        else
        {
            new BargainingReport(input, result, output).Write();
        }

        if (svgPath is null)
        {
            return ExitCodes.Success;
        }

        try
        {
            var names = result.Parties.ToDictionary(p => p, input.NameOf);
            File.WriteAllText(svgPath, UtilitySpaceSvg.Write(result, new UtilitySpaceSvgOptions { PartyNames = names }), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"negotiation: cannot write {PrintableText.Escape(svgPath)}: {PrintableText.Escape(e.Message)}");
            return ExitCodes.Usage;
        }
    }
}
