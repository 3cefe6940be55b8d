using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// What a diagram of a document shows, worked out once for both writers so that DOT and Mermaid draw the same thing.
/// <list type="bullet">
/// <item>The parties, clustered by state along their parent chains.</item>
/// <item>Each demand, sanction, commitment and pledge as a small node of its own with a short label (what and its
/// status), joined by plain edges: asker → demand → asked; authority → sanction → targets; giver → commitment → the
/// parties it is for, or the sanctions it lifts or waives. An agreement is a cluster of its commitments, with a node of
/// its own (its status) that stances and roles point at.</item>
/// <item>Each stance as an edge from its holder to what it is on (an issue it is on is drawn as a node).</item>
/// <item>The records of a trade-off of <see cref="LinkageGraph"/> highlighted; uncertainty marked by the rule of
/// <see cref="DiagramConfidence"/>.</item>
/// </list>
/// Every party is a node; one that takes part in a demand, sanction, agreement, pledge or stance has an edge.
/// </summary>
internal sealed class DiagramModel
{
    private readonly Dictionary<Reference, DiagramNode> _nodes = [];
    private readonly Dictionary<string, DiagramEdge> _edgesById = new(StringComparer.Ordinal);

    private DiagramModel(string title, DiagramConfidence confidence)
    {
        Title = title;
        Confidence = confidence;
        Root = new DiagramGroup(string.Empty, string.Empty, false, [], []);
    }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The document's usual confidence, and the marks of the claims that differ.</summary>
    public DiagramConfidence Confidence { get; }

    /// <summary>The nodes and clusters not inside another, in document order.</summary>
    public DiagramGroup Root { get; }

    /// <summary>One edge per relation, in document order.</summary>
    public List<DiagramEdge> Edges { get; } = [];

    /// <summary>The kinds of node drawn, for the legend, in the order of <see cref="DiagramNodeKind"/>.</summary>
    public IEnumerable<DiagramNodeKind> NodeKinds => _nodes.Values.Select(n => n.Kind).Distinct().Order();

    /// <summary>The kinds of edge drawn, for the legend, in the order of <see cref="DiagramEdgeKind"/>.</summary>
    public IEnumerable<DiagramEdgeKind> EdgeKinds => Edges.Select(e => e.Kind).Distinct().Order();

    /// <summary>Whether anything is highlighted as part of a trade-off.</summary>
    public bool HasHighlight => _nodes.Values.Any(n => n.Highlighted);

    /// <summary>The node that draws a record or party.</summary>
    public DiagramNode Node(Reference record) => _nodes[record];

    /// <summary>A node's name, unique in the diagram: a party's id (<c>us</c>), else the record's reference (<c>demand:us-asks-military-ties</c>).</summary>
    public static string NodeName(Reference record) => record.Kind == ReferenceKind.Party ? record.Id : record.ToString();

    /// <remarks>Linear in the size of the document, with the linkage graph built once for the highlights.</remarks>
    public static DiagramModel Of(NegotiationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var linkage = LinkageGraph.Of(document);
        var tradedSanctions = linkage.TradeOffs.SelectMany(t => t.Sanctions).ToHashSet();
        var model = new DiagramModel(document.Title, DiagramConfidence.Of(Claims(document)));
        model.AddParties(document);

        foreach (var sanction in document.Sanctions)
        {
            var highlighted = tradedSanctions.Contains(sanction.Id) || linkage.IsOnCycle(sanction.Id);
            var label = Label($"sanction: {sanction.Program ?? string.Join(", ", sanction.Measures.Select(m => Words(m.ToString())))}", Words(sanction.Status.ToString()));
            model.AddNode(model.Root, sanction.Id, DiagramNodeKind.Sanction, label, sanction.Attribution, highlighted);
            model.AddEdge(sanction.Authority, sanction.Id, DiagramEdgeKind.Sanction);
            foreach (var target in sanction.Targets)
            {
                model.AddEdge(sanction.Id, target, DiagramEdgeKind.Sanction);
            }
        }

        foreach (var demand in document.Demands)
        {
            model.AddNode(model.Root, demand.Id, DiagramNodeKind.Demand, Label($"demand: {ActionText(document, demand.Action)}", Words(demand.Status.ToString())), demand.Attribution, linkage.IsOnCycle(demand.Id));
            model.AddEdge(demand.From, demand.Id, DiagramEdgeKind.Demand);
            foreach (var to in demand.Addressees)
            {
                model.AddEdge(demand.Id, to, DiagramEdgeKind.Demand);
            }
        }

        foreach (var agreement in document.Agreements)
        {
            model.AddAgreement(document, agreement, linkage);
        }

        foreach (var pledge in document.Pledges)
        {
            model.AddNode(model.Root, pledge.Id, DiagramNodeKind.Pledge, Label($"pledge: {ActionText(document, pledge.Action)}", Words(pledge.Status.ToString())), pledge.Attribution, false);
            model.AddEdge(pledge.By, pledge.Id, DiagramEdgeKind.Commitment);
            model.AddActionEdges(pledge.Id, pledge.Action, []);
            if (pledge.Agreement is { } agreement)
            {
                model.AddEdge(pledge.Id, agreement, DiagramEdgeKind.Role, "linked to");
            }
        }

        // Conditions last, when every record they join has its node.
        foreach (var demand in document.Demands)
        {
            foreach (var record in demand.InExchangeFor)
            {
                model.AddEdge(demand.Id, record, DiagramEdgeKind.Condition);
            }
        }

        foreach (var commitment in document.Agreements.SelectMany(a => a.Commitments))
        {
            foreach (var condition in commitment.ConditionalOn)
            {
                model.AddEdge(commitment.Id, condition, DiagramEdgeKind.Condition);
            }
        }

        foreach (var stance in document.Stances)
        {
            model.AddStance(document, stance);
        }

        return model;
    }

