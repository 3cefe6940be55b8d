namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// One FollowTheMoney entity as read, before mapping: its id, schema, OpenSanctions' caption and its properties, each
/// a list of strings in the order of the input. A nested entity's value in its holder is replaced by its id.
/// </summary>
internal sealed class FtmEntity(string id, string schema, long line)
{
    private static readonly List<string> None = [];

    public string Id { get; } = id;

    public string Schema { get; } = schema;

    public long Line { get; } = line;

    public string? Caption { get; set; }

    /// <summary>Whether it was read from inside another entity (<c>targets.nested.json</c>), where repeats are by design.</summary>
    public bool Nested { get; init; }

    /// <summary>Notes found while reading it (a statement dropped, a schema conflict), given out with its records.</summary>
    public List<Imports.ImportNote>? ReadNotes { get; set; }

    /// <summary>The properties, in the order read.</summary>
    public Dictionary<string, List<string>> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>The values of <paramref name="property"/>, empty when it has none.</summary>
    public List<string> Values(string property) => Properties.TryGetValue(property, out var values) ? values : None;

    /// <summary>The first value of <paramref name="property"/>, if any.</summary>
    public string? First(string property) => Properties.TryGetValue(property, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Adds a value to <paramref name="property"/>.</summary>
    public void Add(string property, string value)
    {
        if (!Properties.TryGetValue(property, out var values))
        {
            values = [];
            Properties.Add(property, values);
        }

        values.Add(value);
    }
}
