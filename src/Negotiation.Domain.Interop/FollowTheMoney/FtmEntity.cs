namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// One FollowTheMoney entity as read, before mapping: its id, schema, OpenSanctions' caption and its properties, each
/// a list of values in the order of the input. A nested entity's value in its holder is replaced by its id.
/// </summary>
/// <remarks>
/// Read from a JSON line, a value is kept as where it lies in the line and becomes a string only when the mapper asks
/// for its property (<see cref="Values"/>): most properties of real data (birth dates, notes, topics) are only counted
/// for a note, and making strings of them was most of the import's garbage. So an entity read from a line is valid
/// only while that line's buffer is: the import maps it, or keeps strings of it in the index, before it reads the
/// next line. The JSON reader reuses its entities from line to line (<see cref="Reset"/>).
/// </remarks>
internal sealed class FtmEntity
{
    private static readonly List<string> None = [];

    // The properties in the order read, those with no value yet included (a property whose values were all nested
    // entities), so that a repeated property is found; only the first _count are in use, the rest kept for reuse.
    private readonly List<FtmProperty> _properties = [];
    private int _count;

    // Past a few properties, a table by name: real entities have a dozen, but a hostile line may have thousands, and a
    // scan for each would make reading it quadratic. Built when first needed, dropped by Reset.
    private const int ScanLimit = 16;
    private readonly Dictionary<string, FtmProperty> _byName = new(StringComparer.Ordinal);
    private bool _indexed;

    public FtmEntity()
    {
    }

    public FtmEntity(string id, string schema, long line) => Reset(id, schema, line, default);

    /// <summary>The id; read from a line, made a string only when asked for (see <see cref="Key"/>).</summary>
    public string Id
    {
        get
        {
            if (_id is null)
            {
                var (start, length, escaped) = _idPlace;
                _id = length > 0 ? FtmProperty.Decode(Source.Span, start, length, escaped) : "";
            }

            return _id;
        }
    }

    private string? _id = "";
    private (int Start, int Length, bool Escaped) _idPlace;
    private UInt128? _key;

    /// <summary>
    /// The id's key in the index (<see cref="FtmIndex.Key(string)"/>): hashed from the line's bytes when the id is plain
    /// ASCII there, so that the first pass makes no string of most ids.
    /// </summary>
    public UInt128 Key
    {
        get
        {
            if (_key is { } key)
            {
                return key;
            }

            var (start, length, escaped) = _idPlace;
            if (_id is null && !escaped && Source.Span.Slice(start, length) is var bytes && System.Text.Ascii.IsValid(bytes))
            {
                key = FtmIndex.Key(bytes);
            }
            else
            {
                key = FtmIndex.Key(Id);
            }

            _key = key;
            return key;
        }
    }

    public string Schema { get; private set; } = "";

    public long Line { get; private set; }

    /// <summary>OpenSanctions' caption; read from a line, made a string only when asked for.</summary>
    public string? Caption
    {
        get
        {
            if (_caption is null && _captionPlace is var (start, length, escaped) && length >= 0)
            {
                _caption = FtmProperty.Decode(Source.Span, start, length, escaped);
            }

            return _caption;
        }

        set
        {
            _caption = value;
            _captionPlace = (0, -1, false);
        }
    }

    private string? _caption;
    private (int Start, int Length, bool Escaped) _captionPlace = (0, -1, false);

    /// <summary>Sets the caption as its place in the line (between the quotes).</summary>
    public void SetCaptionPlace(int start, int length, bool escaped)
    {
        _caption = null;
        _captionPlace = (start, length, escaped);
    }

    /// <summary>Whether it was read from inside another entity (<c>targets.nested.json</c>), where repeats are by design.</summary>
    public bool Nested { get; set; }

    /// <summary>Notes found while reading it (a statement dropped, a schema conflict), given out with its records.</summary>
    public List<Imports.ImportNote>? ReadNotes { get; set; }

    /// <summary>The line the values lie in.</summary>
    internal ReadOnlyMemory<byte> Source { get; private set; }

    /// <summary>How many properties it has, those without values included (see <see cref="PropertyAt"/>).</summary>
    public int PropertyCount => _count;

    /// <summary>The property at <paramref name="index"/>, in the order read; its <see cref="FtmProperty.Count"/> may be 0.</summary>
    public FtmProperty PropertyAt(int index) => _properties[index];

    /// <summary>Makes it a new entity, keeping its lists for reuse.</summary>
    public void Reset(string id, string schema, long line, ReadOnlyMemory<byte> source)
    {
        for (var i = 0; i < _count; i++)
        {
            _properties[i].Clear();
        }

        _count = 0;
        if (_indexed)
        {
            _byName.Clear();
            _indexed = false;
        }

        SetId(id);
        Schema = schema;
        Line = line;
        Source = source;
        Caption = null;
        Nested = false;
        ReadNotes = null;
    }

    /// <summary>Names the entity once its members are read (the id and schema may come after the properties): its id is at <paramref name="start"/> in the line.</summary>
    public void Identify(int start, int length, bool escaped, string schema, long line)
    {
        _id = null;
        _idPlace = (start, length, escaped);
        _key = null;
        Schema = schema;
        Line = line;
    }

    private void SetId(string id)
    {
        _id = id;
        _idPlace = default;
        _key = null;
    }

    /// <summary>The property named <paramref name="name"/>, or null.</summary>
    public FtmProperty? Find(string name)
    {
        if (_indexed)
        {
            return _byName.GetValueOrDefault(name);
        }

        for (var i = 0; i < _count; i++)
        {
            var property = _properties[i];
            if (ReferenceEquals(property.Name, name) || string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Starts a new property (the caller has checked it is not there yet).</summary>
    public FtmProperty Open(string name)
    {
        FtmProperty property;
        if (_count < _properties.Count)
        {
            property = _properties[_count];
        }
        else
        {
            property = new FtmProperty();
            _properties.Add(property);
        }

        property.Name = name;
        _count++;
        if (_indexed)
        {
            _byName[name] = property;
        }
        else if (_count > ScanLimit)
        {
            for (var i = 0; i < _count; i++)
            {
                _byName[_properties[i].Name] = _properties[i];
            }

            _indexed = true;
        }

        return property;
    }

    /// <summary>The values of <paramref name="property"/>, empty when it has none; strings made now if not yet.</summary>
    public List<string> Values(string property) => Find(property) is { Count: > 0 } found ? found.Strings(Source.Span) : None;

    /// <summary>The first value of <paramref name="property"/>, if any.</summary>
    public string? First(string property)
    {
        var values = Values(property);
        return values.Count > 0 ? values[0] : null;
    }

    /// <summary>Adds a value to <paramref name="property"/>; a property with no value yet moves to the end, as it is new.</summary>
    public void Add(string property, string value)
    {
        if (Find(property) is not { } found)
        {
            found = Open(property);
        }
        else if (found.Count == 0)
        {
            var at = _properties.IndexOf(found);
            _properties.RemoveAt(at);
            _properties.Insert(_count - 1, found);
        }

        found.AddText(value);
    }
}