    /// <summary>
    /// The attributions of every claim the diagram draws, for the usual confidence: demands, sanctions, agreements,
    /// commitments (their own, else their agreement's), roles, pledges and stances.
    /// </summary>
    private static IEnumerable<Attribution?> Claims(NegotiationDocument document)
    {
        foreach (var demand in document.Demands)
        {
            yield return demand.Attribution;
        }

        foreach (var sanction in document.Sanctions)
        {
            yield return sanction.Attribution;
        }

        foreach (var agreement in document.Agreements)
        {
            yield return agreement.Attribution;
            foreach (var commitment in agreement.Commitments)
            {
                yield return commitment.Attribution ?? agreement.Attribution;
            }

            foreach (var role in agreement.Roles)
            {
                yield return role.Attribution;
            }
        }

        foreach (var pledge in document.Pledges)
        {
            yield return pledge.Attribution;
        }

        foreach (var stance in document.Stances)
        {
            yield return stance.Attribution;
        }
    }

    /// <summary>
    /// Groups the parties by state: under its parent where it has one (the institute under the ministry under China),
    /// otherwise, for a party that is not a state, under the state of its country (a person, a group, a company), if the
    /// document has that state. Parent chains end at a state or at a party with no parent, so this is a forest; a party
    /// with others under it is a cluster holding its own node and theirs.
    /// </summary>
    private void AddParties(NegotiationDocument document)
    {
        var stateOf = new Dictionary<string, PartyId>(StringComparer.Ordinal);
        foreach (var state in document.Parties.OfType<State>())
        {
            stateOf.TryAdd(state.Country!.Value.Value, state.Id);
        }

        var children = document.Parties.ToDictionary(p => p.Id, _ => new List<Party>());
        var roots = new List<Party>();
        foreach (var party in document.Parties)
        {
            PartyId? group = party.ParentId
                ?? (party is not State && party.Country is { } country && stateOf.TryGetValue(country.Value, out var state) ? state : null);
            (group is { } g ? children[g] : roots).Add(party);
        }

        foreach (var party in roots)
        {
            AddParty(Root, party, children);
        }
    }

    private void AddParty(DiagramGroup into, Party party, Dictionary<PartyId, List<Party>> children)
    {
        var under = children[party.Id];
        var group = into;
        if (under.Count > 0)
        {
            group = new DiagramGroup(party.Id.Value, Wrap(party.Name, 32), false, [], []);
            into.Groups.Add(group);
        }

        AddNode(group, party.Id, KindOf(party), Wrap(party.Name, 24), null, false);
        foreach (var child in under)
        {
            AddParty(group, child, children);
        }
    }

    private void AddAgreement(NegotiationDocument document, Agreement agreement, LinkageGraph linkage)
    {
        var group = new DiagramGroup(NodeName(agreement.Id), DiagramText.Wrap(agreement.Title, 40, 3), true, [], []);
        Root.Groups.Add(group);
        var status = Words(agreement.Status.ToString()) + (agreement.Confirmation == Confirmation.Confirmed ? string.Empty : $", {Words(agreement.Confirmation.ToString())}");
        AddNode(group, agreement.Id, DiagramNodeKind.Agreement, $"agreement\n[{status}]", agreement.Attribution, false);

        foreach (var commitment in agreement.Commitments)
        {
            var label = Label(ActionText(document, commitment.Action), Words(commitment.Status.ToString()));
            AddNode(group, commitment.Id, DiagramNodeKind.Commitment, label, commitment.Attribution ?? agreement.Attribution, linkage.IsOnCycle(commitment.Id));
            AddEdge(commitment.By, commitment.Id, DiagramEdgeKind.Commitment);

            // With no target, a commitment is for the agreement's other party, when there is just one; among more, the
            // cluster says whose it is, and an edge to each would bury the picture.
            var side = document.SideOf(agreement, commitment.By);
            var others = agreement.Parties.Where(p => p != commitment.By && p != side).ToList();
            AddActionEdges(commitment.Id, commitment.Action, others.Count == 1 ? others : []);
        }

        // A party with no commitment of its own in the agreement is joined to it; so is each third party, by its role.
        foreach (var party in agreement.Parties)
        {
            if (!agreement.Commitments.Any(c => document.SideOf(agreement, c.By) == party))
            {
                AddEdge(party, agreement.Id, DiagramEdgeKind.Role, "party");
            }
        }

        foreach (var role in agreement.Roles)
        {
            AddEdge(role.Party, agreement.Id, DiagramEdgeKind.Role, Words(role.Role.ToString()), Confidence.Mark(role.Attribution));
        }
    }

