using Negotiation.Domain.Actions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Analysis;

/// <summary>
/// The graph of conditionality across a document: who asks what in exchange for what. Nodes are records (every demand,
/// commitment and sanction, and any other record a link names); edges are the links the document records
/// (<see cref="LinkKind"/>), each from what is given to what it is given for. Cycles of mutual conditions are found and
/// reported as the <see cref="TradeOffs"/> they are; <see cref="Follow"/> follows a record's chain to its ends.
/// </summary>
/// <remarks>
/// Built in time linear in the size of the document; cycles are Tarjan's strongly connected components, found without
/// recursion so that long chains do not overflow the stack. Value-equal: two graphs are equal when their nodes, edges
/// and trade-offs are.
/// </remarks>
/// <example>
/// <code>
/// var graph = LinkageGraph.Of(document);
/// foreach (var tradeOff in graph.TradeOffs)
/// {
///     Console.WriteLine(tradeOff); // us gives commitment:us-lifts-institute-sanction; cn gives commitment:cn-cracks-down-on-exporters
/// }
/// </code>
/// </example>
public sealed class LinkageGraph : IEquatable<LinkageGraph>
{
    private readonly Dictionary<Reference, int> _index;
    private readonly int[] _offsets;
    private readonly int[] _edgeAt; // edge numbers, grouped by the node they leave
    private readonly bool[] _onCycle;

    private LinkageGraph(List<Reference> nodes, Dictionary<Reference, int> index, List<(int From, int To, LinkKind Kind)> edges, NegotiationDocument document)
    {
        _index = index;
        Nodes = nodes.ToEquatableArray();
        Edges = edges.Select(e => new LinkageEdge(nodes[e.From], nodes[e.To], e.Kind)).ToEquatableArray();

        // Adjacency as arrays (compressed rows): the successors of node v are edges _edgeAt[_offsets[v].._offsets[v + 1]].
        _offsets = new int[nodes.Count + 1];
        foreach (var edge in edges)
        {
            _offsets[edge.From + 1]++;
        }

        for (var v = 0; v < nodes.Count; v++)
        {
            _offsets[v + 1] += _offsets[v];
        }

        _edgeAt = new int[edges.Count];
        var targets = new int[edges.Count];
        var fill = _offsets[..^1];
        for (var e = 0; e < edges.Count; e++)
        {
            var slot = fill[edges[e].From]++;
            _edgeAt[slot] = e;
            targets[slot] = edges[e].To;
        }

        var hasInbound = new bool[nodes.Count];
        var selfLoop = new bool[nodes.Count];
        foreach (var edge in edges)
        {
            hasInbound[edge.To] = true;
            selfLoop[edge.From] |= edge.From == edge.To;
        }

        Roots = Enumerable.Range(0, nodes.Count).Where(v => !hasInbound[v] && OutDegree(v) > 0).Select(v => nodes[v]).ToEquatableArray();

        // Number the components that hold a cycle by their first node, then bucket nodes and edges into them in one
        // pass each: members and links come out in graph order without sorting, so this stays linear.
        var cycleOf = new int[nodes.Count];
        Array.Fill(cycleOf, -1);
        var cycles = new List<(List<int> Members, List<int> Links)>();
        var components = StronglyConnected.Components(nodes.Count, _offsets, targets);
        var componentOf = new int[nodes.Count];
        for (var c = 0; c < components.Count; c++)
        {
            components[c].ForEach(v => componentOf[v] = c);
        }

        var numbered = new Dictionary<int, int>();
        for (var v = 0; v < nodes.Count; v++)
        {
            var component = components[componentOf[v]];
            if (component.Count > 1 || selfLoop[v])
            {
                if (!numbered.TryGetValue(componentOf[v], out var cycle))
                {
                    numbered.Add(componentOf[v], cycle = cycles.Count);
                    cycles.Add(([], []));
                }

                cycleOf[v] = cycle;
                cycles[cycle].Members.Add(v);
            }
        }

        for (var e = 0; e < edges.Count; e++)
        {
            if (cycleOf[edges[e].From] is >= 0 and var cycle && cycleOf[edges[e].To] == cycle)
            {
                cycles[cycle].Links.Add(e);
            }
        }

        _onCycle = [.. cycleOf.Select(c => c >= 0)];
        TradeOffs = cycles.Select(c => TradeOffOf(c.Members, c.Links, document)).ToEquatableArray();
    }

