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

    /// <summary>Each node id, with the clusters it is in, outermost first.</summary>
    public Dictionary<string, IReadOnlyList<string>> Nodes { get; }

    public List<Edge> Edges { get; }

    public Edge EdgeWithId(string id) => Assert.Single(Edges, e => e.Attributes["id"] == id);

    public static DotText Read(string dot)
    {
        var clusters = new Stack<string>();
        var nodes = new Dictionary<string, IReadOnlyList<string>>();
        var edges = new List<Edge>();
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
                edges.Add(new Edge(edge.Groups[1].Value, edge.Groups[2].Value, Attributes(edge.Groups[3].Value)));
            }
            else if (NodeLine().Match(line) is { Success: true } node)
            {
                Assert.True(nodes.TryAdd(node.Groups[1].Value, [.. clusters.Reverse()]), $"node {node.Groups[1].Value} is written twice");
            }
        }

        Assert.Empty(clusters);
        return new DotText(nodes, edges);
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

        public bool IsHighlighted => Attributes.ContainsKey("penwidth");
    }
}
