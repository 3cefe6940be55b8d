using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Events;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Documents;

// The questions a negotiation raises, answered from the document's index. Results keep document order.
public sealed partial class NegotiationDocument
{
    /// <summary>The party with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The party, or <see langword="null"/>.</returns>
    public Party? Find(PartyId id) => _index.Parties.GetValueOrDefault(id);

    /// <summary>The issue with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The issue, or <see langword="null"/>.</returns>
    public Issue? Find(IssueId id) => _index.Issues.GetValueOrDefault(id);

    /// <summary>The demand with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The demand, or <see langword="null"/>.</returns>
    public Demand? Find(DemandId id) => _index.Demands.GetValueOrDefault(id);

    /// <summary>The sanction with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The sanction, or <see langword="null"/>.</returns>
    public Sanction? Find(SanctionId id) => _index.Sanctions.GetValueOrDefault(id);

    /// <summary>The agreement with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The agreement, or <see langword="null"/>.</returns>
    public Agreement? Find(AgreementId id) => _index.Agreements.GetValueOrDefault(id);

    /// <summary>The commitment with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The commitment, or <see langword="null"/>.</returns>
    public Commitment? Find(CommitmentId id) => _index.Commitments.TryGetValue(id, out var found) ? found.Commitment : null;

    /// <summary>The pledge with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The pledge, or <see langword="null"/>.</returns>
    public Pledge? Find(PledgeId id) => _index.Pledges.GetValueOrDefault(id);

    /// <summary>The stance with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stance, or <see langword="null"/>.</returns>
    public Stance? Find(StanceId id) => _index.Stances.GetValueOrDefault(id);

    /// <summary>The event with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public Event? Find(EventId id) => _index.Events.GetValueOrDefault(id);

    /// <summary>The source with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The source, or <see langword="null"/>.</returns>
    public Source? Find(SourceId id) => _index.Sources.GetValueOrDefault(id);

    /// <summary>The recognition with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The recognition, or <see langword="null"/>.</returns>
    public Recognition? Find(RecognitionId id) => _index.Recognitions.GetValueOrDefault(id);

    /// <summary>The agreement a commitment belongs to, or <see langword="null"/>.</summary>
    /// <param name="id">The commitment's id.</param>
    /// <returns>The agreement, or <see langword="null"/>.</returns>
    public Agreement? AgreementOf(CommitmentId id) => _index.Commitments.TryGetValue(id, out var found) ? found.Agreement : null;

    /// <summary>Whether the record a reference names is in the document.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns><see langword="true"/> when it resolves.</returns>
    public bool Contains(Reference reference) => _index.Contains(reference);

    /// <summary>The demands <paramref name="party"/> makes of others.</summary>
    /// <param name="party">The party that asks.</param>
    /// <returns>The demands, in document order.</returns>
    public IReadOnlyList<Demand> DemandsBy(PartyId party) => [.. Demands.Where(d => d.From == party)];

    /// <summary>The demands made of <paramref name="party"/>, as the first addressee or one of the others.</summary>
    /// <param name="party">The party asked.</param>
    /// <returns>The demands, in document order.</returns>
    public IReadOnlyList<Demand> DemandsOf(PartyId party) => [.. Demands.Where(d => d.IsAddressedTo(party))];

    /// <summary>The demands <paramref name="from"/> makes of <paramref name="to"/>.</summary>
    /// <param name="from">The party that asks.</param>
    /// <param name="to">The party asked, as the first addressee or one of the others.</param>
    /// <returns>The demands, in document order.</returns>
    public IReadOnlyList<Demand> DemandsBetween(PartyId from, PartyId to) => [.. Demands.Where(d => d.From == from && d.IsAddressedTo(to))];

