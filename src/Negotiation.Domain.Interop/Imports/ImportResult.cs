using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Interop.Imports;

/// <summary>A whole import gathered: the validated document and every note, in the order of the input.</summary>
/// <param name="Document">The parties, sanctions and sources read, as one document that keeps every rule.</param>
/// <param name="Notes">What was dropped or changed.</param>
public sealed record ImportResult(NegotiationDocument Document, IReadOnlyList<ImportNote> Notes);
