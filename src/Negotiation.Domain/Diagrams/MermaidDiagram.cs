using System.Globalization;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// Writes a document as a Mermaid flowchart, for Markdown that renders Mermaid: the same picture as
/// <see cref="DotDiagram"/>. Parties are nodes in nested subgraphs by state; each agreement is a subgraph of its
/// commitments with a node for its status; demands, sanctions, commitments and pledges are small nodes joined to the
/// parties by plain links; stances are labelled links (<c>--x</c> opposes, <c>--o</c> conditional, <c>---</c> neutral);
/// the records of a trade-off are red and thick; a record less certain than the document's usual confidence is dashed
/// and names its confidence; a <c>Legend</c> subgraph explains the shapes, the lines and the usual confidence.
/// </summary>
/// <remarks>
/// Node ids are the ids made safe for Mermaid behind a prefix for their kind (<c>p_us_treasury</c> for a party,
/// <c>c_us_lifts_institute_sanction</c> for a commitment), so that no id can be read as a keyword such as <c>end</c>.
/// Labels are quoted, and the characters Mermaid or its HTML would read (<c>" # &amp; &lt; &gt; | `</c>) are written as
/// Mermaid's <c>#code;</c> entities; a line break becomes <c>&lt;br/&gt;</c>. The output is deterministic, with <c>\n</c>
/// line ends. Runs in time linear in the size of the document.
/// </remarks>
/// <example>
/// <code>
/// File.WriteAllText("negotiation.md", $"```mermaid\n{MermaidDiagram.Write(document)}```\n");
/// </code>
/// </example>
public static class MermaidDiagram
{
    /// <summary>Writes the diagram of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The Mermaid text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(NegotiationDocument document)
    {
        var text = new StringWriter();
        Write(document, text);
        return text.ToString();
    }

    /// <summary>Writes the diagram of a document to a writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write the Mermaid text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(NegotiationDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var model = DiagramModel.Of(document);

        // The title goes in the front matter, as a YAML double-quoted string.
        writer.Write($"---\ntitle: \"{YamlEscape(model.Title)}\"\n---\n");
        writer.Write("flowchart LR\n");
        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        WriteGroup(writer, model.Root, 1, classes);
        WriteLegend(writer, model, classes);