    /// <summary>The records in the graph: demands, commitments and sanctions in document order, then any other record a link names, in the order first named.</summary>
    public EquatableArray<Reference> Nodes { get; }

    /// <summary>The links, record by record in document order, each record's in the order of its fields.</summary>
    public EquatableArray<LinkageEdge> Edges { get; }

    /// <summary>The cycles of mutual conditions, each read as a trade-off, ordered by their first member.</summary>
    public EquatableArray<TradeOff> TradeOffs { get; }

    /// <summary>Where chains start: the records that lead somewhere and that nothing leads to, in node order.</summary>
    public EquatableArray<Reference> Roots { get; }

    /// <summary>Builds the linkage graph of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static LinkageGraph Of(NegotiationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var nodes = new List<Reference>();
        var index = new Dictionary<Reference, int>();
        foreach (var demand in document.Demands)
        {
            NodeOf(demand.Id);
        }

        foreach (var agreement in document.Agreements)
        {
            foreach (var commitment in agreement.Commitments)
            {
                NodeOf(commitment.Id);
            }
        }

        foreach (var sanction in document.Sanctions)
        {
            NodeOf(sanction.Id);
        }

        var edges = new List<(int From, int To, LinkKind Kind)>();
        foreach (var demand in document.Demands)
        {
            var from = index[demand.Id];
            foreach (var other in demand.InExchangeFor)
            {
                edges.Add((from, NodeOf(other), LinkKind.InExchangeFor));
            }

            foreach (var ground in demand.Response?.Grounds ?? default)
            {
                edges.Add((from, NodeOf(ground), LinkKind.Grounds));
            }

            AddLifts(demand.Action, from);
        }

        foreach (var agreement in document.Agreements)
        {
            foreach (var commitment in agreement.Commitments)
            {
                var from = index[commitment.Id];
                foreach (var condition in commitment.ConditionalOn)
                {
                    edges.Add((from, index[condition], LinkKind.ConditionalOn));
                }

                foreach (var demand in commitment.Fulfils)
                {
                    edges.Add((from, index[demand], LinkKind.Fulfils));
                }

                AddLifts(commitment.Action, from);
            }
        }

        return new LinkageGraph(nodes, index, edges, document);

        int NodeOf(Reference reference)
        {
            if (!index.TryGetValue(reference, out var number))
            {
                number = nodes.Count;
                index.Add(reference, number);
                nodes.Add(reference);
            }

            return number;
        }

