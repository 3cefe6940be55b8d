using Negotiation.Domain.Agreements;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Documents;

/// <summary>Lookups by id, built once while a document is validated and kept for its queries.</summary>
internal sealed class DocumentIndex
{
    public Dictionary<PartyId, Party> Parties { get; } = [];

    public Dictionary<IssueId, Issue> Issues { get; } = [];

    public Dictionary<DemandId, Demand> Demands { get; } = [];

    public Dictionary<SanctionId, Sanction> Sanctions { get; } = [];

    public Dictionary<AgreementId, Agreement> Agreements { get; } = [];

    public Dictionary<CommitmentId, (Agreement Agreement, Commitment Commitment)> Commitments { get; } = [];

    public Dictionary<StanceId, Stance> Stances { get; } = [];

    public Dictionary<EventId, Event> Events { get; } = [];

    public Dictionary<SourceId, Source> Sources { get; } = [];

    /// <summary>Whether the record a reference names is indexed.</summary>
    public bool Contains(Reference reference) => reference.Kind switch
    {
        ReferenceKind.Party => Parties.ContainsKey(new PartyId(reference.Id)),
        ReferenceKind.Issue => Issues.ContainsKey(new IssueId(reference.Id)),
        ReferenceKind.Demand => Demands.ContainsKey(new DemandId(reference.Id)),
        ReferenceKind.Sanction => Sanctions.ContainsKey(new SanctionId(reference.Id)),
        ReferenceKind.Agreement => Agreements.ContainsKey(new AgreementId(reference.Id)),
        ReferenceKind.Commitment => Commitments.ContainsKey(new CommitmentId(reference.Id)),
        ReferenceKind.Stance => Stances.ContainsKey(new StanceId(reference.Id)),
        ReferenceKind.Event => Events.ContainsKey(new EventId(reference.Id)),
        _ => false,
    };

    /// <summary>Each party's direct subordinates: bodies and organizations whose parent it is, groups affiliated to it.</summary>
    public Dictionary<PartyId, List<PartyId>> Children { get; } = [];
}