        var styles = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < model.Edges.Count; i++)
        {
            var edge = model.Edges[i];
            var label = edge.Label is { } text ? $"|\"{Escape(text)}\"|" : string.Empty;
            writer.Write($"  {NodeId(edge.From)} {Arrow(edge)}{label} {NodeId(edge.To)}\n");
            var style = edge.Highlighted
                ? $"stroke:{DiagramStyle.Highlight},stroke-width:3px"
                : $"stroke:{DiagramStyle.Colour(edge.Kind)},color:{DiagramStyle.Colour(edge.Kind)}";
            if (!styles.TryGetValue(style, out var indices))
            {
                styles.Add(style, indices = []);
                order.Add(style);
            }

            indices.Add(i);
        }

        foreach (var style in order)
        {
            writer.Write($"  linkStyle {string.Join(',', styles[style].Select(i => i.ToString(CultureInfo.InvariantCulture)))} {style}\n");
        }

        foreach (var (name, definition) in ClassDefinitions)
        {
            if (classes.TryGetValue(name, out var ids))
            {
                writer.Write($"  classDef {name} {definition}\n");
                writer.Write($"  class {string.Join(',', ids)} {name}\n");
            }
        }
    }

    /// <summary>
    /// Text for a quoted Mermaid label. Mermaid turns <c>#name;</c> and <c>#123;</c> into HTML entities, so each
    /// character that Mermaid's grammar or the HTML of its labels would read is written as its code; a line break
    /// becomes <c>&lt;br/&gt;</c> (see <see cref="DiagramText"/>).
    /// </summary>
    internal static string Escape(string text)
        => DiagramText.Escape(text, "<br/>", c => c is '"' or '#' or '&' or '<' or '>' or '|' or '`' or '\\' ? $"#{(int)c};" : null);

    /// <summary>A party's node id, which Mermaid reads as a plain name: the slug's hyphens (which arrows are made of) become underscores, behind a prefix.</summary>
    internal static string NodeId(PartyId party) => NodeId((Reference)party);

    /// <summary>A node id for a party or record: a prefix for its kind, then its id with hyphens made underscores.</summary>
    internal static string NodeId(Reference record) => $"{Prefix(record.Kind)}_{record.Id.Replace('-', '_')}";

    /// <summary>The styles of the node classes, in the order they are written.</summary>
    private static readonly (string Name, string Definition)[] ClassDefinitions =
    [
        ("state", "stroke-width:3px,font-weight:bold"),
        ("demand", $"fill:{DiagramStyle.Fill(DiagramNodeKind.Demand)}"),
        ("commitment", $"fill:{DiagramStyle.Fill(DiagramNodeKind.Commitment)}"),
        ("pledge", $"fill:{DiagramStyle.Fill(DiagramNodeKind.Pledge)}"),
        ("sanction", $"fill:{DiagramStyle.Fill(DiagramNodeKind.Sanction)}"),
        ("agreement", $"fill:{DiagramStyle.Fill(DiagramNodeKind.Agreement)}"),
        ("issue", $"fill:{DiagramStyle.Fill(DiagramNodeKind.Issue)}"),
        ("record", $"fill:{DiagramStyle.Fill(DiagramNodeKind.Record)}"),
        ("agreementGroup", $"fill:{DiagramStyle.AgreementFill},stroke:{DiagramStyle.Colour(DiagramEdgeKind.Commitment)}"),
        ("highlight", $"stroke:{DiagramStyle.Highlight},stroke-width:3px"),
        ("uncertain", "stroke-dasharray:5 3"),
    ];

    private static string Prefix(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Party => "p",
        ReferenceKind.Issue => "i",
        ReferenceKind.Demand => "d",
        ReferenceKind.Sanction => "s",
        ReferenceKind.Agreement => "a",
        ReferenceKind.Commitment => "c",
        ReferenceKind.Stance => "st",
        ReferenceKind.Event => "e",
        ReferenceKind.Pledge => "pl",
        _ => "r",
    };

    /// <summary>A link's arrow: thick for a trade-off, dotted for a condition or a claim less certain than usual, its head by kind.</summary>
    private static string Arrow(DiagramEdge edge)
    {
        var dotted = edge.Kind == DiagramEdgeKind.Condition || edge.Mark?.LessCertain == true;
        var head = edge.Kind switch
        {
            DiagramEdgeKind.Opposes => "x",
            DiagramEdgeKind.Conditional => "o",
            DiagramEdgeKind.Neutral => string.Empty,
            _ => ">",
        };
        return edge.Highlighted ? $"=={(head.Length == 0 ? "=" : head)}"
            : dotted ? $"-.-{head}"
            : $"--{(head.Length == 0 ? "-" : head)}";
    }

    /// <summary>Text for a YAML double-quoted string, on one line.</summary>
    private static string YamlEscape(string text)
        => DiagramText.Escape(text, " ", c => c switch { '"' => "\\\"", '\\' => "\\\\", _ => null });

    private static void WriteGroup(TextWriter writer, DiagramGroup group, int depth, Dictionary<string, List<string>> classes)
    {
        var indent = new string(' ', depth * 2);
        foreach (var node in group.Nodes)
        {
            var id = NodeId(node.Record);
            writer.Write($"{indent}{Node(id, node.Kind, node.Label)}\n");
            AddClass(classes, ClassOf(node.Kind), id);
            if (node.Highlighted)
            {
                AddClass(classes, "highlight", id);
            }

            if (node.Mark?.LessCertain == true)
            {
                AddClass(classes, "uncertain", id);
            }
        }

        foreach (var inner in group.Groups)
        {
            // A subgraph needs an id of its own, apart from the nodes inside it.
            var id = inner.IsAgreement
                ? $"ga_{inner.Id["agreement:".Length..].Replace('-', '_')}"
                : $"g_{inner.Id.Replace('-', '_')}";
            writer.Write($"{indent}subgraph {id}[\"{Escape(inner.Label)}\"]\n");
            WriteGroup(writer, inner, depth + 1, classes);
            writer.Write($"{indent}end\n");
            if (inner.IsAgreement)
            {
                AddClass(classes, "agreementGroup", id);
            }
        }
    }

    /// <summary>The legend, as a subgraph: a sample node of each kind drawn, and a node that names the lines and the usual confidence.</summary>
    private static void WriteLegend(TextWriter writer, DiagramModel model, Dictionary<string, List<string>> classes)
    {
        writer.Write("  subgraph legend[\"Legend\"]\n");
        foreach (var kind in model.NodeKinds)
        {
            var id = $"legend_{kind.ToString().ToLowerInvariant()}";
            writer.Write($"    {Node(id, kind, DiagramText.Wrap(DiagramStyle.Meaning(kind), 26, 3))}\n");
            AddClass(classes, ClassOf(kind), id);
        }

        var lines = model.EdgeKinds.Select(k => $"{ColourName(k)} {GlyphName(k)}: {DiagramStyle.Meaning(k)}").ToList();
        if (model.HasHighlight)
        {
            lines.Add("red, thick: a trade-off, each side's part");
        }

        lines.Add("dashed: less certain than usual");
        lines.Add(DiagramStyle.UncertaintyNote(model.Confidence));
        writer.Write($"    legend_lines[\"{Escape(string.Join('\n', lines))}\"]\n");
        writer.Write("  end\n");
    }

    private static string ColourName(DiagramEdgeKind kind) => kind switch
    {
        DiagramEdgeKind.Demand => "blue",
        DiagramEdgeKind.Commitment => "green",
        DiagramEdgeKind.Sanction => "brown",
        DiagramEdgeKind.Supports => "cyan",
        DiagramEdgeKind.Opposes => "purple",
        DiagramEdgeKind.Conditional => "orange",
        _ => "grey",
    };

    private static string GlyphName(DiagramEdgeKind kind) => kind switch
    {
        DiagramEdgeKind.Condition => "dotted arrow",
        DiagramEdgeKind.Opposes => "line ending in x",
        DiagramEdgeKind.Conditional => "line ending in o",
        DiagramEdgeKind.Neutral => "line",
        _ => "arrow",
    };

    private static void AddClass(Dictionary<string, List<string>> classes, string? name, string id)
    {
        if (name is null)
        {
            return;
        }

        if (!classes.TryGetValue(name, out var ids))
        {
            classes.Add(name, ids = []);
        }

        ids.Add(id);
    }

    private static string? ClassOf(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.State => "state",
        DiagramNodeKind.Demand => "demand",
        DiagramNodeKind.Commitment => "commitment",
        DiagramNodeKind.Pledge => "pledge",
        DiagramNodeKind.Sanction => "sanction",
        DiagramNodeKind.Agreement => "agreement",
        DiagramNodeKind.Issue => "issue",
        DiagramNodeKind.Record => "record",
        _ => null,
    };

    private static string Node(string id, DiagramNodeKind kind, string text)
    {
        var label = $"\"{Escape(text)}\"";
        var shape = kind switch
        {
            DiagramNodeKind.State or DiagramNodeKind.Body => $"[{label}]",
            DiagramNodeKind.Organization or DiagramNodeKind.Demand or DiagramNodeKind.Commitment or DiagramNodeKind.Pledge => $"({label})",
            DiagramNodeKind.Person => $"([{label}])",
            DiagramNodeKind.Group => $"{{{{{label}}}}}",
            DiagramNodeKind.Sanction => $"[/{label}\\]",
            DiagramNodeKind.Agreement => $">{label}]",
            DiagramNodeKind.Issue => $"[({label})]",
            DiagramNodeKind.Record => $"[\\{label}/]",
            _ => $"[[{label}]]",
        };
        return id + shape;
    }
}
