using Negotiation.Domain.Documents;

namespace Negotiation.Cli.Interop;

/// <summary>A list <c>negotiation listed</c> read: where from, in which format, the document it makes, and the notes of its import.</summary>
/// <param name="Name">The path given, escaped for messages.</param>
/// <param name="Format">Its format, one of <see cref="ListFormats.Names"/>.</param>
/// <param name="Document">The list as a document; its id is unique among the lists read.</param>
/// <param name="Notes">What its import dropped or changed (none for a document).</param>
internal sealed record LoadedList(string Name, string Format, NegotiationDocument Document, IReadOnlyList<ToolNote> Notes);