    /// <summary>
    /// Every party under <paramref name="party"/>: bodies and organizations whose parent chain leads to it, and
    /// groups affiliated to it or to them (the Ministry of Public Security and its institute, under China).
    /// </summary>
    /// <param name="party">The party at the top.</param>
    /// <returns>The subordinates, nearest first; not the party itself.</returns>
    public IReadOnlyList<PartyId> SubordinatesOf(PartyId party)
    {
        var result = new List<PartyId>();
        var queue = new Queue<PartyId>();
        queue.Enqueue(party);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in _index.Children.GetValueOrDefault(current) ?? [])
            {
                result.Add(child);
                queue.Enqueue(child);
            }
        }

        return result;
    }

    /// <summary>The parent chain of <paramref name="party"/>, nearest first (the institute's: the ministry, then China).</summary>
    /// <param name="party">The party.</param>
    /// <returns>Its ancestors; empty when it has no parent.</returns>
    public IReadOnlyList<PartyId> AncestorsOf(PartyId party)
    {
        var result = new List<PartyId>();
        var current = Find(party)?.ParentId;
        while (current is { } id && Find(id) is { } parent)
        {
            result.Add(id);
            current = parent.ParentId;
        }

        return result;
    }

    /// <summary>The sanctions that target <paramref name="party"/> or, unless told not to, any party under it.</summary>
    /// <param name="party">The party.</param>
    /// <param name="includeSubordinates">Whether sanctions on its bodies and organizations count too.</param>
    /// <returns>The sanctions, in document order.</returns>
    public IReadOnlyList<Sanction> SanctionsTargeting(PartyId party, bool includeSubordinates = true)
    {
        var targets = new HashSet<PartyId> { party };
        if (includeSubordinates)
        {
            targets.UnionWith(SubordinatesOf(party));
        }

        return [.. Sanctions.Where(s => s.Targets.Any(targets.Contains))];
    }

    /// <summary>The sanctions imposed by <paramref name="authority"/> or, unless told not to, any body under it.</summary>
    /// <param name="authority">The imposing party.</param>
    /// <param name="includeSubordinates">Whether sanctions imposed by its bodies count too.</param>
    /// <returns>The sanctions, in document order.</returns>
    public IReadOnlyList<Sanction> SanctionsImposedBy(PartyId authority, bool includeSubordinates = true)
    {
        var authorities = new HashSet<PartyId> { authority };
        if (includeSubordinates)
        {
            authorities.UnionWith(SubordinatesOf(authority));
        }

        return [.. Sanctions.Where(s => authorities.Contains(s.Authority))];
    }

    /// <summary>
    /// The sanctions that carry <paramref name="externalId"/> among their <see cref="Sanction.ExternalIds"/>: the
    /// sanction behind an OFAC SDN entry, an OpenSanctions id or an EU Financial Sanctions Files reference. Scheme and
    /// value compare as written (ordinally).
    /// </summary>
    /// <param name="externalId">The identifier in the other system.</param>
    /// <returns>The sanctions, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="externalId"/> is null.</exception>
    public IReadOnlyList<Sanction> SanctionsIdentifiedBy(ExternalId externalId)
    {
        ArgumentNullException.ThrowIfNull(externalId);
        return [.. Sanctions.Where(s => s.ExternalIds.Contains(externalId))];
    }

    /// <summary>The agreements <paramref name="party"/> is a party to.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The agreements, in document order.</returns>
    public IReadOnlyList<Agreement> AgreementsOf(PartyId party) => [.. Agreements.Where(a => a.Parties.Contains(party))];

    /// <summary>
    /// The unilateral pledges <paramref name="party"/> made or, when asked, any party under it made (a ministry's for
    /// its state): what it undertook outside any agreement, which no trade-off ledger counts.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="includeSubordinates">Whether the pledges of its bodies and organizations count too.</param>
    /// <returns>The pledges, in document order.</returns>
    public IReadOnlyList<Pledge> PledgesBy(PartyId party, bool includeSubordinates = false)
    {
        var by = new HashSet<PartyId> { party };
        if (includeSubordinates)
        {
            by.UnionWith(SubordinatesOf(party));
        }

        return [.. Pledges.Where(p => by.Contains(p.By))];
    }

    /// <summary>The pledges made in the context of <paramref name="agreement"/>: announced beside it, not commitments under it.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The pledges, in document order.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id.</exception>
    public IReadOnlyList<Pledge> PledgesBeside(AgreementId agreement)
    {
        Require(agreement, nameof(agreement));
        return [.. Pledges.Where(p => p.Agreement == agreement)];
    }

    /// <summary>
    /// The parts parties play in an agreement without committing to it (its mediators, guarantors, verifiers, ...),
    /// all of them or only those of one kind: <c>RolesIn(deal, RoleKind.Verifier)</c> are its verifiers.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="role">Only roles of this kind, or all when <see langword="null"/>.</param>
    /// <returns>The roles, in the agreement's order.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id, or <paramref name="role"/> is not a defined kind.</exception>
    public IReadOnlyList<AgreementRole> RolesIn(AgreementId agreement, RoleKind? role = null)
    {
        var found = Require(agreement, nameof(agreement));
        CheckRole(role);
        return [.. found.Roles.Where(r => role is null || r.Role == role)];
    }

    /// <summary>
    /// The agreements in which <paramref name="party"/> plays a role (of one kind, or any), whether or not it is a
    /// party to them: the deals the IAEA verifies, the talks Qatar mediates.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="role">Only roles of this kind, or any when <see langword="null"/>.</param>
    /// <returns>The agreements, in document order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined kind.</exception>
    public IReadOnlyList<Agreement> AgreementsWithRole(PartyId party, RoleKind? role = null)
    {
        CheckRole(role);
        return [.. Agreements.Where(a => a.Roles.Any(r => r.Party == party && (role is null || r.Role == role)))];
    }

    /// <summary>The participation steps of <paramref name="party"/> in <paramref name="agreement"/>: its signature, ratification, suspension, withdrawal, ....</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="party">The party; one that is not a party to the agreement has no steps.</param>
    /// <returns>The steps, in the agreement's order, which is their date order.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id, or <paramref name="party"/> is the <c>default</c> id.</exception>
    public IReadOnlyList<ParticipationStep> ParticipationOf(AgreementId agreement, PartyId party)
    {
        var found = Require(agreement, nameof(agreement));
        Guard.Against.DefaultId(party, nameof(party));
        return [.. found.Participation.Where(s => s.Party == party)];
    }

    /// <summary>
    /// Where <paramref name="party"/> stands in <paramref name="agreement"/> on <paramref name="date"/>, from its steps
    /// up to then (a step counts unless it is certainly after the date: a step of <c>2023</c> counts on 2023-03-01).
    /// It may differ from the agreement's status: an agreement in force may have a party that has withdrawn. A
    /// resumption returns the party to where it stood before its suspension.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="party">The party.</param>
    /// <param name="date">The date.</param>
    /// <returns>Its status; <see cref="ParticipationStatus.Unrecorded"/> when no step of it is recorded by then.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id, or <paramref name="party"/> or <paramref name="date"/> is the <c>default</c>.</exception>
    public ParticipationStatus ParticipationStatusOf(AgreementId agreement, PartyId party, PartialDate date)
    {
        var steps = ParticipationOf(agreement, party);
        Guard.Against.DefaultDate(date, nameof(date));
        var status = ParticipationStatus.Unrecorded;
        var beforeSuspension = status;
        foreach (var step in steps.TakeWhile(s => !date.IsBefore(s.Date)))
        {
            (status, beforeSuspension) = step.Step switch
            {
                ParticipationStepKind.Signature => (status == ParticipationStatus.Unrecorded ? ParticipationStatus.Signed : status, beforeSuspension),
                ParticipationStepKind.Ratification or ParticipationStepKind.Acceptance or ParticipationStepKind.Approval or ParticipationStepKind.Accession => (ParticipationStatus.Bound, beforeSuspension),
                ParticipationStepKind.Suspension => (ParticipationStatus.Suspended, status == ParticipationStatus.Suspended ? beforeSuspension : status),
                ParticipationStepKind.Resumption => (status == ParticipationStatus.Suspended ? beforeSuspension : status, beforeSuspension),
                ParticipationStepKind.NoticeOfWithdrawal => (ParticipationStatus.NoticeGiven, beforeSuspension),
                _ => (ParticipationStatus.Withdrawn, beforeSuspension),
            };
        }

        return status;
    }

    /// <summary>
    /// Whether <paramref name="party"/> takes part in <paramref name="agreement"/> as a bound participant on
    /// <paramref name="date"/>: bound and not suspended, notice of withdrawal or not (<see cref="ParticipationStatusOf"/>).
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="party">The party.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when its status is <see cref="ParticipationStatus.Bound"/> or <see cref="ParticipationStatus.NoticeGiven"/>.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id, or <paramref name="party"/> or <paramref name="date"/> is the <c>default</c>.</exception>
    public bool IsParticipating(AgreementId agreement, PartyId party, PartialDate date)
        => ParticipationStatusOf(agreement, party, date) is ParticipationStatus.Bound or ParticipationStatus.NoticeGiven;

    private static void CheckRole(RoleKind? role)
    {
        if (role is { } kind)
        {
            Guard.Against.UndefinedEnumValue(kind, nameof(role));
        }
    }

    /// <summary>
    /// What an agreement would make each of its parties do: its commitments, grouped by party in the agreement's order
    /// of parties. A commitment by a member of a coalition that is a party (directly or through coalitions in it) is
    /// the coalition's: the first such coalition's, in the agreement's order.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>For each party, its commitments and its members' (empty for a party that commits to nothing).</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id (a programmer error: ask about what the document holds).</exception>
    public IReadOnlyDictionary<PartyId, IReadOnlyList<Commitment>> CommitmentsByParty(AgreementId agreement)
    {
        var found = Require(agreement, nameof(agreement));
        var byParty = found.Parties.ToDictionary(party => party, _ => new List<Commitment>());
        foreach (var commitment in found.Commitments)
        {
            byParty[SideOf(found, commitment.By)!.Value].Add(commitment);
        }

        return found.Parties.ToDictionary(party => party, party => (IReadOnlyList<Commitment>)byParty[party]);
    }

    /// <summary>
    /// The party to <paramref name="agreement"/> that <paramref name="party"/> commits as: itself when it is one, else
    /// the first coalition among the agreement's parties that it belongs to; <see langword="null"/> when neither (for
    /// a commitment's party, never: the document rules refuse it).
    /// </summary>
    internal PartyId? SideOf(Agreement agreement, PartyId party)
        => agreement.Parties.Contains(party) ? party : DocumentValidator.CoalitionCommittingFor(agreement, party, _index);

    /// <summary>The sanctions an agreement would lift: those named by its lift-sanction commitments.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The sanctions, in the order the commitments name them.</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id.</exception>
    public IReadOnlyList<Sanction> SanctionsLiftedBy(AgreementId agreement)
    {
        var found = Require(agreement, nameof(agreement));
        return [.. found.Commitments
            .Where(c => c.Action.Kind == Actions.ActionKind.LiftSanction)
            .SelectMany(c => c.Action.Sanctions)
            .Distinct()
            .Select(id => _index.Sanctions[id])];
    }

    /// <summary>The stances taken on <paramref name="subject"/>, optionally only those of one position.</summary>
    /// <param name="subject">What the stances are about (any id converts to a reference).</param>
    /// <param name="position">Only this position, or all when <see langword="null"/>.</param>
    /// <returns>The stances, in document order.</returns>
    public IReadOnlyList<Stance> StancesOn(Reference subject, StancePosition? position = null)
        => [.. Stances.Where(s => s.Subject == subject && (position is null || s.Position == position))];

    /// <summary>The parties that oppose <paramref name="subject"/>.</summary>
    /// <param name="subject">What they oppose (any id converts to a reference).</param>
    /// <returns>The parties, in the order of their stances, each once.</returns>
    public IReadOnlyList<Party> OpponentsOf(Reference subject)
        => [.. StancesOn(subject, StancePosition.Oppose).Select(s => s.Party).Distinct().Select(id => _index.Parties[id])];

    /// <summary>
    /// The instruments that make up the deal <paramref name="agreement"/> belongs to: itself and every agreement linked
    /// to it (<see cref="Agreement.Links"/>), directly or through others, whichever of the two holds the link, in document
    /// order. An agreement with no links is a deal of one instrument.
    /// </summary>
    /// <param name="agreement">An agreement of this document.</param>
    /// <returns>The deal's agreements, at least the one given.</returns>
    /// <exception cref="ArgumentException">The document has no agreement <paramref name="agreement"/>.</exception>
    public IReadOnlyList<Agreement> InstrumentsOf(AgreementId agreement)
    {
        Require(agreement, nameof(agreement));

        // Links are held by one side; the deal is the connected part of the graph they make, read both ways.
        var neighbours = new Dictionary<AgreementId, List<AgreementId>>();
        foreach (var holder in Agreements)
        {
            foreach (var link in holder.Links)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(neighbours, holder.Id, out _) ??= []).Add(link.Agreement);
                (CollectionsMarshal.GetValueRefOrAddDefault(neighbours, link.Agreement, out _) ??= []).Add(holder.Id);
            }
        }

        var deal = new HashSet<AgreementId> { agreement };
        var pending = new Stack<AgreementId>([agreement]);
        while (pending.TryPop(out var current))
        {
            foreach (var next in neighbours.GetValueOrDefault(current) ?? [])
            {
                if (deal.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return [.. Agreements.Where(a => deal.Contains(a.Id))];
    }

    /// <summary>
    /// The agreement with this id, for a call that needs one: an id the document does not hold is the caller's mistake,
    /// an <see cref="ArgumentException"/> that names the caller's parameter (never a <see cref="KeyNotFoundException"/>).
    /// </summary>
    internal Agreement Require(AgreementId agreement, string parameterName)
        => Find(Guard.Against.DefaultId(agreement, parameterName))
            ?? throw new ArgumentException($"The document has no agreement '{agreement}'.", parameterName);

    /// <summary>
    /// Where each party stands now on recognising <paramref name="party"/>: for each party that has taken a position
    /// and each type (as a state, as a government), its latest recognition record, whether it recognises, does not,
    /// or has withdrawn recognition. Latest is by date in the order partial dates sort (<c>2020</c> before
    /// <c>2020-05</c>), an undated record before every dated one of the same pair, and document order between records
    /// of the same date.
    /// </summary>
    /// <param name="party">The party recognised, or not.</param>
    /// <param name="type">Only recognition as this, or both when <see langword="null"/>.</param>
    /// <returns>The records that stand, in document order.</returns>
    public IReadOnlyList<Recognition> RecognitionOf(PartyId party, RecognitionType? type = null)
    {
        var latest = new Dictionary<(PartyId By, RecognitionType Type), Recognition>();
        foreach (var recognition in Recognitions)
        {
            if (recognition.Recognized != party || (type is { } only && recognition.Type != only))
            {
                continue;
            }

            var key = (recognition.By, recognition.Type);
            if (!latest.TryGetValue(key, out var standing) || !StillStands(standing.Date, recognition.Date))
            {
                latest[key] = recognition;
            }
        }

        return [.. Recognitions.Where(r => latest.TryGetValue((r.By, r.Type), out var standing) && ReferenceEquals(standing, r))];

        // Whether a record dated `standing` still stands once one dated `next`, later in the document, is read: only if
        // it is dated and the next one is undated or dated before it.
        static bool StillStands(PartialDate? standing, PartialDate? next) => standing is { } s && (next is not { } n || n < s);
    }

    /// <summary>Who recognises <paramref name="party"/> now, and as what: the parties whose latest record (see <see cref="RecognitionOf"/>) recognises it.</summary>
    /// <param name="party">The party recognised.</param>
    /// <param name="type">Only recognition as this, or both when <see langword="null"/>.</param>
    /// <returns>Each recognising party with what it recognises the party as, in document order.</returns>
    public IReadOnlyList<(PartyId By, RecognitionType As)> RecognizersOf(PartyId party, RecognitionType? type = null)
        => [.. RecognitionOf(party, type).Where(r => r.Position == RecognitionPosition.Recognizes).Select(r => (r.By, r.Type))];

    /// <summary>The events in date order (events on the same partial date keep document order).</summary>
    /// <returns>The timeline.</returns>
    public IReadOnlyList<Event> Timeline() => [.. Events.OrderBy(e => e.Date)];
}
