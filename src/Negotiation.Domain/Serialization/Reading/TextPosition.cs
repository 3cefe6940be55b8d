namespace Negotiation.Domain.Serialization.Reading;

/// <summary>A place in a UTF-8 text, as a person counts it: line and column from 1, columns in bytes.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
internal readonly record struct TextPosition(long Line, long Column)
{
    public static TextPosition Start { get; } = new(1, 1);

    /// <summary>The position of byte <paramref name="offset"/> of <paramref name="utf8"/>.</summary>
    public static TextPosition Of(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Clamp(offset, 0, utf8.Length)];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return new(before.Count((byte)'\n') + 1, before.Length - lastNewline);
    }
}
