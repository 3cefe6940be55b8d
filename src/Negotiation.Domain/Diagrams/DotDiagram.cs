using System.Net;
using Negotiation.Domain.Documents;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// Writes a document as a Graphviz DOT digraph, for <c>dot -Tsvg</c> or <c>dot -Tpng</c>, drawn to be read by someone
/// who does not know the case:
/// <list type="bullet">
/// <item>the parties, each state's bodies and people in a cluster with it, along their parent chains;</item>
/// <item>each demand, sanction, commitment and pledge as a small node with a short label (what, and its status), joined
/// by plain edges: asker → demand → asked, authority → sanction → targets, giver → commitment → the parties it is for
/// or the sanctions it lifts or waives; each agreement a cluster of its commitments with a node for its status;</item>
/// <item>each stance as an edge from its holder to what it is on, labelled supports, opposes, conditional or neutral,
/// each in its colour and arrowhead; third parties' roles as labelled edges to the agreement;</item>
/// <item>the records of a trade-off found by <see cref="Analysis.LinkageGraph"/> in red;</item>
/// <item>uncertainty only where it differs from the document's usual confidence (the one most of its claims carry):
/// such a record names its confidence, and is dashed when it is less certain than usual;</item>
/// <item>a legend of the shapes and lines the diagram uses, which says what the usual confidence is.</item>
/// </list>
/// </summary>
/// <remarks>
/// The output is deterministic (document order throughout, <c>\n</c> line ends) and every id and label is quoted and
/// escaped, so any text in a document (quotes, backslashes, line breaks, any Unicode) renders as written. A party's node
/// is named by its id (<c>us</c>), a record's by its reference (<c>commitment:us-lifts-institute-sanction</c>), and each
/// edge has as its <c>id</c> its two ends (<c>us->demand:us-asks-military-ties</c>), unique in the graph, which SVG
/// output keeps. Runs in time linear in the size of the document.
/// </remarks>
/// <example>
/// <code>
/// File.WriteAllText("negotiation.dot", DotDiagram.Write(document));
/// // then: dot -Tsvg negotiation.dot -o negotiation.svg
/// </code>
/// </example>
public static class DotDiagram
{
    /// <summary>Writes the diagram of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The DOT text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(NegotiationDocument document)
    {
        var text = new StringWriter();
        Write(document, text);
        return text.ToString();
    }

    /// <summary>Writes the diagram of a document to a writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write the DOT text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(NegotiationDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var model = DiagramModel.Of(document);

        writer.Write($"digraph {Quote(document.Id.Value)} {{\n");
        writer.Write($"  graph [label={Quote(model.Title)}, labelloc=t, fontname=\"Helvetica\", fontsize=16, rankdir=LR, newrank=true, nodesep=0.3, ranksep=0.6];\n");
        writer.Write("  node [fontname=\"Helvetica\", fontsize=10];\n");
        writer.Write("  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n");
        WriteGroup(writer, model.Root, 1);
        WriteLegend(writer, model);
        foreach (var edge in model.Edges)
        {
            WriteEdge(writer, edge);
        }

