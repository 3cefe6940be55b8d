namespace Negotiation.Domain.Bargaining;

/// <summary>A utility vector in units, compared by value, to find an outcome's vector among the frontier's.</summary>
internal readonly struct VectorKey(long[] units) : IEquatable<VectorKey>
{
    private readonly long[] _units = units;

    public bool Equals(VectorKey other) => _units.AsSpan().SequenceEqual(other._units);

    public override bool Equals(object? obj) => obj is VectorKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var unit in _units)
        {
            hash.Add(unit);
        }

        return hash.ToHashCode();
    }
}
