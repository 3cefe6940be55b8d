using System.Text;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// The strings of short values that repeat from entity to entity (country codes, provisions, topics, a program's
/// name), made once per thread: a value is found by its UTF-8 bytes in a small direct-mapped table, and only a value
/// not there becomes a new string, which then takes its slot. The table holds copies of the bytes in one fixed array,
/// so a miss costs no more than decoding did.
/// </summary>
internal static class FtmShortValues
{
    /// <summary>The longest value kept, in bytes: country codes, dates and most controlled vocabulary fit.</summary>
    public const int MaxBytes = 32;

    private const int Slots = 1024;

    [ThreadStatic]
    private static Table? _table;

    /// <summary>The string of <paramref name="bytes"/> (UTF-8, no escapes, at most <see cref="MaxBytes"/> long).</summary>
    public static string Get(ReadOnlySpan<byte> bytes)
    {
        var table = _table ??= new Table();
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        var slot = (int)(hash % Slots);
        var kept = table.Bytes.AsSpan(slot * MaxBytes, MaxBytes);
        if (table.Strings[slot] is { } found && table.Lengths[slot] == bytes.Length && bytes.SequenceEqual(kept[..bytes.Length]))
        {
            return found;
        }

        var text = Encoding.UTF8.GetString(bytes);
        bytes.CopyTo(kept);
        table.Lengths[slot] = (byte)bytes.Length;
        table.Strings[slot] = text;
        return text;
    }

    private sealed class Table
    {
        public readonly byte[] Bytes = new byte[Slots * MaxBytes];
        public readonly byte[] Lengths = new byte[Slots];
        public readonly string?[] Strings = new string?[Slots];
    }
}
