using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Collections;

/// <summary>
/// An immutable array compared by content: two arrays with equal items in the same order are equal and hash equal,
/// so records that hold one stay value-equal. <c>default</c> is the empty array, never a crash.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
[JsonConverter(typeof(EquatableArrayConverterFactory))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The items; a <c>default</c> array is taken as empty.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The items as an <see cref="ImmutableArray{T}"/> (never <c>default</c>).</summary>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? [] : _items;

    /// <summary>The number of items.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Whether there are no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative, or not less than <see cref="Count"/>.</exception>
    public T this[int index] => (uint)index < (uint)Count ? _items[index] : throw OutOfRange(index);

    /// <summary>The items as a span, for fast reading.</summary>
    /// <returns>A read-only span over the items.</returns>
    public ReadOnlySpan<T> AsSpan() => AsImmutableArray().AsSpan();

    /// <summary>Returns a new array with <paramref name="item"/> added at the end.</summary>
    /// <param name="item">The item to add.</param>
    /// <returns>The new array.</returns>
    public EquatableArray<T> Add(T item) => new(AsImmutableArray().Add(item));

    /// <summary>Returns a new array with the item at <paramref name="index"/> replaced.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <param name="item">The new item.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative, or not less than <see cref="Count"/>.</exception>
    public EquatableArray<T> SetItem(int index, T item) => (uint)index < (uint)Count ? new(_items.SetItem(index, item)) : throw OutOfRange(index);

    /// <summary>Returns a struct enumerator over the items.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the items, for debugging.</summary>
    /// <returns>The items between brackets.</returns>
    public override string ToString() => $"[{string.Join(", ", AsImmutableArray())}]";

    /// <summary>Content equality.</summary>
    /// <param name="left">One array.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they hold equal items in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Content inequality.</summary>
    /// <param name="left">One array.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    // ImmutableArray's own indexer throws IndexOutOfRangeException, outside the library's family of exceptions.
    private ArgumentOutOfRangeException OutOfRange(int index)
        => new(nameof(index), index, Count == 0 ? "The array is empty." : $"The index must be from 0 to {Count - 1}.");

    /// <summary>Copies an array.</summary>
    /// <param name="items">The items; <see langword="null"/> gives the empty array.</param>
    public static implicit operator EquatableArray<T>(T[]? items) => items is null ? default : new([.. items]);
}
