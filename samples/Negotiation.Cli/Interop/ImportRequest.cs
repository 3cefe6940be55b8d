using System.CommandLine;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Cli.Interop;

/// <summary>What an import format is given to read: the open input, its path, the options of the command line, and the format's own options' values.</summary>
/// <param name="Input">The input, open (a file, or standard input for <c>-</c>); the command closes it.</param>
/// <param name="Path">The PATH given (<c>-</c> for standard input), for a format that opens companion files beside it.</param>
/// <param name="Options">Bad lines, line length and progress, from the command line.</param>
/// <param name="Parsed">The parsed command line, for the values of the format's own options.</param>
internal sealed record ImportRequest(Stream Input, string Path, ImportOptions Options, ParseResult Parsed);
