using Negotiation.Domain.Countries;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// What the first pass keeps so that the second can resolve references in any order: for every id a 128-bit key, the
/// kind of its entity and its line; for the few schemas whose facts land on another record (a position's name, an
/// occupancy's dates, an address's country, a state's country and the names of states and bodies that an authority
/// may name) those facts. Nothing else of an entity is kept.
/// </summary>
/// <remarks>
/// Ids are kept as two independent 64-bit hashes, not as text, so that an index of a million ids takes tens of
/// megabytes; two ids sharing both hashes (odds of about 10^-26 for a million ids) would read as a duplicate id.
/// </remarks>
internal sealed class FtmIndex
{
    private readonly Dictionary<UInt128, FtmIndexEntry> _entries = [];

    public Dictionary<UInt128, (string Name, string? Organization)> Positions { get; } = [];

    public Dictionary<UInt128, List<FtmOccupancy>> OccupanciesByHolder { get; } = [];

    public Dictionary<UInt128, CountryCode> AddressCountries { get; } = [];

    /// <summary>The first state read for each country, by its slug.</summary>
    public Dictionary<CountryCode, string> StatesByCountry { get; } = [];

    /// <summary>States and bodies by exact name, for a sanction's authority text.</summary>
    public Dictionary<string, List<(CountryCode? Country, string Slug)>> AuthorityNames { get; } = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>Adds <paramref name="id"/>; returns the entry already there when the id is taken.</summary>
    public FtmIndexEntry? TryAdd(string id, FtmKind kind, long line)
    {
        var key = Key(id);
        if (_entries.TryGetValue(key, out var existing))
        {
            return existing;
        }

        _entries.Add(key, new FtmIndexEntry(kind, line));
        return null;
    }

    public FtmIndexEntry? Find(string id) => _entries.TryGetValue(Key(id), out var entry) ? entry : null;

    public FtmKind KindOf(string id) => _entries.TryGetValue(Key(id), out var entry) ? entry.Kind : FtmKind.NotImported;

    /// <summary>Whether <paramref name="id"/> is in the input at all.</summary>
    public bool Contains(string id) => _entries.ContainsKey(Key(id));

    /// <summary>The key of an id: FNV-1a 64 and a multiply-xorshift hash, over the UTF-16 code units.</summary>
    public static UInt128 Key(string id)
    {
        var a = 14695981039346656037UL;
        var b = 0x243F6A8885A308D3UL ^ (ulong)id.Length;
        foreach (var c in id)
        {
            a = (a ^ c) * 1099511628211UL;
            b = (b + c) * 0x9E3779B97F4A7C15UL;
            b ^= b >> 29;
        }

        b ^= b >> 32;
        b *= 0xD6E8FEB86659FD93UL;
        b ^= b >> 32;
        return new UInt128(a, b);
    }
}
