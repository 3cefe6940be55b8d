using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>Makes bad inputs by editing the seed's canonical JSON (or another document's) at a JSON path (<c>$.parties[0].name</c>).</summary>
internal static partial class JsonEdit
{
    private static readonly Lazy<string> LazySeed = new(() => NegotiationJson.Write(SeedScenario.Build()));

    /// <summary>The seed scenario as the library writes it.</summary>
    public static string Seed => LazySeed.Value;

    /// <summary>The seed with the value at <paramref name="path"/> replaced (or added, for a new member).</summary>
    public static string Set(string path, JsonNode? value) => Set(Seed, path, value);

    /// <summary><paramref name="json"/> with the value at <paramref name="path"/> replaced (or added, for a new member).</summary>
    public static string Set(string json, string path, JsonNode? value) => Edit(json, root =>
    {
        var (parent, last) = Navigate(root, path);
        if (last is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)last] = value;
        }
    });

    /// <summary>The seed with the member at <paramref name="path"/> removed.</summary>
    public static string Remove(string path) => Edit(root =>
    {
        var (parent, last) = Navigate(root, path);
        parent.AsObject().Remove((string)last);
    });

    /// <summary>The seed with the member at <paramref name="path"/> renamed, keeping its place.</summary>
    public static string Rename(string path, string newName) => Edit(root =>
    {
        var (parent, last) = Navigate(root, path);
        var members = parent.AsObject().ToList();
        parent.AsObject().Clear();
        foreach (var (name, value) in members)
        {
            parent.AsObject()[name == (string)last ? newName : name] = value?.DeepClone();
        }
    });

    /// <summary>The seed with any change made to its tree.</summary>
    public static string Edit(Action<JsonNode> edit) => Edit(Seed, edit);

    /// <summary><paramref name="json"/> with any change made to its tree.</summary>
    public static string Edit(string json, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(json)!;
        edit(root);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The node at <paramref name="path"/> in <paramref name="root"/>.</summary>
    public static JsonNode At(JsonNode root, string path)
    {
        var (parent, last) = Navigate(root, path);
        return last is int index ? parent.AsArray()[index]! : parent.AsObject()[(string)last]!;
    }

    private static (JsonNode Parent, object Last) Navigate(JsonNode root, string path)
    {
        var segments = Segment().Matches(path).Select(m => m.Groups["name"].Success ? (object)m.Groups["name"].Value : int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var node = root;
        foreach (var segment in segments[..^1])
        {
            node = segment is int index ? node.AsArray()[index]! : node.AsObject()[(string)segment]!;
        }

        return (node, segments[^1]);
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
