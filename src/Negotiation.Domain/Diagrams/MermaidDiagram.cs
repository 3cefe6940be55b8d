using System.Globalization;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// Writes a document as a Mermaid flowchart, for Markdown that renders Mermaid: the same picture as
/// <see cref="DotDiagram"/>. Parties are nodes in nested subgraphs by state; each demand, sanction (per target) and
/// commitment is a labelled link; links of a trade-off are red and thick (<c>linkStyle</c>); uncertain claims are
/// dotted links (<c>-.-&gt;</c>).
/// </summary>
/// <remarks>
/// Node ids are the party ids made safe for Mermaid (<c>p_us_treasury</c>), so that no id can be read as a keyword
/// such as <c>end</c>. Labels are quoted, and the characters Mermaid or its HTML would read (<c>" # &amp; &lt; &gt; | `</c>)
/// are written as Mermaid's <c>#code;</c> entities; a line break becomes <c>&lt;br/&gt;</c>. The output is deterministic,
/// with <c>\n</c> line ends. Runs in time linear in the size of the document.
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
        var states = new List<string>();
        foreach (var root in model.Roots)
        {
            WriteParty(writer, root, 1, states);
        }

        var styles = new Dictionary<string, List<int>>();
        var order = new List<string>();
        for (var i = 0; i < model.Edges.Count; i++)
        {
            var edge = model.Edges[i];
            var arrow = edge.Dashed ? "-.->" : "-->";
            writer.Write($"  {NodeId(edge.From)} {arrow}|\"{Escape(edge.Label)}\"| {NodeId(edge.To)}\n");
            var style = edge.Highlighted
                ? $"stroke:{DiagramColours.Highlight},stroke-width:3px,color:{DiagramColours.Highlight}"
                : $"stroke:{DiagramColours.Of(edge.Kind)}";
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

        if (states.Count > 0)
        {
            writer.Write("  classDef state stroke-width:3px,font-weight:bold\n");
            writer.Write($"  class {string.Join(',', states)} state\n");
        }
    }

    /// <summary>
    /// Text for a quoted Mermaid label. Mermaid turns <c>#name;</c> and <c>#123;</c> into HTML entities, so each
    /// character that Mermaid's grammar or the HTML of its labels would read is written as its code; a line break
    /// becomes <c>&lt;br/&gt;</c> (see <see cref="DiagramText"/>).
    /// </summary>
    internal static string Escape(string text)
        => DiagramText.Escape(text, "<br/>", c => c is '"' or '#' or '&' or '<' or '>' or '|' or '`' or '\\' ? $"#{(int)c};" : null);

    /// <summary>A node id Mermaid reads as a plain name: the slug's hyphens (which arrows are made of) become underscores, behind a prefix.</summary>
    internal static string NodeId(PartyId party) => $"p_{party.Value.Replace('-', '_')}";

    /// <summary>Text for a YAML double-quoted string, on one line.</summary>
    private static string YamlEscape(string text)
        => DiagramText.Escape(text, " ", c => c switch { '"' => "\\\"", '\\' => "\\\\", _ => null });

    private static void WriteParty(TextWriter writer, DiagramParty node, int depth, List<string> states)
    {
        var indent = new string(' ', depth * 2);
        var party = node.Party;
        if (party is State)
        {
            states.Add(NodeId(party.Id));
        }

        if (node.Children.Count == 0)
        {
            writer.Write($"{indent}{Node(party)}\n");
            return;
        }

        // A subgraph needs an id of its own, apart from the node of the party it is drawn around.
        writer.Write($"{indent}subgraph g_{party.Id.Value.Replace('-', '_')}[\"{Escape(party.Name)}\"]\n");
        writer.Write($"{indent}  {Node(party)}\n");
        foreach (var child in node.Children)
        {
            WriteParty(writer, child, depth + 1, states);
        }

        writer.Write($"{indent}end\n");
    }

    private static string Node(Party party)
    {
        var label = $"\"{Escape(party.Name)}\"";
        var shape = party switch
        {
            State or GovernmentBody => $"[{label}]",
            Organization => $"({label})",
            Person => $"([{label}])",
            Group => $"{{{{{label}}}}}",
            _ => $"[[{label}]]",
        };
        return NodeId(party.Id) + shape;
    }
}
