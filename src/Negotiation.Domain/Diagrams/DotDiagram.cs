using Negotiation.Domain.Documents;
using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// Writes a document as a Graphviz DOT digraph, for <c>dot -Tsvg</c>: the parties as nodes, grouped in clusters by
/// state along their parent chains; each demand, sanction (per target) and commitment as a labelled edge between
/// parties; the records of a trade-off found by <see cref="Analysis.LinkageGraph"/> highlighted in red and thick;
/// uncertain claims (reported, disputed or denied, or an agreement its parties have not confirmed) dashed.
/// </summary>
/// <remarks>
/// The output is deterministic (document order throughout, <c>\n</c> line ends) and every id and label is quoted and
/// escaped, so any text in a document (quotes, backslashes, line breaks, any Unicode) renders as written. Each edge
/// has as its <c>id</c> the record it draws and the party it points at (<c>demand:us-asks-crackdown-on-exporters->cn</c>),
/// unique in the graph, which SVG output keeps.
/// Runs in time linear in the size of the document.
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
        writer.Write($"  graph [label={Quote(model.Title)}, labelloc=t, fontname=\"Helvetica\", rankdir=LR, newrank=true];\n");
        writer.Write("  node [fontname=\"Helvetica\", fontsize=11];\n");
        writer.Write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        foreach (var root in model.Roots)
        {
            WriteParty(writer, root, 1);
        }

        foreach (var edge in model.Edges)
        {
            var attributes = new List<string>
            {
                $"id={Quote($"{edge.Record}->{edge.To.Value}")}",
                $"label={Quote(edge.Label)}",
                $"color=\"{(edge.Highlighted ? DiagramColours.Highlight : DiagramColours.Of(edge.Kind))}\"",
            };
            if (edge.Highlighted)
            {
                attributes.Add("penwidth=2.5");
                attributes.Add($"fontcolor=\"{DiagramColours.Highlight}\"");
            }

            if (edge.Dashed)
            {
                attributes.Add("style=dashed");
            }

            writer.Write($"  {Quote(edge.From.Value)} -> {Quote(edge.To.Value)} [{string.Join(", ", attributes)}];\n");
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

    private static void WriteParty(TextWriter writer, DiagramParty node, int depth)
    {
        var indent = new string(' ', depth * 2);
        var party = node.Party;
        if (node.Children.Count == 0)
        {
            writer.Write($"{indent}{Quote(party.Id.Value)} [label={Quote(party.Name)}, {Shape(party)}];\n");
            return;
        }

        // A party with others under it is drawn with them inside its cluster (Graphviz draws subgraphs named cluster*).
        writer.Write($"{indent}subgraph {Quote($"cluster_{party.Id.Value}")} {{\n");
        writer.Write($"{indent}  label={Quote(party.Name)};\n");
        writer.Write($"{indent}  style=rounded; color=\"#9e9e9e\"; fontname=\"Helvetica\";\n");
        writer.Write($"{indent}  {Quote(party.Id.Value)} [label={Quote(party.Name)}, {Shape(party)}];\n");
        foreach (var child in node.Children)
        {
            WriteParty(writer, child, depth + 1);
        }

        writer.Write($"{indent}}}\n");
    }

    private static string Shape(Party party) => party switch
    {
        State => "shape=box, style=bold",
        GovernmentBody => "shape=box",
        Organization => "shape=box, style=rounded",
        Person => "shape=ellipse",
        Group => "shape=hexagon",
        _ => "shape=box3d",
    };
}
