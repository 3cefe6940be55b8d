namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>Reads a stream whole, but never more than one byte past a limit: a longer stream is refused unread.</summary>
internal static class BoundedInput
{
    /// <summary>The stream's bytes, from its current position to its end, or <see langword="null"/> when there are more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? Read(Stream stream, int maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        using var collected = new MemoryStream();
        var buffer = new byte[Math.Min(81_920, maxBytes + 1)];
        while (true)
        {
            var wanted = (int)Math.Min(buffer.Length, maxBytes + 1L - collected.Length);
            var read = stream.Read(buffer, 0, wanted);
            if (read == 0)
            {
                return collected.ToArray();
            }

            collected.Write(buffer, 0, read);
            if (collected.Length > maxBytes)
            {
                return null;
            }
        }
    }
}
