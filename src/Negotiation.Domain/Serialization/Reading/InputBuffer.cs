using System.Buffers;

namespace Negotiation.Domain.Serialization.Reading;

/// <summary>
/// Collects a stream's bytes in a pooled buffer, growing it as needed but never past one byte more than the size limit (<see cref="NegotiationJsonOptions.MaxTextBytes"/>):
/// a stream longer than the limit is refused without being read to its end. Shared by the synchronous and asynchronous
/// reads, which differ only in how they call the stream.
/// </summary>
/// <remarks>
/// A byte-order mark at the start does not count against the limit, as it does not when the same bytes are read from
/// a span (the reader drops it): once the first three bytes are in, whatever reads brought them (one byte a read, too),
/// a text that starts with one may be three bytes longer. The mark stays in the buffer, for the reader to drop once.
/// </remarks>
internal sealed class InputBuffer : IDisposable
{
    private static readonly int MarkLength = DocumentSerializer.ByteOrderMark.Length;

    private byte[] _buffer;
    private int _count;
    private int _limit;
    private bool _startSeen;

    public InputBuffer(Stream stream, int maxBytes)
    {
        _limit = maxBytes;
        var size = 16 * 1024;
        if (stream.CanSeek)
        {
            // A stream may report any length (even more than an array holds): the first buffer is never larger than the
            // limit allows, and the limit leaves room for its one byte more (MaxTextBytes is below Array.MaxLength).
            size = (int)Math.Clamp(stream.Length - stream.Position + 1, 1, maxBytes + 1L);
        }

        _buffer = ArrayPool<byte>.Shared.Rent(size);
    }

    /// <summary>Where the next read goes.</summary>
    public Memory<byte> Free
    {
        get
        {
            if (_count == _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(_buffer.Length * 2L, _limit + 1L)); // never past the limit, nor overflowing
                _buffer.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            return _buffer.AsMemory(_count, (int)Math.Min(_buffer.Length, _limit + 1L) - _count);
        }
    }

    /// <summary>The bytes collected so far.</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _count);

    /// <summary>Counts <paramref name="read"/> more bytes; <see langword="false"/> once the limit is passed.</summary>
    public bool Add(int read)
    {
        _count += read;
        if (!_startSeen && _count >= MarkLength)
        {
            // The limit is at least 8 bytes (MaxBytes is at least 1), so the start is always seen before it is reached.
            _startSeen = true;
            if (Bytes.StartsWith(DocumentSerializer.ByteOrderMark))
            {
                _limit = (int)Math.Min(_limit + (long)MarkLength, Array.MaxLength - 1L);
            }
        }

        return _count <= _limit;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
