using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using Negotiation.Domain.Collections;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>Reads the arrays of the format: items gathered in a pooled array and copied once to their exact size.</summary>
internal static class FormatArrays
{
    /// <summary>Reads an array at the reader's current token; <paramref name="depth"/> is the path slot of the array's member.</summary>
    public static EquatableArray<T> Read<T>(ref Utf8JsonReader r, ReadContext s, int depth, ItemReader<T> item)
    {
        s.EnterArray(ref r);
        r.Read();
        if (r.TokenType == JsonTokenType.EndArray)
        {
            return default;
        }

        var pool = ArrayPool<T>.Shared;
        var items = pool.Rent(8);
        var count = 0;
        try
        {
            do
            {
                if (count == items.Length)
                {
                    var larger = pool.Rent(count * 2);
                    items.AsSpan(0, count).CopyTo(larger);
                    pool.Return(items, clearArray: true);
                    items = larger;
                }

                s.Item(depth, count, r.TokenStartIndex);
                items[count] = item(ref r, s, depth + 1);
                s.EndItem(depth);
                count++;
                r.Read();
            }
            while (r.TokenType != JsonTokenType.EndArray);

            return new EquatableArray<T>(ImmutableArray.Create(items.AsSpan(0, count)));
        }
        finally
        {
            // Cleared, so the pool holds nothing of the document.
            pool.Return(items, clearArray: true);
        }
    }
}
