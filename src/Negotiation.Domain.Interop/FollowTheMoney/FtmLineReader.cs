using System.Buffers;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// Reads an input line by line (or, for CSV, record by record, where a quoted field may hold line breaks) into a
/// buffer of its own, without ever holding more than <see cref="ImportOptionsLimit"/> bytes of one line: a longer line
/// is reported as soon as the limit is passed, and skipping it reads on without keeping its bytes. When asked, it
/// copies every byte it reads to a spool stream, so that a second pass can read again an input that can't seek.
/// </summary>
internal sealed class FtmLineReader : IDisposable
{
    // A large chunk: reading a file asynchronously hops threads once a read, and small reads made the hops a tenth of the time.
    private const int ChunkSize = 1024 * 1024;
    private const long ProgressEvery = 4L * 1024 * 1024;

    private readonly Stream _input;
    private readonly Stream? _spool;
    private readonly bool _csv;
    private readonly IProgress<long>? _progress;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _inQuotes;
    private bool _eof;
    private bool _skipRest;
    private bool _atStart = true;
    private long _lastProgress;

    public FtmLineReader(Stream input, int maxLineBytes, bool csv, Stream? spool, IProgress<long>? progress)
    {
        _input = input;
        ImportOptionsLimit = maxLineBytes;
        _csv = csv;
        _spool = spool;
        _progress = progress;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(ChunkSize * 2, maxLineBytes + 1));
    }

    /// <summary>The longest line allowed, in bytes (the line break not counted).</summary>
    public int ImportOptionsLimit { get; }

    /// <summary>The number of the line last returned, counted from 1 (for CSV: of its first physical line).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Physical lines started so far (a CSV record with quoted line breaks spans several).</summary>
    private long _physicalLines;

    /// <summary>Bytes read from the input so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>
    /// Reads the next line: <c>Found</c> is <see langword="false"/> at the end of the input. When the line is longer
    /// than the limit, <c>TooLong</c> is set and <c>Line</c> is empty; the rest of that line is skipped by the next call.
    /// </summary>
    public async ValueTask<(bool Found, bool TooLong, ReadOnlyMemory<byte> Line)> ReadAsync(CancellationToken cancellationToken)
    {
        if (_skipRest)
        {
            await SkipRestAsync(cancellationToken).ConfigureAwait(false);
        }

        while (true)
        {
            var newline = FindLineEnd();
            if (newline >= 0)
            {
                LineNumber = _physicalLines + 1;
                var length = newline - _start;
                var line = _buffer.AsMemory(_start, length);
                _physicalLines += CountBreaks(line.Span) + 1;
                _start = newline + 1;
                _scanned = _start;
                if (line.Length > 0 && line.Span[^1] == (byte)'\r')
                {
                    line = line[..^1];
                }

                if (line.Length > ImportOptionsLimit)
                {
                    return (true, true, default);
                }

                return (true, false, StripBom(line));
            }

            // Too long once the bytes held pass the limit, less the CR that may end a line whose LF is not read yet.
            var held = _end - _start;
            if (held > ImportOptionsLimit + 1 || (held == ImportOptionsLimit + 1 && _buffer[_end - 1] != (byte)'\r'))
            {
                LineNumber = _physicalLines + 1;
                _physicalLines += CountBreaks(_buffer.AsSpan(_start, _end - _start));
                _start = _end = _scanned = 0;
                _skipRest = true;
                return (true, true, default);
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    LineNumber = _physicalLines + 1;
                    var line = _buffer.AsMemory(_start, _end - _start);
                    _physicalLines += CountBreaks(line.Span) + 1;
                    _start = _end;
                    _scanned = _end;
                    if (line.Span[^1] == (byte)'\r')
                    {
                        line = line[..^1];
                    }

                    return (true, false, StripBom(line));
                }

                return (false, false, default);
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private ReadOnlyMemory<byte> StripBom(ReadOnlyMemory<byte> line)
    {
        if (_atStart)
        {
            _atStart = false;
            if (line.Span.StartsWith("\uFEFF"u8))
            {
                return line[3..];
            }
        }

        return line;
    }

    private static int CountBreaks(ReadOnlySpan<byte> span) => span.Count((byte)'\n');

    // The index of the byte that ends the line (a '\n' outside quotes for CSV), or -1 when the buffer has none yet.
    private int FindLineEnd()
    {
        if (!_csv)
        {
            var at = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (at < 0)
            {
                _scanned = _end;
                return -1;
            }

            return _scanned + at;
        }

        for (var i = _scanned; i < _end; i++)
        {
            var b = _buffer[i];
            if (b == (byte)'"')
            {
                _inQuotes = !_inQuotes;
            }
            else if (b == (byte)'\n' && !_inQuotes)
            {
                _scanned = i;
                return i;
            }
        }

        _scanned = _end;
        return -1;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        // Keep the unread part at the front, then make room for a chunk: growing the buffer only as far as the limit.
        if (_start > 0)
        {
            var kept = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
            _scanned -= _start;
            _end = kept;
            _start = 0;
        }

        if (_buffer.Length - _end < ChunkSize / 4)
        {
            var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, (long)ImportOptionsLimit + ChunkSize + 2));
            Buffer.BlockCopy(_buffer, 0, grown, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = grown;
        }

        var read = await _input.ReadAsync(_buffer.AsMemory(_end, Math.Min(ChunkSize, _buffer.Length - _end)), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        if (_spool is not null)
        {
            await _spool.WriteAsync(_buffer.AsMemory(_end, read), cancellationToken).ConfigureAwait(false);
        }

        _end += read;
        BytesRead += read;
        if (_progress is not null && BytesRead - _lastProgress >= ProgressEvery)
        {
            _lastProgress = BytesRead;
            _progress.Report(BytesRead);
        }
    }

    // Reads on to the end of a line too long to hold, keeping none of it.
    private async ValueTask SkipRestAsync(CancellationToken cancellationToken)
    {
        _skipRest = false;
        while (true)
        {
            var end = FindLineEnd();
            if (end >= 0)
            {
                _physicalLines += CountBreaks(_buffer.AsSpan(_start, end - _start)) + 1;
                _start = end + 1;
                _scanned = _start;
                return;
            }

            _physicalLines += CountBreaks(_buffer.AsSpan(_start, _end - _start));
            _start = _end = _scanned = 0;
            if (_eof)
            {
                return;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Tells the progress display the last count.</summary>
    public void ReportEnd() => _progress?.Report(BytesRead);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
