using System.Text;
using System.Text.Json;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// The strings of names that repeat on every line (property names, OpenSanctions' member names), made once: a name is
/// looked up by its characters, decoded on the stack, and only a name not seen yet becomes a new string.
/// </summary>
internal sealed class FtmNameCache
{
    // Enough for every property of the model and the metadata of real exports; past it (hostile input with a new
    // name on every line) names are made each time rather than held.
    private const int MaxNames = 4096;
    private const int MaxNameBytes = 128;

    // In front of the dictionary: the first name found for each slot, by a hash of their bytes, compared as bytes. Nearly every
    // lookup ends here, without decoding the name or hashing its characters.
    private const int RecentSlots = 256;
    private readonly byte[]?[] _recentBytes = new byte[RecentSlots][];
    private readonly string[] _recentNames = new string[RecentSlots];

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FtmNameCache() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string of the reader's current token (a property name or a string value).</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        if (reader.ValueIsEscaped || reader.HasValueSequence || bytes.Length > MaxNameBytes)
        {
            return reader.GetString()!;
        }

        var slot = Slot(bytes);
        if (_recentBytes[slot] is { } recent && bytes.SequenceEqual(recent))
        {
            return _recentNames[slot];
        }

        Span<char> chars = stackalloc char[MaxNameBytes];
        var length = Encoding.UTF8.GetChars(bytes, chars);
        var text = chars[..length];
        if (_lookup.TryGetValue(text, out var name))
        {
            Remember(slot, bytes, name);
            return name;
        }

        name = new string(text);
        if (_names.Count < MaxNames)
        {
            _names.Add(name, name);
            Remember(slot, bytes, name);
        }

        return name;
    }

    // The first name of a slot keeps it: two names sharing one would otherwise take it in turns, a copy each time.
    private void Remember(int slot, ReadOnlySpan<byte> bytes, string name)
    {
        if (_recentBytes[slot] is not null)
        {
            return;
        }

        _recentBytes[slot] = bytes.ToArray();
        _recentNames[slot] = name;
    }

    // The length and three of the bytes: enough to keep apart the few dozen names of a real file.
    private static int Slot(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return 0;
        }

        var hash = (uint)bytes.Length * 0x9E3779B1u;
        hash = (hash ^ bytes[0]) * 0x85EBCA6Bu;
        hash = (hash ^ bytes[bytes.Length / 2]) * 0xC2B2AE35u;
        hash = (hash ^ bytes[^1]) * 0x27D4EB2Fu;
        return (int)(hash >> 24);
    }
}
