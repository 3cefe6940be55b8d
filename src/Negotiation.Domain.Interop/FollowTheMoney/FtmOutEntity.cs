namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>An entity the export is about to write: its id, schema and properties in the order added.</summary>
internal sealed class FtmOutEntity(string id, string schema)
{
    public string Id { get; } = id;

    public string Schema { get; } = schema;

    public List<(string Property, List<string> Values)> Properties { get; } = [];

    /// <summary>Adds <paramref name="value"/> to <paramref name="property"/>, unless it is null.</summary>
    public FtmOutEntity With(string property, string? value)
    {
        if (value is null)
        {
            return this;
        }

        foreach (var (name, values) in Properties)
        {
            if (name == property)
            {
                values.Add(value);
                return this;
            }
        }

        Properties.Add((property, [value]));
        return this;
    }
}
