using System.Text;
using System.Text.Json;
using Negotiation.Domain.Serialization.Reading;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// Reads a GeniusWeb file from strangers safely: at most <see cref="GeniusImportOptions.MaxBytes"/> bytes, nested at
/// most <see cref="GeniusImportOptions.MaxDepth"/> deep, valid JSON and valid UTF-8 throughout, each problem with the
/// JSON path where it was found. A first pass checks all that; only then is the document parsed.
/// </summary>
internal static class SafeJson
{
    /// <summary>The parsed file (to dispose), or an <see cref="ImportException"/>: <c>too-large</c>, <c>too-deep</c>, <c>invalid-json</c>.</summary>
    public static JsonDocument Parse(Stream stream, GeniusImportOptions options)
    {
        var bytes = BoundedInput.Read(stream, options.MaxBytes)
            ?? throw new ImportException(ErrorCodes.TooLarge, JsonPath.Root, $"the file is larger than {options.MaxBytes} bytes (GeniusImportOptions.MaxBytes)");
        ReadOnlyMemory<byte> json = bytes;
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..]; // as Windows editors save UTF-8
        }

        Check(json.Span, options.MaxDepth);
        return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = options.MaxDepth + 1 });
    }

    /// <summary>Reads every token, tracking the path, so that a syntax error or a nesting too deep is told where it is.</summary>
    private static void Check(ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Name = reader.GetString() };
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(frames);
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            throw new ImportException(ErrorCodes.TooDeep, PathOf(frames), $"objects and arrays are nested more than {maxDepth} deep (GeniusImportOptions.MaxDepth); a GeniusWeb profile needs 6");
                        }

                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        Done(frames);
                        break;
                    case JsonTokenType.String:
                        Advance(frames);
                        _ = reader.GetString(); // a string that is not valid UTF-8 is found now, not later
                        Done(frames);
                        break;
                    default:
                        Advance(frames);
                        Done(frames);
                        break;
                }
            }
        }
        catch (JsonException malformed)
        {
            var where = malformed.LineNumber is { } line ? $" at line {line + 1}, byte {malformed.BytePositionInLine + 1}" : string.Empty;
            throw new ImportException(ErrorCodes.InvalidJson, PathOf(frames), $"the file is not JSON{where}: {ImportText.Parser(malformed.Message)}");
        }
        catch (InvalidOperationException invalid)
        {
            throw new ImportException(ErrorCodes.InvalidJson, PathOf(frames), $"a string of the file is not valid UTF-8: {ImportText.Parser(invalid.Message)}");
        }
    }

    /// <summary>Counts one more item of the array being read, if an array is being read.</summary>
    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    /// <summary>Ends a member's value: until the next member, a problem is the object's.</summary>
    private static void Done(List<Frame> frames)
    {
        if (frames.Count > 0 && !frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Name = null };
        }
    }

    /// <summary>The path of the value being read.</summary>
    private static string PathOf(List<Frame> frames)
    {
        var path = JsonPath.Root;
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path = JsonPath.Item(path, frame.Index);
            }
            else if (!frame.IsArray && frame.Name is not null)
            {
                path = JsonPath.Member(path, frame.Name);
            }
        }

        return path;
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Name);
}
