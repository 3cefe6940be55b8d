using System.Globalization;
using System.Text.Json;

namespace Negotiation.Diagrams.LayoutCheck;

/// <summary>The label boxes of a graph laid out by <c>dot -Tjson</c>.</summary>
internal static class Layout
{
    /// <summary>
    /// Every node's box (its <c>pos</c>, <c>width</c> and <c>height</c>; the label is inside it), every edge label's and
    /// every cluster label's text box (from the text operations of its <c>_ldraw_</c>, one box around all its lines).
    /// </summary>
    public static List<LabelBox> Boxes(JsonElement graph)
    {
        var boxes = new List<LabelBox>();
        var names = new Dictionary<int, string>();
        foreach (var item in Array(graph, "objects"))
        {
            var name = item.GetProperty("name").GetString()!;
            names[item.GetProperty("_gvid").GetInt32()] = name;
            if (item.TryGetProperty("pos", out var pos))
            {
                if (item.TryGetProperty("style", out var style) && style.GetString()!.Contains("invis", StringComparison.Ordinal))
                {
                    continue;
                }

                var (x, y) = Point(pos.GetString()!);
                var width = Number(item.GetProperty("width")) * 72 / 2;
                var height = Number(item.GetProperty("height")) * 72 / 2;
                boxes.Add(new LabelBox($"node {name}", x - width, y - height, x + width, y + height));
            }
            else if (TextBox($"cluster {name}'s label", item) is { } label)
            {
                boxes.Add(label);
            }
        }

        foreach (var edge in Array(graph, "edges"))
        {
            var id = edge.TryGetProperty("id", out var given) ? given.GetString()! : $"{names[edge.GetProperty("tail").GetInt32()]}->{names[edge.GetProperty("head").GetInt32()]}";
            if (TextBox($"edge {id}'s label", edge) is { } label)
            {
                boxes.Add(label);
            }
        }

        return boxes;
    }

    /// <summary>The box around the text operations of an object's <c>_ldraw_</c>, or null when it draws no label.</summary>
    private static LabelBox? TextBox(string what, JsonElement item)
    {
        if (!item.TryGetProperty("_ldraw_", out var draw))
        {
            return null;
        }

        double size = 14, left = double.MaxValue, right = double.MinValue, bottom = double.MaxValue, top = double.MinValue;
        foreach (var op in draw.EnumerateArray())
        {
            switch (op.GetProperty("op").GetString())
            {
                case "F":
                    size = Number(op.GetProperty("size"));
                    break;
                case "T":
                    var point = op.GetProperty("pt");
                    var (x, y) = (Number(point[0]), Number(point[1]));
                    var width = Number(op.GetProperty("width"));
                    var start = op.GetProperty("align").GetString() switch { "l" => x, "r" => x - width, _ => x - width / 2 };
                    left = Math.Min(left, start);
                    right = Math.Max(right, start + width);

                    // The point is on the baseline: descenders go about a quarter of the size below it, capitals most of it above.
                    bottom = Math.Min(bottom, y - size * 0.25);
                    top = Math.Max(top, y + size * 0.8);
                    break;
            }
        }

        return left == double.MaxValue ? null : new LabelBox(what, left, bottom, right, top);
    }

    private static IEnumerable<JsonElement> Array(JsonElement graph, string name)
        => graph.TryGetProperty(name, out var items) ? items.EnumerateArray() : [];

    private static double Number(JsonElement value)
        => value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble();

    private static (double X, double Y) Point(string text)
    {
        var parts = text.Split(',');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
