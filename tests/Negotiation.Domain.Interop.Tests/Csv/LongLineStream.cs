namespace Negotiation.Domain.Interop.Tests.Csv;

/// <summary>
/// A read-only stream of <paramref name="prefix"/> and then <paramref name="length"/> bytes of one line (the byte
/// <paramref name="fill"/>, no line end), made as they are read: a 200 MB line that is never held in memory.
/// </summary>
internal sealed class LongLineStream(byte[] prefix, long length, byte fill) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => prefix.Length + length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            buffer[written++] = _position < prefix.Length ? prefix[_position] : fill;
            _position++;
        }

        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
