namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// The id index's table: 128-bit keys to 64-bit values, in 256 open-addressing tables of 24-byte slots chosen by the
/// key's top bits. A <see cref="Dictionary{TKey, TValue}"/> of the same content takes about twice the memory (a
/// 40-byte entry and a bucket per id, at up to twice the ids), and while it grows it holds its old and new arrays at
/// once: for two million ids, about 280 MB for a moment. Here each part grows alone, by half, so the table stays
/// between 32 and 48 bytes an id and growing adds at most a 256th of it.
/// </summary>
internal sealed class FtmIdTable
{
    private const int Parts = 256;
    private const int FirstSize = 16;

    private readonly Slot[][] _parts = new Slot[Parts][];
    private readonly int[] _counts = new int[Parts];

    public FtmIdTable()
    {
        for (var i = 0; i < Parts; i++)
        {
            _parts[i] = new Slot[FirstSize];
        }
    }

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/>; when the key is there already, returns false and its value.</summary>
    public bool TryAdd(UInt128 key, ulong value, out ulong existing)
    {
        var part = PartOf(key);
        var slots = _parts[part];
        if ((_counts[part] + 1) * 4L > slots.Length * 3L)
        {
            slots = _parts[part] = Grow(slots);
        }

        ref var slot = ref Probe(slots, key);
        if (slot.Used)
        {
            existing = slot.Value;
            return false;
        }

        slot = new Slot(key, value);
        _counts[part]++;
        Count++;
        existing = 0;
        return true;
    }

    /// <summary>The value of <paramref name="key"/>, if it is there.</summary>
    public bool TryGet(UInt128 key, out ulong value)
    {
        ref var slot = ref Probe(_parts[PartOf(key)], key);
        value = slot.Value;
        return slot.Used;
    }

    /// <summary>Replaces the value of a key that is there.</summary>
    public void Set(UInt128 key, ulong value)
    {
        ref var slot = ref Probe(_parts[PartOf(key)], key);
        if (slot.Used)
        {
            slot = new Slot(key, value);
        }
    }

    // The part: the top 8 bits of the key's low half (the well-mixed hash); the place in it comes from the other 56.
    private static int PartOf(UInt128 key) => (int)((ulong)key >> 56);

    // The slot of the key, or the empty one where it would go (linear probing; a part is never full).
    private static ref Slot Probe(Slot[] slots, UInt128 key)
    {
        var at = (int)Math.BigMul((ulong)key << 8, (ulong)slots.Length, out _);
        while (true)
        {
            ref var slot = ref slots[at];
            if (!slot.Used || slot.Key == key)
            {
                return ref slot;
            }

            at = at + 1 == slots.Length ? 0 : at + 1;
        }
    }

    private static Slot[] Grow(Slot[] slots)
    {
        var grown = new Slot[slots.Length + (slots.Length / 2)];
        foreach (var slot in slots)
        {
            if (slot.Used)
            {
                Probe(grown, slot.Key) = slot;
            }
        }

        return grown;
    }

    // A key and its value; the value's top bit says the slot is taken (values use at most 63 bits).
    private readonly struct Slot(UInt128 key, ulong value)
    {
        private const ulong UsedBit = 1UL << 63;

        // The key as two halves: a UInt128 field would align the slot to 16 bytes, making it 32.
        private readonly ulong _low = (ulong)key;
        private readonly ulong _high = (ulong)(key >> 64);
        private readonly ulong _stored = value | UsedBit;

        public UInt128 Key => new(_high, _low);

        public bool Used => (_stored & UsedBit) != 0;

        public ulong Value => _stored & ~UsedBit;
    }
}
