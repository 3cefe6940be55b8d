using System.CommandLine;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Cli.Interop;

/// <summary>
/// A format <c>negotiation import</c> reads: its command's name, what it is, the options of its own (OFAC's companion
/// files and date), and how to stream its records. The command does the rest: opening the input, progress, gathering
/// the records into a document, the notes, the errors and the exit codes.
/// </summary>
/// <param name="Name">The command's name (<c>ftm</c>).</param>
/// <param name="Description">What the format is, for help.</param>
/// <param name="Options">The format's own options, added to its command.</param>
/// <param name="Read">Streams the records of the input.</param>
internal sealed record ImportFormat(string Name, string Description, IReadOnlyList<Option> Options, Func<ImportRequest, IAsyncEnumerable<ImportRecord>> Read);
