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

        Span<char> chars = stackalloc char[MaxNameBytes];
        var length = Encoding.UTF8.GetChars(bytes, chars);
        var text = chars[..length];
        if (_lookup.TryGetValue(text, out var name))
        {
            return name;
        }

        name = new string(text);
        if (_names.Count < MaxNames)
        {
            _names.Add(name, name);
        }

        return name;
    }
}