    /// <summary>Edges from a commitment or pledge to the sanctions its action names and the parties it targets, else to <paramref name="otherwise"/>.</summary>
    private void AddActionEdges(Reference from, PolicyAction action, IReadOnlyList<PartyId> otherwise)
    {
        var before = Edges.Count;
        foreach (var sanction in action.Sanctions)
        {
            AddEdge(from, sanction, DiagramEdgeKind.Commitment);
        }

        foreach (var target in action.Targets)
        {
            AddEdge(from, target, DiagramEdgeKind.Commitment);
        }

        if (Edges.Count == before)
        {
            foreach (var party in otherwise)
            {
                AddEdge(from, party, DiagramEdgeKind.Commitment);
            }
        }
    }

    private void AddStance(NegotiationDocument document, Stance stance)
    {
        var subject = stance.Subject;
        if (!_nodes.ContainsKey(subject))
        {
            // An issue, or another record that has no node of its own until a stance is on it.
            var (kind, label) = subject.Kind switch
            {
                ReferenceKind.Issue => (DiagramNodeKind.Issue, $"issue: {document.Find(new IssueId(subject.Id))?.Title ?? subject.Id}"),
                ReferenceKind.Event => (DiagramNodeKind.Record, $"event: {document.Find(new EventId(subject.Id))?.Title ?? subject.Id}"),
                _ => (DiagramNodeKind.Record, subject.ToString()),
            };
            AddNode(Root, subject, kind, Wrap(label, 28), null, false);
        }

        var (edgeKind, word) = stance.Position switch
        {
            StancePosition.Support => (DiagramEdgeKind.Supports, "supports"),
            StancePosition.Oppose => (DiagramEdgeKind.Opposes, "opposes"),
            StancePosition.Conditional => (DiagramEdgeKind.Conditional, "conditional"),
            _ => (DiagramEdgeKind.Neutral, "neutral"),
        };
        AddEdge(stance.Party, subject, edgeKind, word, Confidence.Mark(stance.Attribution));
    }

    private void AddNode(DiagramGroup group, Reference record, DiagramNodeKind kind, string label, Attribution? attribution, bool highlighted)
    {
        var mark = Confidence.Mark(attribution);
        var node = new DiagramNode(record, kind, mark is null ? label : $"{label}\n({mark.Word})", mark, highlighted);
        _nodes.Add(record, node);
        group.Nodes.Add(node);
    }

    /// <summary>
    /// Adds an edge, once for a pair of nodes (a second stance of a party on the same record adds nothing), and only
    /// between nodes drawn. An edge of a demand, commitment, sanction or condition is highlighted when it joins a
    /// highlighted record.
    /// </summary>
    private void AddEdge(Reference from, Reference to, DiagramEdgeKind kind, string? label = null, DiagramMark? mark = null)
    {
        if (!_nodes.TryGetValue(from, out var source) || !_nodes.TryGetValue(to, out var target))
        {
            return;
        }

        var highlighted = kind is DiagramEdgeKind.Demand or DiagramEdgeKind.Commitment or DiagramEdgeKind.Sanction or DiagramEdgeKind.Condition
            && (kind == DiagramEdgeKind.Condition ? source.Highlighted && target.Highlighted : source.Highlighted || target.Highlighted);
        var edge = new DiagramEdge(from, to, kind, mark is null ? label : $"{label} ({mark.Word})", mark, highlighted);
        if (_edgesById.TryAdd(edge.Id, edge))
        {
            Edges.Add(edge);
        }
    }

    private static DiagramNodeKind KindOf(Party party) => party switch
    {
        State => DiagramNodeKind.State,
        GovernmentBody => DiagramNodeKind.Body,
        Organization => DiagramNodeKind.Organization,
        Person => DiagramNodeKind.Person,
        Group => DiagramNodeKind.Group,
        _ => DiagramNodeKind.Coalition,
    };

    /// <summary>A record's short label: what, wrapped in a few short lines, then its status in brackets.</summary>
    private static string Label(string what, string status) => $"{DiagramText.Wrap(what.TrimEnd('.'), 26, 3)}\n[{status}]";

    private static string Wrap(string text, int width) => DiagramText.Wrap(text, width, 3);

    /// <summary>An enum value in words, as its JSON name has it: "lift sanction", "carried out".</summary>
    private static string Words(string valueName) => JsonNames.EnumValue(valueName).Replace('_', ' ');

    private static string ActionText(NegotiationDocument document, PolicyAction action)
    {
        if (action.Description is { } description)
        {
            return description;
        }

        var what = Words(action.Kind.ToString());
        var names = action.Sanctions.Select(id => document.Find(id)!.Program ?? id.Value).Concat(action.Items).ToList();
        return names.Count == 0 ? what : $"{what}: {string.Join(", ", names)}";
    }
}
