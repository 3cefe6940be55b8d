using Ardalis.GuardClauses;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Events;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
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

    /// <summary>The demands made of <paramref name="party"/>.</summary>
    /// <param name="party">The party asked.</param>
    /// <returns>The demands, in document order.</returns>
    public IReadOnlyList<Demand> DemandsOf(PartyId party) => [.. Demands.Where(d => d.To == party)];

    /// <summary>The demands <paramref name="from"/> makes of <paramref name="to"/>.</summary>
    /// <param name="from">The party that asks.</param>
    /// <param name="to">The party asked.</param>
    /// <returns>The demands, in document order.</returns>
    public IReadOnlyList<Demand> DemandsBetween(PartyId from, PartyId to) => [.. Demands.Where(d => d.From == from && d.To == to)];

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

    /// <summary>The agreements <paramref name="party"/> is a party to.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The agreements, in document order.</returns>
    public IReadOnlyList<Agreement> AgreementsOf(PartyId party) => [.. Agreements.Where(a => a.Parties.Contains(party))];

    /// <summary>What an agreement would make each of its parties do: its commitments, grouped by party in the agreement's order of parties.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>For each party, its commitments (empty for a party that commits to nothing).</returns>
    /// <exception cref="ArgumentException">No agreement of the document has that id (a programmer error: ask about what the document holds).</exception>
    public IReadOnlyDictionary<PartyId, IReadOnlyList<Commitment>> CommitmentsByParty(AgreementId agreement)
    {
        var found = Require(agreement, nameof(agreement));
        var result = new Dictionary<PartyId, IReadOnlyList<Commitment>>();
        foreach (var party in found.Parties)
        {
            result[party] = [.. found.Commitments.Where(c => c.By == party)];
        }

        return result;
    }

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
