using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Plover;

/// <summary>What a PLOVER export made of a document: its records, in the document's order, and a note for each thing left out.</summary>
/// <param name="Records">The records.</param>
/// <param name="Notes">One note for each record, or part of one, not exported or exported with something missing; the codes are in <see cref="PloverNoteCodes"/>.</param>
public sealed record PloverExportResult(IReadOnlyList<PloverRecord> Records, IReadOnlyList<ImportNote> Notes);
