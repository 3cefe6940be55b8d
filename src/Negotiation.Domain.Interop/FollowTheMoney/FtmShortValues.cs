using System.Buffers.Binary;
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

    private const int SlotBits = 10;
    private const int Slots = 1 << SlotBits;

    [ThreadStatic]
    private static Table? _table;

    /// <summary>The string of <paramref name="bytes"/> (UTF-8, no escapes, at most <see cref="MaxBytes"/> long).</summary>
    public static string Get(ReadOnlySpan<byte> bytes)
    {
        var table = _table ??= new Table();
        var slot = Slot(bytes);
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

    // The slot of a value: its length and its first and last eight bytes, mixed. Values that share a slot only take
    // it in turns (the table is a cache, checked byte for byte), so a fast hash beats a thorough one.
    private static int Slot(ReadOnlySpan<byte> bytes)
    {
        ulong first, last;
        if (bytes.Length >= 8)
        {
            first = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
            last = BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]);
        }
        else
        {
            first = 0;
            foreach (var b in bytes)
            {
                first = (first << 8) | b;
            }

            last = 0;
        }

        var hash = ((first * 0x9E3779B97F4A7C15UL) ^ (last * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)bytes.Length) * 0x165667B19E3779F9UL;
        return (int)(hash >> (64 - SlotBits));
    }

    private sealed class Table
    {
        public readonly byte[] Bytes = new byte[Slots * MaxBytes];
        public readonly byte[] Lengths = new byte[Slots];
        public readonly string?[] Strings = new string?[Slots];
    }
}