        void AddLifts(PolicyAction action, int by)
        {
            if (action.Kind == ActionKind.LiftSanction)
            {
                foreach (var sanction in action.Sanctions)
                {
                    edges.Add((index[sanction], by, LinkKind.LiftedBy));
                }
            }
        }
    }

    /// <summary>The links that leave a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>Its links, in the graph's order; empty when it leads nowhere or is not in the graph.</returns>
    public IReadOnlyList<LinkageEdge> EdgesFrom(Reference record)
        => _index.TryGetValue(record, out var v) ? [.. Successors(v).Select(e => Edges[e])] : [];

    /// <summary>Whether a record is on a cycle of mutual conditions.</summary>
    /// <param name="record">The record.</param>
    /// <returns><see langword="true"/> when it is a member of one of the <see cref="TradeOffs"/>.</returns>
    public bool IsOnCycle(Reference record) => _index.TryGetValue(record, out var v) && _onCycle[v];

    /// <summary>Follows a record's chain of conditions to its ends.</summary>
    /// <param name="start">The record to start from.</param>
    /// <returns>Everything reachable from it, and where that ends. A record not in the graph leads nowhere: it is its own end.</returns>
    /// <remarks>Runs in time linear in the part of the graph reached.</remarks>
    public LinkageChain Follow(Reference start)
    {
        if (!_index.TryGetValue(start, out var first))
        {
            return new LinkageChain(start, default, [start], false);
        }

        var seen = new HashSet<int> { first };
        var queue = new Queue<int>();
        queue.Enqueue(first);
        var links = new List<LinkageEdge>();
        var ends = new List<Reference>();
        var reachesCycle = false;
        while (queue.TryDequeue(out var v))
        {
            reachesCycle |= _onCycle[v];
            if (OutDegree(v) == 0)
            {
                ends.Add(Nodes[v]);
            }

            foreach (var e in Successors(v))
            {
                links.Add(Edges[e]);
                var next = _index[Edges[e].To];
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return new LinkageChain(start, links.ToEquatableArray(), ends.ToEquatableArray(), reachesCycle);
    }

    /// <inheritdoc />
    public bool Equals(LinkageGraph? other)
        => other is not null && (ReferenceEquals(this, other) || (Nodes == other.Nodes && Edges == other.Edges && TradeOffs == other.TradeOffs));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LinkageGraph);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nodes, Edges, TradeOffs);

    /// <summary>The size of the graph, for debugging.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Nodes.Count} nodes, {Edges.Count} edges, {TradeOffs.Count} trade-offs";

    private int OutDegree(int v) => _offsets[v + 1] - _offsets[v];

    private IEnumerable<int> Successors(int v)
    {
        for (var slot = _offsets[v]; slot < _offsets[v + 1]; slot++)
        {
            yield return _edgeAt[slot];
        }
    }

    private TradeOff TradeOffOf(List<int> members, List<int> links, NegotiationDocument document)
    {

        // Who gives each member. A sanction waits until the others are known, to find who among them lifts it.
        var givers = new List<(PartyId? Party, Reference Record)>();
        var sanctions = new OrderedSet<SanctionId>();
        foreach (var v in members)
        {
            var record = Nodes[v];
            switch (record.Kind)
            {
                case ReferenceKind.Commitment:
                    var commitment = document.Find(new CommitmentId(record.Id))!;
                    givers.Add((commitment.By, record));
                    AddLifted(commitment.Action);
                    break;
                case ReferenceKind.Demand:
                    var demand = document.Find(new DemandId(record.Id))!;
                    foreach (var addressee in demand.Addressees)
                    {
                        givers.Add((addressee, record));
                    }

                    AddLifted(demand.Action);
                    break;
                case ReferenceKind.Sanction:
                    givers.Add((null, record));
                    sanctions.Add(new SanctionId(record.Id));
                    break;
            }
        }

        var parties = givers.Where(g => g.Party is not null).Select(g => g.Party!.Value).ToHashSet();
        var sides = new Dictionary<PartyId, List<Reference>>();
        var order = new List<PartyId>();
        foreach (var (party, record) in givers)
        {
            var giver = party ?? LifterOf(document, new SanctionId(record.Id), parties);
            if (!sides.TryGetValue(giver, out var gives))
            {
                sides.Add(giver, gives = []);
                order.Add(giver);
            }

            gives.Add(record);
        }

        return new TradeOff(
            members.Select(v => Nodes[v]).ToEquatableArray(),
            links.Select(e => Edges[e]).ToEquatableArray(),
            order.Select(p => new TradeOffSide(p, sides[p].ToEquatableArray())).ToEquatableArray(),
            sanctions.Items.ToEquatableArray());

        void AddLifted(PolicyAction action)
        {
            if (action.Kind == ActionKind.LiftSanction)
            {
                sanctions.AddRange(action.Sanctions);
            }
        }
    }

    /// <summary>The authority of a sanction, or its nearest ancestor that gives something else in the same cycle.</summary>
    private static PartyId LifterOf(NegotiationDocument document, SanctionId sanction, HashSet<PartyId> givers)
    {
        var authority = document.Find(sanction)!.Authority;
        return givers.Contains(authority)
            ? authority
            : document.AncestorsOf(authority).FirstOrDefault(givers.Contains, authority);
    }
}
