using Negotiation.Domain.Countries;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// What the first pass keeps so that the second can resolve references in any order: for every id a 128-bit key, the
/// kind of its entity and its line (and an address's country); for the few schemas whose facts land on another record
/// (a position's name, an occupancy's dates, a state's country and the names of states and bodies that an authority
/// may name) those facts. Nothing else of an entity is kept.
/// </summary>
/// <remarks>
/// Ids are kept as two independent 64-bit hashes, not as text, in a table of 24 bytes a slot (<see cref="FtmIdTable"/>),
/// so that an index of two million ids takes under a hundred megabytes; two ids sharing both hashes (odds of about
/// 10^-26 for a million ids) would read as a duplicate id. An id's value packs its line (40 bits), its kind (8 bits)
/// and, for an address, the number of its country (14 bits; 0 for none).
/// </remarks>
internal sealed class FtmIndex
{
    private const int LineBits = 40;
    private const ulong LineMask = (1UL << LineBits) - 1;

    private readonly FtmIdTable _entries = new();
    private readonly List<CountryCode> _countries = [];
    private readonly Dictionary<CountryCode, int> _countryNumbers = [];

    public Dictionary<UInt128, (string Name, string? Organization)> Positions { get; } = [];

    public Dictionary<UInt128, List<FtmOccupancy>> OccupanciesByHolder { get; } = [];

    /// <summary>The first state read for each country, by its slug.</summary>
    public Dictionary<CountryCode, string> StatesByCountry { get; } = [];

    /// <summary>States and bodies by exact name, for a sanction's authority text.</summary>
    public Dictionary<string, List<(CountryCode? Country, string Slug)>> AuthorityNames { get; } = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>Adds the id of <paramref name="key"/>; returns the entry already there when the id is taken.</summary>
    public FtmIndexEntry? TryAdd(UInt128 key, FtmKind kind, long line)
    {
        if (_entries.TryAdd(key, Pack(kind, line), out var existing))
        {
            return null;
        }

        return Unpack(existing);
    }

    public FtmIndexEntry? Find(UInt128 key) => _entries.TryGet(key, out var value) ? Unpack(value) : null;

    public FtmKind KindOf(string id) => _entries.TryGet(Key(id), out var value) ? Unpack(value).Kind : FtmKind.NotImported;

    /// <summary>Whether <paramref name="id"/> is in the input at all.</summary>
    public bool Contains(string id) => _entries.TryGet(Key(id), out _);

    /// <summary>Keeps the country of the address <paramref name="key"/>, already added.</summary>
    public void SetAddressCountry(UInt128 key, CountryCode country)
    {
        if (!_entries.TryGet(key, out var value))
        {
            return;
        }

        if (!_countryNumbers.TryGetValue(country, out var number))
        {
            _countries.Add(country);
            number = _countries.Count; // from 1: 0 is no country
            _countryNumbers.Add(country, number);
        }

        _entries.Set(key, (value & ((1UL << (LineBits + 8)) - 1)) | ((ulong)number << (LineBits + 8)));
    }

    /// <summary>The country of the address <paramref name="id"/>, if it is an address of the input with one.</summary>
    public CountryCode? AddressCountry(string id)
        => _entries.TryGet(Key(id), out var value) && (int)(value >> (LineBits + 8)) is var number and > 0 ? _countries[number - 1] : null;

    /// <summary>The key of an id: FNV-1a 64 and a multiply-xorshift hash, over the UTF-16 code units.</summary>
    public static UInt128 Key(string id) => Key(id.AsSpan());

    /// <summary>The key of an id written in ASCII, from its bytes: the same as <see cref="Key(string)"/> of its text.</summary>
    public static UInt128 Key(ReadOnlySpan<byte> ascii) => Key<byte>(ascii);

    // Over code units: a char of UTF-16, or a byte of ASCII text, which is the same number.
    private static UInt128 Key<T>(ReadOnlySpan<T> units)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        var a = 14695981039346656037UL;
        var b = 0x243F6A8885A308D3UL ^ (ulong)units.Length;
        foreach (var unit in units)
        {
            var c = ulong.CreateTruncating(unit);
            a = (a ^ c) * 1099511628211UL;
            b = (b + c) * 0x9E3779B97F4A7C15UL;
            b ^= b >> 29;
        }

        b ^= b >> 32;
        b *= 0xD6E8FEB86659FD93UL;
        b ^= b >> 32;
        return new UInt128(a, b);
    }

    // Lines up to 2^40: a file with more would be terabytes of empty lines.
    private static ulong Pack(FtmKind kind, long line) => Math.Min((ulong)line, LineMask) | ((ulong)kind << LineBits);

    private static FtmIndexEntry Unpack(ulong value) => new((FtmKind)(byte)(value >> LineBits), (long)(value & LineMask));
}
