using System.Text.RegularExpressions;

namespace Negotiation.Domain.Tests.Diagrams;

/// <summary>
/// Reads back the DOT our writer emits (one statement a line), enough for tests to check structure: which cluster each
/// node is in, and each edge's ends and attributes. Not a DOT parser for DOT in general.
/// </summary>
internal sealed partial class DotText
{
    private DotText(Dictionary<string, IReadOnlyList<string>> nodes, List<Edge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>Each node id (parties, records and the legend's samples), with the clusters it is in, outermost first.</summary>
    public Dictionary<string, IReadOnlyList<string>> Nodes { get; }

    public List<Edge> Edges { get; }

    public Edge EdgeWithId(string id) => Assert.Single(Edges, e => e.Attributes["id"] == id);

    public Edge EdgeBetween(string from, string to) => Assert.Single(Edges, e => e.From == from && e.To == to);

    /// <summary>A node's attributes, from its line.</summary>
    public Dictionary<string, string> NodeAttributes(string id) => NodeAttributeLists[id];

    private Dictionary<string, Dictionary<string, string>> NodeAttributeLists { get; } = [];

    public static DotText Read(string dot)
    {
        var clusters = new Stack<string>();
        var nodes = new Dictionary<string, IReadOnlyList<string>>();
        var edges = new List<Edge>();
        var nodeAttributes = new Dictionary<string, Dictionary<string, string>>();
        foreach (var line in dot.Split('\n').Select(l => l.Trim()))
        {
            if (SubgraphLine().Match(line) is { Success: true } subgraph)
            {
                clusters.Push(subgraph.Groups[1].Value);
            }
            else if (line == "}")
            {
                clusters.TryPop(out _);
            }
            else if (EdgeLine().Match(line) is { Success: true } edge)
            {
                // An edge laid out backwards (dir=back) is read in the direction it is drawn; the legend's invisible
                // edges, which only arrange its samples, are left out.
                var attributes = Attributes(edge.Groups[3].Value);
                var back = attributes.GetValueOrDefault("dir") == "back";
                if (attributes.GetValueOrDefault("style") != "invis")
                {
                    edges.Add(back
                        ? new Edge(edge.Groups[2].Value, edge.Groups[1].Value, attributes)
                        : new Edge(edge.Groups[1].Value, edge.Groups[2].Value, attributes));
                }
            }
            else if (NodeLine().Match(line) is { Success: true } node)
            {
                Assert.True(nodes.TryAdd(node.Groups[1].Value, [.. clusters.Reverse()]), $"node {node.Groups[1].Value} is written twice");
                nodeAttributes[node.Groups[1].Value] = Attributes(line[(line.IndexOf('[', StringComparison.Ordinal) + 1)..]);
            }
        }

        Assert.Empty(clusters);
        var text = new DotText(nodes, edges);
        foreach (var (id, attributes) in nodeAttributes)
        {
            text.NodeAttributeLists[id] = attributes;
        }

        return text;
    }

    private static Dictionary<string, string> Attributes(string list)
        => AttributePattern().Matches(list).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);

    [GeneratedRegex("""^subgraph "(cluster_[^"]+)" \{$""")]
    private static partial Regex SubgraphLine();

    [GeneratedRegex("""^"([^"]+)" -> "([^"]+)" \[(.*)\];$""")]
    private static partial Regex EdgeLine();

    [GeneratedRegex("""^"([^"]+)" \[label=""")]
    private static partial Regex NodeLine();

    [GeneratedRegex("""(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\]\s]+))""")]
    private static partial Regex AttributePattern();

    public sealed record Edge(string From, string To, Dictionary<string, string> Attributes)
    {
        public bool IsDashed => Attributes.GetValueOrDefault("style") == "dashed";

        public string? Label => Attributes.GetValueOrDefault("label");

        public bool IsHighlighted => Attributes.GetValueOrDefault("color") == "#d62728";
    }
}
