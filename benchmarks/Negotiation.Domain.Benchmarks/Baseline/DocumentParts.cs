using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;
using OneOf;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Benchmarks.Baseline;

/// <summary>
/// A document's root as Newtonsoft.Json reads and writes it: every record is built through its constructor, so record
/// rules hold, but the document-level rules (ids unique, references resolve) are not checked until
/// <see cref="ToDocument"/>. Newtonsoft.Json reads and writes it as a plain object, which is why it has
/// settable-by-constructor members named like the format's root.
/// </summary>
public sealed record DocumentParts(
    int FormatVersion,
    NegotiationId Id,
    string Title,
    string? Description,
    EquatableArray<Party> Parties,
    EquatableArray<Issue> Issues,
    EquatableArray<Demand> Demands,
    EquatableArray<Sanction> Sanctions,
    EquatableArray<Agreement> Agreements,
    EquatableArray<Stance> Stances,
    EquatableArray<Event> Events,
    EquatableArray<Source> Sources)
{
    public static DocumentParts From(NegotiationDocument document) => new(
        NegotiationDocument.CurrentFormatVersion, document.Id, document.Title, document.Description,
        document.Parties, document.Issues, document.Demands, document.Sanctions,
        document.Agreements, document.Stances, document.Events, document.Sources);

    public NegotiationContent ToContent() => new(Parties, Issues, Demands, Sanctions, Agreements, Stances, Events, Sources);

    /// <summary>Checks the document-level rules, as the library's reader does.</summary>
    public OneOf<NegotiationDocument, ValidationFailure> ToDocument() => NegotiationDocument.Create(Id, Title, ToContent(), Description);
}
