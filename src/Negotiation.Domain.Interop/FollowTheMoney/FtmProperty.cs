using System.Text;
using System.Text.Json;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>One property of an <see cref="FtmEntity"/>: its name and values, kept as strings or as places in the line.</summary>
internal sealed class FtmProperty
{
    // A value: the string when it was given as one, else its place in the line (between the quotes) and whether it
    // holds escapes.
    private readonly List<(string? Text, int Start, int Length, bool Escaped)> _values = [];
    private readonly List<string> _strings = [];
    private bool _made;

    public string Name { get; set; } = "";

    public int Count => _values.Count;

    public void Clear()
    {
        _values.Clear();
        _strings.Clear();
        _made = false;
    }

    public void AddText(string value)
    {
        _values.Add((value, 0, 0, false));
        if (_made)
        {
            _strings.Add(value);
        }
    }

    public void AddPlace(int start, int length, bool escaped)
    {
        _values.Add((null, start, length, escaped));
        _made = false;
        _strings.Clear();
    }

    /// <summary>The values as strings, made from <paramref name="source"/> the first time.</summary>
    public List<string> Strings(ReadOnlySpan<byte> source)
    {
        if (!_made)
        {
            _strings.Clear();
            foreach (var (text, start, length, escaped) in _values)
            {
                _strings.Add(text ?? Decode(source, start, length, escaped));
            }

            _made = true;
        }

        return _strings;
    }

    /// <summary>The string of a JSON string value at <paramref name="start"/> in <paramref name="source"/> (between its quotes).</summary>
    internal static string Decode(ReadOnlySpan<byte> source, int start, int length, bool escaped)
    {
        if (length == 0)
        {
            return "";
        }

        if (!escaped)
        {
            return length <= FtmShortValues.MaxBytes ? FtmShortValues.Get(source.Slice(start, length)) : Encoding.UTF8.GetString(source.Slice(start, length));
        }

        // The token again, quotes included: the reader undoes the escapes.
        var reader = new Utf8JsonReader(source.Slice(start - 1, length + 2));
        reader.Read();
        return reader.GetString()!;
    }
}
