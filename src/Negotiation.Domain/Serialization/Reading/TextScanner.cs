using System.Text.Json;

namespace Negotiation.Domain.Serialization.Reading;

/// <summary>
/// Reads a text token by token with <see cref="Utf8JsonReader"/>, following the path, to find what only the text can
/// tell: syntax errors, nesting past the limit, strings that are not valid Unicode; and where a path is, as a line and
/// a column. Used only after reading has failed, so it favours exact answers over speed.
/// </summary>
internal static class TextScanner
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Whether the text starts with a UTF-8 byte-order mark, which JSON texts must not carry (RFC 8259, section 8.1).</summary>
    public static bool StartsWithByteOrderMark(ReadOnlySpan<byte> utf8) => utf8.StartsWith(ByteOrderMark);

    /// <summary>The first thing that makes the text not JSON, or nest too deeply; <see langword="null"/> when it is well formed.</summary>
    public static JsonReadError? FindSyntaxError(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        if (StartsWithByteOrderMark(utf8))
        {
            return new JsonReadError(ErrorCodes.InvalidJson, JsonPath.Root, 1, 1, "The text starts with a byte-order mark; a JSON text must not (RFC 8259, section 8.1).");
        }

        // One more level than allowed, so that this scanner, not the reader, meets the limit and can say where.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var tracker = new JsonPathTracker();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = ReadText(ref reader, tracker, member: true, utf8, out var nameError);
                        if (nameError is not null)
                        {
                            return nameError;
                        }

                        tracker.Member(name!, reader.TokenStartIndex);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        tracker.Value(reader.TokenStartIndex);
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            var at = TextPosition.Of(utf8, tracker.Start);
                            return new JsonReadError(ErrorCodes.TooDeep, tracker.Path, at.Line, at.Column, $"Objects and arrays nest more than {maxDepth} deep here.");
                        }

                        tracker.Open(reader.TokenType == JsonTokenType.StartArray);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        tracker.Close();
                        break;
                    case JsonTokenType.String:
                        tracker.Value(reader.TokenStartIndex);
                        ReadText(ref reader, tracker, member: false, utf8, out var textError);
                        if (textError is not null)
                        {
                            return textError;
                        }

                        break;
                    default:
                        tracker.Value(reader.TokenStartIndex);
                        break;
                }
            }

            return null;
        }
        catch (JsonException exception)
        {
            var at = new TextPosition((exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1);
            return new JsonReadError(ErrorCodes.InvalidJson, tracker.ErrorPath, at.Line, at.Column, Explain(exception, utf8));
        }
    }

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
        var children = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var rootWanted = false;
        foreach (var path in wanted)
        {
            rootWanted |= path == JsonPath.Root;
            if (JsonPath.Parent(path) is { } parent)
            {
                if (!children.TryGetValue(parent, out var steps))
                {
                    children[parent] = steps = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                steps[path[parent.Length..]] = path;
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = NegotiationJsonOptions.MaxDepthLimit + 1 });
        var tracker = new JsonPathTracker();
        var route = new List<Dictionary<string, string>?>(); // per open container: the steps to wanted paths inside it, or null
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
                    path = steps.GetValueOrDefault(tracker.Segment);
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

    /// <summary>Decodes the current string or member name, or says why it is not valid Unicode (at the path of the member, or of the value).</summary>
    private static string? ReadText(ref Utf8JsonReader reader, JsonPathTracker tracker, bool member, ReadOnlySpan<byte> utf8, out JsonReadError? error)
    {
        try
        {
            error = null;
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            var at = TextPosition.Of(utf8, reader.TokenStartIndex);
            error = new JsonReadError(ErrorCodes.InvalidJson, member ? tracker.ErrorPath : tracker.Path, at.Line, at.Column, "This string is not valid Unicode: it has bytes that are not UTF-8, or an escaped lone surrogate.");
            return null;
        }
    }

    /// <summary>A sentence for a syntax error: the reader's own, without its advice to change reader options and without its 0-based position.</summary>
    private static string Explain(JsonException exception, ReadOnlySpan<byte> utf8)
    {
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return "The text is empty; a document is a JSON object.";
        }

        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        if (message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
        {
            return "A trailing comma is not allowed in JSON.";
        }

        if (message.StartsWith("'/'", StringComparison.Ordinal) || message.Contains("comment", StringComparison.OrdinalIgnoreCase))
        {
            return "Comments are not allowed in JSON.";
        }

        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal) || message.Contains("end of data", StringComparison.Ordinal) && !message.Contains("invalid after a single JSON value", StringComparison.Ordinal))
        {
            return "The text ends before the document does: it is truncated, or an object or array is not closed.";
        }

        return "The text is not valid JSON: " + message.TrimEnd();
    }
}
