namespace Negotiation.Cli.Interop;

/// <summary>
/// Passes JSON text on to another stream and counts its bytes as <c>--max-bytes</c> counts them: all but the
/// whitespace between tokens. So <c>import</c> can tell, once the document is written, whether the commands that read
/// documents will need a larger <c>--max-bytes</c> for it, and which, without reading it back.
/// </summary>
internal sealed class TokenByteCountingStream(Stream inner) : Stream
{
    private bool _inString;
    private bool _escaped;

    /// <summary>The bytes written that are not whitespace between tokens.</summary>
    public long TokenBytes { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var counted = 0L;
        foreach (var b in buffer)
        {
            if (_inString)
            {
                counted++;
                if (_escaped)
                {
                    _escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    _escaped = true;
                }
                else if (b == (byte)'"')
                {
                    _inString = false;
                }
            }
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                counted++;
                _inString = b == (byte)'"';
            }
        }

        TokenBytes += counted;
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
