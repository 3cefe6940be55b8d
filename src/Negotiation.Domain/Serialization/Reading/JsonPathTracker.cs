namespace Negotiation.Domain.Serialization.Reading;

/// <summary>
/// Follows where a <see cref="System.Text.Json.Utf8JsonReader"/> is, as a JSON path, and where in the text the current
/// value starts (for a member, the start of its name, which is what a person looks for).
/// </summary>
/// <remarks>
/// Paths are built only when asked for, and each container's once: building every value's path as it passed made a
/// text of many values under a long member name cost the product of the two (a 1 MB text took minutes).
/// </remarks>
internal sealed class JsonPathTracker
{
    private readonly List<Frame> _frames = [];

    // The value that has just begun: the container it is in (null for the root), and its name or index there.
    private Frame? _parent;
    private string? _name;
    private int _index;
    private string? _path;

    /// <summary>The path of the value that has just begun.</summary>
    public string Path => _path ??= _parent is null ? JsonPath.Root : _parent.ChildPath(_name, _index);

    /// <summary>
    /// The last step of <see cref="Path"/>, as it ends the path: <c>.name</c>, <c>['odd name']</c> or <c>[2]</c>; empty
    /// for the root. Costs the length of the step, not of the path.
    /// </summary>
    public string Segment => _parent is null ? string.Empty : _parent.IsArray ? JsonPath.Item(string.Empty, _index) : JsonPath.Member(string.Empty, _name ?? string.Empty);

    /// <summary>Whether the value that has just begun is an array's item (its index is then <see cref="Index"/>).</summary>
    public bool InArray => _parent is { IsArray: true };

    /// <summary>The index of the value that has just begun, when it is an array's item.</summary>
    public int Index => _index;

    /// <summary>Where the value that has just begun starts: its member name's start inside an object, its own start otherwise.</summary>
    public long Start { get; private set; }

    /// <summary>
    /// Where a syntax error met now is: at the member whose name was just read, else at the innermost open object or
    /// array (the line and column then say exactly where inside it).
    /// </summary>
    public string ErrorPath => _frames.Count == 0
        ? JsonPath.Root
        : _frames[^1] is { IsArray: false, ValuePending: true } frame ? frame.ChildPath(frame.Name, 0) : _frames[^1].Path;

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
        _path = null;
        if (_frames.Count == 0)
        {
            _parent = null;
            Start = tokenStart;
            return;
        }

        var frame = _frames[^1];
        _parent = frame;
        if (frame.IsArray)
        {
            _index = ++frame.Index;
            Start = tokenStart;
        }
        else
        {
            _name = frame.Name;
            Start = frame.NameStart;
            frame.ValuePending = false;
        }
    }

    /// <summary>The value that has just begun is an object or an array: later values are inside it.</summary>
    public void Open(bool isArray) => _frames.Add(new Frame(_parent, _name, _index, isArray));

    public void Close() => _frames.RemoveAt(_frames.Count - 1);

    /// <summary>An open object or array: where it is in its own container, and which of its members or items is current.</summary>
    private sealed class Frame(Frame? parent, string? nameInParent, int indexInParent, bool isArray)
    {
        private string? _path;

        public bool IsArray { get; } = isArray;

        /// <summary>The index of the current item, for an array.</summary>
        public int Index { get; set; } = -1;

        /// <summary>The name of the current member, for an object.</summary>
        public string? Name { get; set; }

        public long NameStart { get; set; }

        public bool ValuePending { get; set; }

        public string Path => _path ??= parent is null ? JsonPath.Root : parent.ChildPath(nameInParent, indexInParent);

        public string ChildPath(string? name, int index) => IsArray ? JsonPath.Item(Path, index) : JsonPath.Member(Path, name ?? string.Empty);
    }
}
