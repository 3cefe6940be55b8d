using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Analysis;

/// <summary>
/// The trade-off an agreement is: for each party, what it gives and what it gets; the commitments given in return for
/// others (the quid pro quo); and who supports or opposes it.
/// </summary>
/// <param name="Agreement">The agreement.</param>
/// <param name="Parties">One entry per party to the agreement, in the agreement's order of parties.</param>
/// <param name="QuidProQuos">The conditional commitments of the agreement, each with the commitment it is given for, in the agreement's order.</param>
/// <param name="Stakeholders">Who stands where on the agreement, its commitments and the sanctions it would lift.</param>
/// <example>
/// <code>
/// var ledger = TradeOffLedger.Of(document, new AgreementId("us-cn-fentanyl-deal"));
/// foreach (var entry in ledger.Parties)
/// {
///     Console.WriteLine($"{entry.Party} gives {entry.Commitments.Count} commitments, gets {entry.CommitmentsReceived.Count}");
/// }
/// </code>
/// </example>
public sealed record TradeOffLedger(
    Agreement Agreement,
    EquatableArray<PartyLedger> Parties,
    EquatableArray<QuidProQuo> QuidProQuos,
    StakeholderMap Stakeholders)
{
    /// <summary>The entry of one party.</summary>
    /// <param name="party">A party to the agreement.</param>
    /// <returns>Its entry.</returns>
    /// <exception cref="ArgumentException">The party is not a party to the agreement.</exception>
    public PartyLedger For(PartyId party)
        => Parties.FirstOrDefault(p => p.Party == party) ?? throw new ArgumentException($"'{party}' is not a party to agreement '{Agreement.Id}'.", nameof(party));

    /// <summary>Draws up the ledger of an agreement.</summary>
    /// <param name="document">The document.</param>
    /// <param name="agreement">The agreement's id.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">No agreement of the document has that id (a programmer error, as with <see cref="NegotiationDocument.CommitmentsByParty"/>).</exception>
    /// <remarks>Runs in time linear in the size of the document: one pass over its demands and one over its stances.</remarks>
    public static TradeOffLedger Of(NegotiationDocument document, AgreementId agreement)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = document.Require(agreement, nameof(agreement));
        var parties = found.Parties.ToHashSet();
        var byParty = document.CommitmentsByParty(agreement);

        var received = parties.ToDictionary(p => p, _ => new List<Commitment>());
        var met = parties.ToDictionary(p => p, _ => new List<Demand>());
        var metIds = new HashSet<DemandId>();

        // Who asked for each commitment as the price of their own: a party whose commitment is conditional on another
        // gets that other commitment, whatever else the data says (the quid pro quo is what it gets).
        // A member of a coalition that is a party commits as the coalition, which gives it and gets the return.
        var conditionedBy = new Dictionary<CommitmentId, List<PartyId>>();
        foreach (var commitment in found.Commitments)
        {
            foreach (var condition in commitment.ConditionalOn)
            {
                conditionedBy.TryAdd(condition, []);
                conditionedBy[condition].Add(document.SideOf(found, commitment.By)!.Value);
            }
        }

        foreach (var commitment in found.Commitments)
        {
            // Who this commitment is for: the parties whose demands it meets, the parties it is aimed at, and the
            // parties whose own commitments are conditional on it.
            var beneficiaries = new OrderedSet<PartyId>();
            foreach (var id in commitment.Fulfils)
            {
                var demand = document.Find(id)!;
                if (PartyOf(document, found, demand.From, parties) is { } asker)
                {
                    beneficiaries.Add(asker);
                    if (metIds.Add(id))
                    {
                        met[asker].Add(demand);
                    }
                }
            }

            foreach (var target in AimedAt(document, commitment.Action))
            {
                if (PartyOf(document, found, target, parties) is { } party)
                {
                    beneficiaries.Add(party);
                }
            }

            foreach (var party in conditionedBy.GetValueOrDefault(commitment.Id) ?? [])
            {
                beneficiaries.Add(party);
            }

            var giver = document.SideOf(found, commitment.By);
            foreach (var party in beneficiaries.Items.Where(p => p != giver))
            {
                received[party].Add(commitment);
            }
        }

        var dropped = DemandsDropped(document, found, parties);
        var entries = found.Parties
            .Select(p => new PartyLedger(
                p,
                byParty[p].ToEquatableArray(),
                SanctionsLifted(document, byParty[p]),
                dropped[p].ToEquatableArray(),
                received[p].ToEquatableArray(),
                met[p].ToEquatableArray()))
            .ToEquatableArray();

        return new TradeOffLedger(found, entries, QuidProQuosOf(document, found), StakeholderMap.Of(document, agreement));
    }

    /// <summary>
    /// The party itself if it is one of <paramref name="parties"/>, else its nearest ancestor that is, else the first
    /// coalition among them that it (or, failing that, its nearest ancestor that is in one) belongs to, else none.
    /// </summary>
    private static PartyId? PartyOf(NegotiationDocument document, Agreement agreement, PartyId party, HashSet<PartyId> parties)
    {
        if (parties.Contains(party))
        {
            return party;
        }

        var ancestors = document.AncestorsOf(party);
        foreach (var ancestor in ancestors)
        {
            if (parties.Contains(ancestor))
            {
                return ancestor;
            }
        }

        if (document.SideOf(agreement, party) is { } coalition)
        {
            return coalition;
        }

        foreach (var ancestor in ancestors)
        {
            if (document.SideOf(agreement, ancestor) is { } through)
            {
                return through;
            }
        }

        return null;
    }

    /// <summary>
    /// The parties an action is for: its beneficiaries when it names them; otherwise the parties it is aimed at, its
    /// targets and the targets of the sanctions it lifts.
    /// </summary>
    private static IEnumerable<PartyId> AimedAt(NegotiationDocument document, PolicyAction action)
    {
        if (!action.Beneficiaries.IsEmpty)
        {
            return action.Beneficiaries;
        }

        var targets = action.Targets.AsEnumerable();
        if (action.Kind == ActionKind.LiftSanction)
        {
            targets = targets.Concat(action.Sanctions.SelectMany(id => document.Find(id)!.Targets));
        }

        return targets;
    }

    private static EquatableArray<Sanction> SanctionsLifted(NegotiationDocument document, IReadOnlyList<Commitment> commitments)
        => commitments
            .Where(c => c.Action.Kind == ActionKind.LiftSanction)
            .SelectMany(c => c.Action.Sanctions)
            .Distinct()
            .Select(id => document.Find(id)!)
            .ToEquatableArray();

    private static Dictionary<PartyId, List<Demand>> DemandsDropped(NegotiationDocument document, Agreement agreement, HashSet<PartyId> parties)
    {
        var deal = new HashSet<Reference> { agreement.Id };
        deal.UnionWith(agreement.Commitments.Select(c => (Reference)c.Id));
        var dropped = parties.ToDictionary(p => p, _ => new List<Demand>());
        foreach (var demand in document.Demands)
        {
            if (demand.Status == DemandStatus.Withdrawn
                && (demand.InExchangeFor.Any(deal.Contains) || (demand.Response?.Grounds.Any(deal.Contains) ?? false))
                && PartyOf(document, agreement, demand.From, parties) is { } party)
            {
                dropped[party].Add(demand);
            }
        }

        return dropped;
    }

    private static EquatableArray<QuidProQuo> QuidProQuosOf(NegotiationDocument document, Agreement agreement)
    {
        var position = new Dictionary<CommitmentId, int>();
        for (var i = 0; i < agreement.Commitments.Count; i++)
        {
            position[agreement.Commitments[i].Id] = i;
        }

        var pairs = new List<QuidProQuo>();
        for (var i = 0; i < agreement.Commitments.Count; i++)
        {
            var commitment = agreement.Commitments[i];
            foreach (var condition in commitment.ConditionalOn)
            {
                var other = document.Find(condition)!;
                var mutual = other.ConditionalOn.Contains(commitment.Id);

                // The other half of a mutual pair within the agreement was listed with the commitment that comes first.
                if (mutual && position.TryGetValue(condition, out var j) && j < i)
                {
                    continue;
                }

                pairs.Add(new QuidProQuo(commitment, other, mutual));
            }
        }

        return pairs.ToEquatableArray();
    }
}
