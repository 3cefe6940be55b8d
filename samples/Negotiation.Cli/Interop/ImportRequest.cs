using System.CommandLine;
using Negotiation.Cli.Input;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Cli.Interop;

/// <summary>What an import format is given to read: the open input, its path, the options of the command line, and the format's own options' values.</summary>
/// <param name="Input">The input, open (a file, or standard input for <c>-</c>); the command closes it.</param>
/// <param name="Path">The PATH given (<c>-</c> for standard input), for a format that opens companion files beside it.</param>
/// <param name="Options">Bad lines, line length and progress, from the command line.</param>
/// <param name="Parsed">The parsed command line, for the values of the format's own options.</param>
internal sealed record ImportRequest(Stream Input, string Path, ImportOptions Options, ParseResult Parsed)
{
    /// <summary>Opens another file the format reads (a companion file), which the format closes.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The open file.</returns>
    /// <exception cref="UnreadableInputException">It can't be opened; the message says why.</exception>
    public static FileStream Open(string path)
    {
        var name = PrintableText.Escape(path);
        try
        {
            if (Directory.Exists(path))
            {
                throw new UnreadableInputException($"cannot read {name}: it is a directory");
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UnreadableInputException($"cannot read {name}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UnreadableInputException($"cannot read {name}: permission denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            throw new UnreadableInputException($"cannot read {name}: {PrintableText.Escape(e.Message)}");
        }
    }
}
