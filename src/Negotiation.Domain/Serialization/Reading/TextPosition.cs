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

    /// <summary>
    /// The offset of the member <paramref name="member"/> of the object that starts at <paramref name="objectOffset"/>,
    /// or the object's own offset when it has no such member: where a rule about that member is reported.
    /// </summary>
    public static long MemberOffset(ReadOnlySpan<byte> utf8, long objectOffset, string member)
    {
        var reader = new System.Text.Json.Utf8JsonReader(utf8[(int)objectOffset..], new System.Text.Json.JsonReaderOptions { MaxDepth = NegotiationJsonOptions.MaxDepthLimit + 1 });
        reader.Read();
        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(member))
            {
                return objectOffset + reader.TokenStartIndex;
            }

            reader.Read();
            reader.Skip();
        }

        return objectOffset;
    }

    /// <summary>
    /// What is wrong with the text where the JSON reader stopped (1-based line and byte column), told from the bytes
    /// there rather than from the wording of the reader's message.
    /// </summary>
    public static string SyntaxProblem(ReadOnlySpan<byte> utf8, long line, long column)
    {
        var offset = OffsetOf(utf8, line, column);
        if (offset >= utf8.Length || utf8[offset..].Trim(" \t\r\n"u8).IsEmpty)
        {
            return utf8.Trim(" \t\r\n"u8).IsEmpty
                ? "The text is not valid JSON: it is empty."
                : "The text is not valid JSON: it ends before the document does.";
        }

        if (utf8[offset..].StartsWith(DocumentSerializer.ByteOrderMark))
        {
            return "The text is not valid JSON: a byte-order mark may stand only at the very start of the text.";
        }

        var at = utf8[offset];
        var before = utf8[..offset].TrimEnd(" \t\r\n"u8);
        return at switch
        {
            (byte)'/' => "The text is not valid JSON: comments are not allowed.",
            (byte)'}' or (byte)']' when before.Length > 0 && before[^1] == (byte)',' => "The text is not valid JSON: a trailing comma is not allowed.",
            >= 0x80 => "The text is not valid JSON: it has bytes that are not UTF-8.",
            >= 0x20 and < 0x7F => $"The text is not valid JSON: '{(char)at}' is not expected here.",
            _ => $"The text is not valid JSON: the byte 0x{at:X2} is not expected here.",
        };
    }

    private static int OffsetOf(ReadOnlySpan<byte> utf8, long line, long column)
    {
        var offset = 0;
        for (var l = 1L; l < line; l++)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            offset += next + 1;
        }

        return (int)Math.Min(utf8.Length, offset + column - 1);
    }
}
