namespace Negotiation.Domain.Analysis;

/// <summary>
/// A set that keeps the order items were first added in. Results list records in document order, and the order of a
/// plain <see cref="HashSet{T}"/> is not promised.
/// </summary>
internal sealed class OrderedSet<T>
{
    private readonly HashSet<T> _seen = [];

    public List<T> Items { get; } = [];

    public bool Contains(T item) => _seen.Contains(item);

    public void Add(T item)
    {
        if (_seen.Add(item))
        {
            Items.Add(item);
        }
    }

    public void AddRange(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }
}
