using System.Text.Json;

namespace Negotiation.Domain.Serialization.Reading;

/// <summary>
/// Finds where a path is in a well-formed text, as a line and a column: where the document rules found broken after
/// reading (a dangling id, a repeated one) are reported. Format errors never come here: the reader knows their place.
/// </summary>
internal static class TextScanner
{
    /// <summary>
    /// Where <paramref name="path"/> is in the text (its <paramref name="occurrence"/>-th appearance): the start of its
    /// member name, or of the value itself for the root and array items. A path not in the text (a missing member) is
    /// placed at the nearest value that holds it.
    /// </summary>
    public static TextPosition Locate(ReadOnlySpan<byte> utf8, string path, int occurrence = 1)
    {
        for (var target = path; target is not null; target = JsonPath.Parent(target), occurrence = 1)
        {
            var offset = Find(utf8, target, occurrence);
            if (offset >= 0)
            {
                return TextPosition.Of(utf8, offset);
            }
        }

        return TextPosition.Start;
    }

    /// <summary>
    /// Where each of <paramref name="paths"/> is in the text (its first appearance), found in one pass however many
    /// there are, so that a document with thousands of broken rules is still located in linear time. A path not in
    /// the text is placed at the nearest value that holds it, as <see cref="Locate"/> does.
    /// </summary>
    public static TextPosition[] LocateAll(ReadOnlySpan<byte> utf8, IReadOnlyList<string> paths)
    {
        var wanted = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var target = path; target is not null && wanted.TryAdd(target, -1); target = JsonPath.Parent(target))
            {
            }
        }

        Walk(utf8, wanted.Keys, (path, offset) =>
        {
            if (wanted.TryGetValue(path, out var found) && found < 0)
            {
                wanted[path] = offset;
            }

            return false;
        });

        // Offsets to line and column in one more pass: sorting them lets the line count run forward only.
        var offsets = new long[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            offsets[i] = 0;
            for (var target = paths[i]; target is not null; target = JsonPath.Parent(target))
            {
                if (wanted[target] >= 0)
                {
                    offsets[i] = wanted[target];
                    break;
                }
            }
        }

        var order = Enumerable.Range(0, paths.Count).OrderBy(i => offsets[i]).ToArray();
        var positions = new TextPosition[paths.Count];
        long line = 1, lineStart = 0, scanned = 0;
        foreach (var i in order)
        {
            for (; scanned < offsets[i]; scanned++)
            {
                if (utf8[(int)scanned] == (byte)'\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            positions[i] = new TextPosition(line, offsets[i] - lineStart + 1);
        }

        return positions;
    }

    private static long Find(ReadOnlySpan<byte> utf8, string path, int occurrence)
    {
        var seen = 0;
        var at = -1L;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        for (var target = path; target is not null; target = JsonPath.Parent(target))
        {
            wanted.Add(target);
        }

        Walk(utf8, wanted, (current, offset) =>
        {
            if (current == path && ++seen == occurrence)
            {
                at = offset;
                return true;
            }

            return false;
        });
        return at;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with the path and start offset of every value of a well-formed text whose path is
    /// one of <paramref name="wanted"/> (which holds the parent of each of its paths), in text order, until it returns
    /// <see langword="true"/>. A text that is not well formed is walked as far as it goes.
    /// </summary>
    /// <remarks>
    /// Only the containers on the way to a wanted path have their path built: inside any other, a value is passed by
    /// its step alone, so the walk costs the length of the text, however long its member names and however many
    /// values sit under them.
    /// </remarks>
    private static void Walk(ReadOnlySpan<byte> utf8, IEnumerable<string> wanted, Func<string, long, bool> visit)
    {
        // For each wanted path, the steps from it to the wanted paths just inside it.
        var children = new Dictionary<string, Steps>(StringComparer.Ordinal);
        var rootWanted = false;
        foreach (var path in wanted)
        {
            rootWanted |= path == JsonPath.Root;
            if (JsonPath.Parent(path) is { } parent)
            {
                if (!children.TryGetValue(parent, out var steps))
                {
                    children[parent] = steps = new Steps();
                }

                steps.Add(path[parent.Length..], path);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = NegotiationJsonOptions.MaxDepthLimit + 1 });
        var tracker = new JsonPathTracker();
        var route = new List<Steps?>(); // per open container: the steps to wanted paths inside it, or null
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        tracker.Member(reader.GetString()!, reader.TokenStartIndex);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        tracker.Close();
                        route.RemoveAt(route.Count - 1);
                        continue;
                }

                tracker.Value(reader.TokenStartIndex);
                string? path = null;
                if (route.Count == 0)
                {
                    path = rootWanted ? JsonPath.Root : null;
                }
                else if (route[^1] is { } steps)
                {
                    path = steps.Find(tracker);
                }

                if (path is not null && visit(path, tracker.Start))
                {
                    return;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    tracker.Open(reader.TokenType == JsonTokenType.StartArray);
                    route.Add(path is null ? null : children.GetValueOrDefault(path));
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Only well-formed texts are located; the caller falls back to a coarser place for what was not reached.
        }
    }

    /// <summary>
    /// The steps from one wanted path to the wanted paths just inside it: items by their index, so that an array of a
    /// million items is walked without a string for each; members by their step (<c>.name</c>, <c>['odd name']</c>).
    /// </summary>
    private sealed class Steps
    {
        private readonly Dictionary<int, string> _items = [];
        private readonly Dictionary<string, string> _members = new(StringComparer.Ordinal);

        public void Add(string step, string path)
        {
            if (step.Length > 2 && step[0] == '[' && step[^1] == ']' && int.TryParse(step.AsSpan(1, step.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                _items[index] = path;
            }
            else
            {
                _members[step] = path;
            }
        }

        /// <summary>The wanted path of the value that has just begun, if it is one of these steps.</summary>
        public string? Find(JsonPathTracker tracker)
            => tracker.InArray ? _items.GetValueOrDefault(tracker.Index) : _members.GetValueOrDefault(tracker.Segment);
    }
}
