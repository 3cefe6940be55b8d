using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Analysis;

/// <summary>
/// Who stands where on a subject (an agreement, a demand, a sanction, a commitment, or any record a stance can name):
/// the parties for it, against it, for it on a condition, neutral, and the parties it concerns that have said nothing.
/// </summary>
/// <param name="Subject">What the map is about.</param>
/// <param name="Support">The stances for it, in document order.</param>
/// <param name="Oppose">The stances against it, in document order.</param>
/// <param name="Conditional">The stances for it on a condition, in document order.</param>
/// <param name="Neutral">The stances that are, by their own account, neither for nor against it.</param>
/// <param name="Silent">The parties the subject concerns that hold no stance in this map, in the order they are concerned.</param>
/// <remarks>
/// <para>What counts as a stance on the subject: stances whose subject is it; for an agreement, also stances on its
/// commitments; for an agreement, a commitment, a demand or a pledge, also stances on the sanctions it would lift, with support
/// and opposition swapped (see <see cref="StakeholderStance.Position"/>).</para>
/// <para>The parties a subject concerns: for an agreement, its parties, the parties that play a role in it (a
/// mediator, a verifier) and everyone its commitments concern; for a
/// commitment, its party, the targets of its action, the authorities and targets of the sanctions it names, and the
/// parties of the demands it fulfils; for a demand, the party asking, the party asked, and those its action names; for
/// a sanction, its authority and targets; for an issue, the parties of the demands and agreements on it; for an event,
/// its parties; for a pledge, its party and those its action names; for a party or a stance, that party. A party is silent when it holds none of the map's stances: a
/// stance of a body does not speak for its state, nor a state's for its bodies.</para>
/// <para>Runs in time linear in the size of the document: one pass over its stances.</para>
/// </remarks>
public sealed record StakeholderMap(
    Reference Subject,
    EquatableArray<StakeholderStance> Support,
    EquatableArray<StakeholderStance> Oppose,
    EquatableArray<StakeholderStance> Conditional,
    EquatableArray<StakeholderStance> Neutral,
    EquatableArray<PartyId> Silent)
{
    /// <summary>Every stance in the map, in document order.</summary>
    public IEnumerable<StakeholderStance> All => Support.Concat(Oppose).Concat(Conditional).Concat(Neutral);

    /// <summary>The parties for the subject, each once, in the order of their stances.</summary>
    public IReadOnlyList<PartyId> Supporters => [.. Support.Select(s => s.Party).Distinct()];

    /// <summary>The parties against the subject, each once, in the order of their stances.</summary>
    public IReadOnlyList<PartyId> Opponents => [.. Oppose.Select(s => s.Party).Distinct()];

    /// <summary>Maps who stands where on <paramref name="subject"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="subject">The record the map is about (any id converts to a reference).</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="subject"/> is the unset default reference, or the document has no record for it (a programmer
    /// error: ask about what the document holds).
    /// </exception>
    public static StakeholderMap Of(NegotiationDocument document, Reference subject)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (subject.IsDefault)
        {
            throw new ArgumentException("The subject must be set.", nameof(subject));
        }

        if (!document.Contains(subject))
        {
            throw new ArgumentException($"The document has no record '{subject}'.", nameof(subject));
        }

        var direct = new HashSet<Reference> { subject };
        var lifted = new HashSet<Reference>();
        var concerned = new OrderedSet<PartyId>();
        Scope(document, subject, direct, lifted, concerned);

        var stances = new List<StakeholderStance>();
        var speaking = new HashSet<PartyId>();
        foreach (var stance in document.Stances)
        {
            StancePosition position;
            if (direct.Contains(stance.Subject))
            {
                position = stance.Position;
            }
            else if (lifted.Contains(stance.Subject))
            {
                position = stance.Position switch
                {
                    StancePosition.Support => StancePosition.Oppose,
                    StancePosition.Oppose => StancePosition.Support,
                    _ => stance.Position,
                };
            }
            else
            {
                continue;
            }

            var sources = stance.Attribution is { } attribution
                ? attribution.Sources.Select(id => document.Find(id)!).ToEquatableArray()
                : default;
            stances.Add(new StakeholderStance(stance, position, sources));
            speaking.Add(stance.Party);
        }

        return new StakeholderMap(
            subject,
            Where(StancePosition.Support),
            Where(StancePosition.Oppose),
            Where(StancePosition.Conditional),
            Where(StancePosition.Neutral),
            concerned.Items.Where(p => !speaking.Contains(p)).ToEquatableArray());

        EquatableArray<StakeholderStance> Where(StancePosition position) => stances.Where(s => s.Position == position).ToEquatableArray();
    }

    /// <summary>Fills in which subjects count directly, which through a lift, and which parties the subject concerns.</summary>
    private static void Scope(NegotiationDocument document, Reference subject, HashSet<Reference> direct, HashSet<Reference> lifted, OrderedSet<PartyId> concerned)
    {
        switch (subject.Kind)
        {
            case ReferenceKind.Agreement:
                var agreement = document.Find(new AgreementId(subject.Id))!;
                concerned.AddRange(agreement.Parties);
                concerned.AddRange(agreement.Roles.Select(role => role.Party));
                foreach (var commitment in agreement.Commitments)
                {
                    direct.Add(commitment.Id);
                    AddCommitment(document, commitment, lifted, concerned);
                }

                break;
            case ReferenceKind.Commitment:
                AddCommitment(document, document.Find(new CommitmentId(subject.Id))!, lifted, concerned);
                break;
            case ReferenceKind.Demand:
                var demand = document.Find(new DemandId(subject.Id))!;
                concerned.Add(demand.From);
                concerned.AddRange(demand.Addressees);
                AddAction(document, demand.Action, lifted, concerned);
                break;
            case ReferenceKind.Sanction:
                var sanction = document.Find(new SanctionId(subject.Id))!;
                concerned.Add(sanction.Authority);
                concerned.AddRange(sanction.Targets);
                break;
            case ReferenceKind.Party:
                concerned.Add(new PartyId(subject.Id));
                break;
            case ReferenceKind.Issue:
                var issue = new IssueId(subject.Id);
                foreach (var d in document.Demands.Where(d => d.Issue == issue))
                {
                    concerned.Add(d.From);
                    concerned.AddRange(d.Addressees);
                }

                foreach (var a in document.Agreements.Where(a => a.Issues.Contains(issue)))
                {
                    concerned.AddRange(a.Parties);
                }

                break;
            case ReferenceKind.Event:
                concerned.AddRange(document.Find(new EventId(subject.Id))!.Parties);
                break;
            case ReferenceKind.Stance:
                concerned.Add(document.Find(new StanceId(subject.Id))!.Party);
                break;
            case ReferenceKind.Pledge:
                var pledge = document.Find(new PledgeId(subject.Id))!;
                concerned.Add(pledge.By);
                AddAction(document, pledge.Action, lifted, concerned);
                break;
            case ReferenceKind.Recognition:
                var recognition = document.Find(new RecognitionId(subject.Id))!;
                concerned.Add(recognition.By);
                concerned.Add(recognition.Recognized);
                break;
        }
    }

    private static void AddCommitment(NegotiationDocument document, Commitment commitment, HashSet<Reference> lifted, OrderedSet<PartyId> concerned)
    {
        concerned.Add(commitment.By);
        AddAction(document, commitment.Action, lifted, concerned);
        foreach (var id in commitment.Fulfils)
        {
            var demand = document.Find(id)!;
            concerned.Add(demand.From);
            concerned.AddRange(demand.Addressees);
        }
    }

    /// <summary>The parties an action names (its targets, and the authorities and targets of its sanctions), and the sanctions it lifts.</summary>
    private static void AddAction(NegotiationDocument document, PolicyAction action, HashSet<Reference> lifted, OrderedSet<PartyId> concerned)
    {
        concerned.AddRange(action.Targets);
        foreach (var id in action.Sanctions)
        {
            var sanction = document.Find(id)!;
            concerned.Add(sanction.Authority);
            concerned.AddRange(sanction.Targets);
        }

        if (action.Kind == ActionKind.LiftSanction)
        {
            foreach (var id in action.Sanctions)
            {
                lifted.Add(id);
            }
        }
    }
}
