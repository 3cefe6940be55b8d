using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Validation;
using OneOf;

namespace Negotiation.Domain.Interop.Imports;

/// <summary>Gathers what a streaming import gives into one validated <see cref="NegotiationDocument"/>.</summary>
public static class ImportGathering
{
    /// <summary>Reads <paramref name="records"/> to the end and makes a document of them.</summary>
    /// <param name="records">A streaming import.</param>
    /// <param name="id">The document's id.</param>
    /// <param name="title">The document's title.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The document and the notes, or the rules the records break together.</returns>
    /// <exception cref="ImportException">The import stopped at input it could not read.</exception>
    public static async Task<OneOf<ImportResult, ValidationFailure>> GatherAsync(
        IAsyncEnumerable<ImportRecord> records, NegotiationId id, string title, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var parties = new List<Party>();
        var sanctions = new List<Sanction>();
        var sources = new List<Source>();
        var notes = new List<ImportNote>();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            switch (record)
            {
                case ImportedParty p: parties.Add(p.Party); break;
                case ImportedSanction s: sanctions.Add(s.Sanction); break;
                case ImportedSource s: sources.Add(s.Source); break;
                case ImportedNote n: notes.Add(n.Note); break;
                default: throw new InvalidOperationException($"Unknown import record {record?.GetType().Name ?? "null"}.");
            }
        }

        var content = new NegotiationContent(
            Parties: EquatableArray.Create([.. parties]),
            Sanctions: EquatableArray.Create([.. sanctions]),
            Sources: EquatableArray.Create([.. sources]));
        return NegotiationDocument.Create(id, title, content).Match<OneOf<ImportResult, ValidationFailure>>(
            document => new ImportResult(document, notes),
            failure => failure);
    }
}
