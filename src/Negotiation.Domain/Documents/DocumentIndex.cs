using System.Runtime.CompilerServices;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Recognitions;
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

    public Dictionary<MilestoneId, (Agreement Agreement, Milestone Milestone)> Milestones { get; } = [];

    public Dictionary<PledgeId, Pledge> Pledges { get; } = [];

    public Dictionary<StanceId, Stance> Stances { get; } = [];

    public Dictionary<EventId, Event> Events { get; } = [];

    public Dictionary<SourceId, Source> Sources { get; } = [];

    public Dictionary<RecognitionId, Recognition> Recognitions { get; } = [];

    /// <summary>Whether the record a reference names is indexed.</summary>
    /// <summary>Whether a record of the id's kind has the id.</summary>
    public bool Contains<TId>(TId id)
        where TId : struct, ISlugId<TId>
    {
        // The type tests fold away when the method is compiled for each id type.
        if (typeof(TId) == typeof(PartyId)) { return Parties.ContainsKey(Unsafe.As<TId, PartyId>(ref id)); }
        if (typeof(TId) == typeof(IssueId)) { return Issues.ContainsKey(Unsafe.As<TId, IssueId>(ref id)); }
        if (typeof(TId) == typeof(DemandId)) { return Demands.ContainsKey(Unsafe.As<TId, DemandId>(ref id)); }
        if (typeof(TId) == typeof(SanctionId)) { return Sanctions.ContainsKey(Unsafe.As<TId, SanctionId>(ref id)); }
        if (typeof(TId) == typeof(AgreementId)) { return Agreements.ContainsKey(Unsafe.As<TId, AgreementId>(ref id)); }
        if (typeof(TId) == typeof(CommitmentId)) { return Commitments.ContainsKey(Unsafe.As<TId, CommitmentId>(ref id)); }
        if (typeof(TId) == typeof(MilestoneId)) { return Milestones.ContainsKey(Unsafe.As<TId, MilestoneId>(ref id)); }
        if (typeof(TId) == typeof(PledgeId)) { return Pledges.ContainsKey(Unsafe.As<TId, PledgeId>(ref id)); }
        if (typeof(TId) == typeof(StanceId)) { return Stances.ContainsKey(Unsafe.As<TId, StanceId>(ref id)); }
        if (typeof(TId) == typeof(EventId)) { return Events.ContainsKey(Unsafe.As<TId, EventId>(ref id)); }
        if (typeof(TId) == typeof(SourceId)) { return Sources.ContainsKey(Unsafe.As<TId, SourceId>(ref id)); }
        if (typeof(TId) == typeof(RecognitionId)) { return Recognitions.ContainsKey(Unsafe.As<TId, RecognitionId>(ref id)); }
        throw new ArgumentException($"No record of the document is identified by a {TId.KindName} id.", nameof(id));
    }

    /// <summary>The kinds of the records that have the id, to say what a reference of the wrong kind points at.</summary>
    public List<string> KindsOf(string id)
    {
        var kinds = new List<string>();
        if (!Slug.IsValid(id))
        {
            return kinds;
        }

        Add(Parties.ContainsKey(new PartyId(id)), PartyId.KindName);
        Add(Issues.ContainsKey(new IssueId(id)), IssueId.KindName);
        Add(Demands.ContainsKey(new DemandId(id)), DemandId.KindName);
        Add(Sanctions.ContainsKey(new SanctionId(id)), SanctionId.KindName);
        Add(Agreements.ContainsKey(new AgreementId(id)), AgreementId.KindName);
        Add(Commitments.ContainsKey(new CommitmentId(id)), CommitmentId.KindName);
        Add(Milestones.ContainsKey(new MilestoneId(id)), MilestoneId.KindName);
        Add(Pledges.ContainsKey(new PledgeId(id)), PledgeId.KindName);
        Add(Stances.ContainsKey(new StanceId(id)), StanceId.KindName);
        Add(Events.ContainsKey(new EventId(id)), EventId.KindName);
        Add(Sources.ContainsKey(new SourceId(id)), SourceId.KindName);
        Add(Recognitions.ContainsKey(new RecognitionId(id)), RecognitionId.KindName);
        return kinds;

        void Add(bool found, string kind)
        {
            if (found)
            {
                kinds.Add(kind);
            }
        }
    }

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
        ReferenceKind.Pledge => Pledges.ContainsKey(new PledgeId(reference.Id)),
        ReferenceKind.Recognition => Recognitions.ContainsKey(new RecognitionId(reference.Id)),
        _ => false,
    };

    /// <summary>Each party's direct subordinates: bodies and organizations whose parent it is, groups affiliated to it.</summary>
    public Dictionary<PartyId, List<PartyId>> Children { get; } = [];
}
