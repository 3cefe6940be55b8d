using Negotiation.Domain.Agreements;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
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

    /// <summary>Each party's direct subordinates: bodies and organizations whose parent it is, groups affiliated to it.</summary>
    public Dictionary<PartyId, List<PartyId>> Children { get; } = [];
}
