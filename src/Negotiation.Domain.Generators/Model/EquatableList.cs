using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Negotiation.Domain.Generators.Model;

/// <summary>A read-only list that compares by its items, so models built from it cache in the incremental pipeline.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class EquatableList<T> : IReadOnlyList<T>, System.IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    public EquatableList(IEnumerable<T> items) => _items = items.ToArray();

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(EquatableList<T>? other) => other is not null && _items.SequenceEqual(other._items);

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in _items)
        {
            hash = (hash * 31) + (item?.GetHashCode() ?? 0);
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
