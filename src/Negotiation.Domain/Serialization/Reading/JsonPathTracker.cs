namespace Negotiation.Domain.Serialization.Reading;

/// <summary>
/// Follows where a <see cref="System.Text.Json.Utf8JsonReader"/> is, as a JSON path, and where in the text the current
/// value starts (for a member, the start of its name, which is what a person looks for).
/// </summary>
internal sealed class JsonPathTracker
{
    private readonly List<Frame> _frames = [];

    /// <summary>The path of the value that has just begun.</summary>
    public string Path { get; private set; } = JsonPath.Root;

    /// <summary>Where the value that has just begun starts: its member name's start inside an object, its own start otherwise.</summary>
    public long Start { get; private set; }

    /// <summary>
    /// Where a syntax error met now is: at the member whose name was just read, else at the innermost open object or
    /// array (the line and column then say exactly where inside it).
    /// </summary>
    public string ErrorPath => _frames.Count == 0
        ? JsonPath.Root
        : _frames[^1] is { IsArray: false, ValuePending: true } frame ? JsonPath.Member(frame.Path, frame.Name ?? string.Empty) : _frames[^1].Path;

    public void Member(string name, long start)
    {
        var frame = _frames[^1];
        frame.Name = name;
        frame.NameStart = start;
        frame.ValuePending = true;
    }

    /// <summary>A value (a scalar, or the start of an object or array) begins at <paramref name="tokenStart"/>.</summary>
    public void Value(long tokenStart)
    {
        if (_frames.Count == 0)
        {
            Path = JsonPath.Root;
            Start = tokenStart;
            return;
        }

        var frame = _frames[^1];
        if (frame.IsArray)
        {
            frame.Index++;
            Path = JsonPath.Item(frame.Path, frame.Index);
            Start = tokenStart;
        }
        else
        {
            Path = JsonPath.Member(frame.Path, frame.Name ?? string.Empty);
            Start = frame.NameStart;
            frame.ValuePending = false;
        }
    }

    /// <summary>The value that has just begun is an object or an array: later values are inside it.</summary>
    public void Open(bool isArray) => _frames.Add(new Frame(Path, isArray));

    public void Close() => _frames.RemoveAt(_frames.Count - 1);

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }

        public long NameStart { get; set; }

        public bool ValuePending { get; set; }
    }
}
