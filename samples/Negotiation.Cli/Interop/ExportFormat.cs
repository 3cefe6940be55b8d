using Negotiation.Domain.Documents;

namespace Negotiation.Cli.Interop;

/// <summary>A format <c>negotiation export</c> writes: its command's name, what it is, and how to write a document in it.</summary>
/// <param name="Name">The command's name (<c>plover</c>).</param>
/// <param name="Description">What the format is, for help.</param>
/// <param name="Write">Writes the document to the stream and returns the notes of what it left out.</param>
internal sealed record ExportFormat(string Name, string Description, Func<NegotiationDocument, Stream, IReadOnlyList<ToolNote>> Write);
