using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// What a diagram of a document shows, worked out once for both writers so that DOT and Mermaid draw the same thing:
/// the parties as a forest grouped by state, and an edge per demand, sanction target and commitment, in document order.
/// </summary>
internal sealed class DiagramModel
{
    private DiagramModel(string title, List<DiagramParty> roots, List<DiagramEdge> edges)
    {
        Title = title;
        Roots = roots;
        Edges = edges;
    }

    public string Title { get; }

    /// <summary>The parties grouped under no other, in document order, each with those grouped under it.</summary>
    public List<DiagramParty> Roots { get; }

    public List<DiagramEdge> Edges { get; }

    /// <remarks>Linear in the size of the document, with the linkage graph built once for the highlights.</remarks>
    public static DiagramModel Of(NegotiationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var linkage = LinkageGraph.Of(document);
        var tradedSanctions = linkage.TradeOffs.SelectMany(t => t.Sanctions).ToHashSet();
        var edges = new List<DiagramEdge>();

        foreach (var demand in document.Demands)
        {
            foreach (var to in demand.Addressees)
            {
                edges.Add(new(demand.From, to, demand.Id, DiagramEdgeKind.Demand, $"demand: {ActionText(document, demand.Action)}\n[{demand.Status}]", Claims.IsUncertain(demand.Attribution), linkage.IsOnCycle(demand.Id)));
            }
        }

        foreach (var sanction in document.Sanctions)
        {
            var label = $"sanction: {sanction.Program ?? string.Join(", ", sanction.Measures)}\n[{sanction.Status}]";
            var traded = tradedSanctions.Contains(sanction.Id) || linkage.IsOnCycle(sanction.Id);
            foreach (var target in sanction.Targets)
            {
                edges.Add(new(sanction.Authority, target, sanction.Id, DiagramEdgeKind.Sanction, label, Claims.IsUncertain(sanction.Attribution), traded));
            }
        }

        foreach (var agreement in document.Agreements)
        {
            foreach (var commitment in agreement.Commitments)
            {
                var label = $"commits: {ActionText(document, commitment.Action)}\n{agreement.Title} [{agreement.Status}]";
                var dashed = Claims.IsUncertain(agreement) || Claims.IsUncertain(commitment.Attribution);
                foreach (var to in Addressees(document, agreement, commitment))
                {
                    edges.Add(new(commitment.By, to, commitment.Id, DiagramEdgeKind.Commitment, label, dashed, linkage.IsOnCycle(commitment.Id)));
                }
            }
        }

        return new DiagramModel(document.Title, Forest(document), edges);
    }

    /// <summary>
    /// Groups the parties by state: under its parent where it has one (the institute under the ministry under China),
    /// otherwise, for a party that is not a state, under the state of its country (a person, a group, a company), if the
    /// document has that state. Parent chains end at a state or at a party with no parent, so this is a forest.
    /// </summary>
    private static List<DiagramParty> Forest(NegotiationDocument document)
    {
        var stateOf = new Dictionary<string, PartyId>(StringComparer.Ordinal);
        foreach (var state in document.Parties.OfType<State>())
        {
            stateOf.TryAdd(state.Country!.Value.Value, state.Id);
        }

        var nodes = document.Parties.ToDictionary(p => p.Id, p => new DiagramParty(p, []));
        var roots = new List<DiagramParty>();
        foreach (var party in document.Parties)
        {
            PartyId? group = party.ParentId
                ?? (party is not State && party.Country is { } country && stateOf.TryGetValue(country.Value, out var state) ? state : null);
            (group is { } g ? nodes[g].Children : roots).Add(nodes[party.Id]);
        }

        return roots;
    }

    /// <summary>Whom a commitment's edge points at: the parties its action targets or whose sanctions it lifts, else the other parties to the agreement.</summary>
    private static IEnumerable<PartyId> Addressees(NegotiationDocument document, Agreement agreement, Commitment commitment)
    {
        var targets = new OrderedSet<PartyId>();
        targets.AddRange(commitment.Action.Targets);
        if (commitment.Action.Kind == ActionKind.LiftSanction)
        {
            targets.AddRange(commitment.Action.Sanctions.SelectMany(id => document.Find(id)!.Targets));
        }

        // Not at the party it commits as either: a member's commitment does not point at its own coalition.
        var side = document.SideOf(agreement, commitment.By);
        return targets.Items.Count > 0 ? targets.Items : agreement.Parties.Where(p => p != commitment.By && p != side);
    }

    private static string ActionText(NegotiationDocument document, PolicyAction action)
    {
        if (action.Description is { } description)
        {
            return description;
        }

        // The kind in words, as its JSON name has them: "lift sanction", "waive sanction", "move to house arrest".
        var what = JsonNames.EnumValue(action.Kind.ToString()).Replace('_', ' ');
        var names = action.Sanctions.Select(id => document.Find(id)!.Program ?? id.Value).Concat(action.Items).ToList();
        return names.Count == 0 ? what : $"{what}: {string.Join(", ", names)}";
    }
}