        writer.Write("}\n");
    }

    /// <summary>
    /// A DOT quoted string. DOT itself only escapes the double quote, but Graphviz reads backslash sequences in labels
    /// (<c>\n</c>, <c>\N</c> for the node's name, ...), so a backslash is doubled to stay a backslash, and a line break
    /// becomes <c>\n</c> (see <see cref="DiagramText"/>).
    /// </summary>
    internal static string Quote(string text)
        => $"\"{DiagramText.Escape(text, "\\n", c => c switch { '"' => "\\\"", '\\' => "\\\\", _ => null })}\"";

    private static void WriteGroup(TextWriter writer, DiagramGroup group, int depth)
    {
        var indent = new string(' ', depth * 2);
        foreach (var node in group.Nodes)
        {
            writer.Write($"{indent}{Quote(DiagramModel.NodeName(node.Record))} [label={Quote(node.Label)}, {NodeStyle(node.Kind, node.Mark?.LessCertain == true, node.Highlighted)}];\n");
        }

        foreach (var inner in group.Groups)
        {
            // Graphviz draws a subgraph whose name starts with "cluster" as a box around its nodes.
            writer.Write($"{indent}subgraph {Quote($"cluster_{inner.Id}")} {{\n");
            writer.Write($"{indent}  label={Quote(inner.Label)}; fontname=\"Helvetica\"; fontsize={(inner.IsAgreement ? 11 : 12)};\n");
            writer.Write(inner.IsAgreement
                ? $"{indent}  style=\"rounded,filled\"; color=\"{DiagramStyle.Colour(DiagramEdgeKind.Commitment)}\"; fillcolor=\"{DiagramStyle.AgreementFill}\";\n"
                : $"{indent}  style=rounded; color=\"{DiagramStyle.ClusterLine}\";\n");
            WriteGroup(writer, inner, depth + 1);
            writer.Write($"{indent}}}\n");
        }
    }

    private static void WriteEdge(TextWriter writer, DiagramEdge edge)
    {
        var colour = edge.Highlighted ? DiagramStyle.Highlight : DiagramStyle.Colour(edge.Kind);
        var attributes = new List<string> { $"id={Quote(edge.Id)}", $"color=\"{colour}\"" };
        if (edge.Label is { } label)
        {
            attributes.Add($"label={Quote(label)}");
            attributes.Add($"fontcolor=\"{colour}\"");
        }

        attributes.AddRange(EdgeStyle(edge.Kind));
        if (edge.Highlighted)
        {
            attributes.Add("penwidth=2.2");
        }

        if (edge.Mark?.LessCertain == true)
        {
            attributes.Add("style=dashed");
        }

        // An edge from a record to a party is laid out from the party, and drawn back: so every party stands left of
        // the records it takes part in, and no edge runs back across the picture (giver -> commitment <- receiver's
        // arrow, which still points at the receiver).
        if (edge.From.Kind != ReferenceKind.Party && edge.To.Kind == ReferenceKind.Party)
        {
            attributes.Add("dir=back");
            writer.Write($"  {Quote(DiagramModel.NodeName(edge.To))} -> {Quote(DiagramModel.NodeName(edge.From))} [{string.Join(", ", attributes)}];\n");
            return;
        }

        writer.Write($"  {Quote(DiagramModel.NodeName(edge.From))} -> {Quote(DiagramModel.NodeName(edge.To))} [{string.Join(", ", attributes)}];\n");
    }

    /// <summary>
    /// The legend, as a cluster: a sample node of each kind drawn, then a table of the lines drawn, of the trade-off's
    /// red and of the usual confidence.
    /// </summary>
    private static void WriteLegend(TextWriter writer, DiagramModel model)
    {
        writer.Write("  subgraph \"cluster_legend\" {\n");
        writer.Write($"    label=\"Legend\"; fontname=\"Helvetica\"; fontsize=12; style=rounded; color=\"{DiagramStyle.ClusterLine}\";\n");
        var kinds = model.NodeKinds.ToList();
        foreach (var kind in kinds)
        {
            writer.Write($"    {Quote($"legend:{kind}")} [label={Quote(DiagramText.Wrap(DiagramStyle.Meaning(kind), 26, 3))}, {NodeStyle(kind, false, false)}];\n");
        }

        // Invisible edges lay the samples out in rows of three, so that the legend is a block, not a long column.
        for (var i = 0; i < kinds.Count; i++)
        {
            if (i % LegendRow != LegendRow - 1 && i + 1 < kinds.Count)
            {
                writer.Write($"    {Quote($"legend:{kinds[i]}")} -> {Quote($"legend:{kinds[i + 1]}")} [style=invis];\n");
            }
        }

        var rows = new List<(string Colour, string Glyph, string Meaning)>();
        foreach (var kind in model.EdgeKinds)
        {
            rows.Add((DiagramStyle.Colour(kind), Glyph(kind), DiagramStyle.Meaning(kind)));
        }

        if (model.HasHighlight)
        {
            rows.Add((DiagramStyle.Highlight, "━━━▶", "a trade-off: each side's part"));
        }

        rows.Add(("#000000", "╌╌╌▶", "less certain than usual (dashed)"));
        var table = string.Concat(rows.Select(r => $"<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"{r.Colour}\">{r.Glyph}</FONT></TD><TD ALIGN=\"LEFT\">{Html(r.Meaning)}</TD></TR>"));
        var note = string.Join("<BR ALIGN=\"LEFT\"/>", DiagramText.Wrap(DiagramStyle.UncertaintyNote(model.Confidence), 44, 4).Split('\n').Select(Html));
        writer.Write($"    \"legend:lines\" [shape=plaintext, fontsize=9, label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">{table}<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">{note}<BR ALIGN=\"LEFT\"/></TD></TR></TABLE>>];\n");
        writer.Write("  }\n");
    }

    private const int LegendRow = 3;

    /// <summary>Text for a Graphviz HTML-like label: what HTML would read, and any character a label can't hold, escaped.</summary>
    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static string Glyph(DiagramEdgeKind kind) => kind switch
    {
        DiagramEdgeKind.Condition => "┈┈┈▷",
        DiagramEdgeKind.Opposes => "━━━┫",
        DiagramEdgeKind.Conditional => "━━━◇",
        DiagramEdgeKind.Neutral => "━━━●",
        DiagramEdgeKind.Role => "━━━▷",
        _ => "━━━▶",
    };

    private static string NodeStyle(DiagramNodeKind kind, bool dashed, bool highlighted)
    {
        var (shape, styles) = kind switch
        {
            DiagramNodeKind.State => ("box", new List<string> { "bold" }),
            DiagramNodeKind.Body => ("box", []),
            DiagramNodeKind.Organization => ("box", ["rounded"]),
            DiagramNodeKind.Person => ("ellipse", []),
            DiagramNodeKind.Group => ("hexagon", []),
            DiagramNodeKind.Coalition => ("box3d", []),
            DiagramNodeKind.Sanction => ("octagon", ["filled"]),
            DiagramNodeKind.Agreement => ("folder", ["filled"]),
            DiagramNodeKind.Issue => ("note", ["filled"]),
            DiagramNodeKind.Record => ("component", ["filled"]),
            _ => ("box", ["rounded", "filled"]), // demands, commitments and pledges
        };
        if (dashed)
        {
            styles.Add("dashed");
        }

        var attributes = new List<string> { $"shape={shape}" };
        if (styles.Count > 0)
        {
            attributes.Add($"style=\"{string.Join(',', styles)}\"");
        }

        if (DiagramStyle.Fill(kind) is { } fill)
        {
            attributes.Add($"fillcolor=\"{fill}\"");
            attributes.Add("fontsize=9");
        }

        if (highlighted)
        {
            attributes.Add($"color=\"{DiagramStyle.Highlight}\"");
            attributes.Add("penwidth=2.2");
        }

        return string.Join(", ", attributes);
    }

    /// <summary>The arrowhead and line of an edge of each kind; stances are a little heavier than the rest.</summary>
    private static IEnumerable<string> EdgeStyle(DiagramEdgeKind kind) => kind switch
    {
        DiagramEdgeKind.Condition => ["style=dotted", "arrowhead=empty"],
        DiagramEdgeKind.Supports => ["penwidth=1.4", "arrowhead=normal"],
        DiagramEdgeKind.Opposes => ["penwidth=1.4", "arrowhead=tee"],
        DiagramEdgeKind.Conditional => ["penwidth=1.4", "arrowhead=odiamond"],
        DiagramEdgeKind.Neutral => ["penwidth=1.4", "arrowhead=dot"],
        DiagramEdgeKind.Role => ["arrowhead=empty"],
        _ => [],
    };
}
