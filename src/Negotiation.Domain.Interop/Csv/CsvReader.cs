using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Negotiation.Domain.Interop.Csv;

/// <summary>
/// Reads CSV records (RFC 4180: comma-separated, fields optionally in double quotes, a quote doubled inside quotes, line
/// breaks allowed inside quotes) from a stream, one at a time, holding only the current record.
/// </summary>
/// <remarks>
/// <para>
/// Lines end with CRLF, LF or a lone CR. Blank lines are skipped: they hold nothing. With
/// <see cref="CsvTextEncoding.Latin1"/>, a record that starts with the byte 0x1A (the DOS end-of-file mark OFAC's files
/// end with) ends the input; anything but line ends after it is an error.
/// </para>
/// <para>
/// A record longer than the limit is refused as soon as the limit is passed, without holding it, and so is a record of
/// more than <see cref="MaxFields"/> fields, as soon as it has one more: the table of a record's fields is the only
/// thing held per field (32 bytes each), and without a bound a line of commas would make it some 90 times the size of
/// the line. After an error in one record, the next <see cref="ReadAsync"/> goes on at the next line, so a caller can
/// skip bad lines.
/// </para>
/// </remarks>
internal sealed class CsvReader : IDisposable
{
    /// <summary>
    /// The most fields a record may have. The files read have 2 to 12 columns (OFAC) and some 30 (the Consolidated
    /// Screening List): 1 024 leaves room for columns a publisher adds, and bounds the table of fields at 32 KiB.
    /// </summary>
    public const int MaxFields = 1024;

    private const int ChunkSize = 64 * 1024;
    private const byte Quote = (byte)'"';
    private const byte Comma = (byte)',';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private const byte EndMarker = 0x1A;

    // The bytes a run of field text is scanned to: a quoted field's text ends at a quote (and counts lines at LF), an
    // unquoted one at a comma, a line end or a stray quote.
    private static readonly SearchValues<byte> QuotedStops = SearchValues.Create("\"\n"u8);
    private static readonly SearchValues<byte> UnquotedStops = SearchValues.Create("\",\r\n"u8);

    // Latin-1 bytes that need no closer look: tab, line ends, printable ASCII and 0xA0-0xFF but 0xC2 and 0xC3, which
    // may start a UTF-8 letter (see CheckLatin1).
    private static readonly SearchValues<byte> PlainLatin1 = SearchValues.Create(
        [0x09, 0x0A, 0x0D, .. Enumerable.Range(0x20, 0x7F - 0x20).Select(static b => (byte)b), .. Enumerable.Range(0xA0, 0x60).Where(static b => b is not (0xC2 or 0xC3)).Select(static b => (byte)b)]);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly CsvTextEncoding _encoding;
    private readonly int _maxRecordBytes;
    private readonly IProgress<long>? _progress;
    private readonly byte[] _chunk;
    private int _chunkLength;
    private int _position;
    private bool _endOfStream;
    private long _bytesRead;

    // The current record: its bytes (quotes removed) and, per field, where it starts and ends in them.
    private byte[] _record;
    private int _recordLength;
    private Field[] _fields = new Field[32];
    private int _fieldCount;
    private RecordState _recordState = new() { NotStarted = true };

    // Where the reader is in the input.
    private long _line = 1;
    private long _column; // bytes of the current line read so far
    private bool _skipLf; // the last line ended with CR: an LF right after it belongs to that line end
    private bool _resync; // the last record was refused: go on at the next line
    private bool _atStart = true;
    private bool _finished;
    private bool _afterEndMarker;

    public CsvReader(Stream stream, CsvTextEncoding encoding, int maxRecordBytes, IProgress<long>? progress = null)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _encoding = encoding;
        _maxRecordBytes = maxRecordBytes;
        _progress = progress;
        _chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        _record = ArrayPool<byte>.Shared.Rent(Math.Min(4096, maxRecordBytes));
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    private enum Step
    {
        Record,
        NeedData,
        End,
    }

    /// <summary>The line the current record starts on, counted from 1.</summary>
    public long Line { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>How many bytes of the input have been read.</summary>
    public long BytesRead => _bytesRead;

    /// <summary>Reads the next record.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns><see langword="true"/> when a record was read; <see langword="false"/> at the end of the input.</returns>
    /// <exception cref="CsvFormatException">The record is not CSV, too long, or not in the encoding.</exception>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            switch (Parse())
            {
                case Step.Record:
                    return true;
                case Step.End:
                    return false;
                default:
                    // Bytes not yet used (the start of a possible byte order mark) move to the front.
                    var kept = _chunkLength - _position;
                    if (kept > 0)
                    {
                        Buffer.BlockCopy(_chunk, _position, _chunk, 0, kept);
                    }

                    var read = await _stream.ReadAsync(_chunk.AsMemory(kept, ChunkSize - kept), cancellationToken).ConfigureAwait(false);
                    _chunkLength = kept + read;
                    _position = 0;
                    _endOfStream = read == 0;
                    if (!_endOfStream)
                    {
                        _bytesRead += read;
                        _progress?.Report(_bytesRead);
                    }

                    break;
            }
        }
    }

    /// <summary>The byte column, counted from 1, where field <paramref name="index"/> starts in its line.</summary>
    public long GetColumn(int index) => index < _fieldCount ? _fields[index].Column : 0;

    /// <summary>Whether field <paramref name="index"/> was in quotes.</summary>
    public bool IsQuoted(int index) => _fields[index].Quoted;

    /// <summary>The bytes of field <paramref name="index"/>, quotes removed.</summary>
    public ReadOnlySpan<byte> GetBytes(int index) => _record.AsSpan(_fields[index].Start, _fields[index].Length);

    /// <summary>Field <paramref name="index"/> as text.</summary>
    /// <exception cref="CsvFormatException">With <see cref="CsvTextEncoding.Utf8"/>, the field is not UTF-8.</exception>
    public string GetString(int index)
    {
        var bytes = GetBytes(index);
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (_encoding == CsvTextEncoding.Latin1)
        {
            return Encoding.Latin1.GetString(bytes);
        }

        if (!Utf8.IsValid(bytes))
        {
            var at = 0;
            while (at < bytes.Length && Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == OperationStatus.Done)
            {
                at += consumed;
            }

            var field = _fields[index];
            throw new CsvFormatException(
                CsvErrorCodes.NotUtf8, field.Line, field.Column + at, index, wholeInput: true,
                $"the byte 0x{bytes[at]:X2} at byte {at + 1} of the field is not UTF-8; the file must be saved as UTF-8");
        }

        return StrictUtf8.GetString(bytes);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_chunk);
        ArrayPool<byte>.Shared.Return(_record);
        _record = [];
    }

    private Step Parse()
    {
        if (_finished)
        {
            return Step.End;
        }

        if (_afterEndMarker)
        {
            return ScanAfterEndMarker();
        }

        if (_resync && !SkipToLineEnd())
        {
            return _endOfStream ? Finish() : Step.NeedData;
        }

        if (_atStart && !CheckStart())
        {
            return _endOfStream ? Finish() : Step.NeedData;
        }

        // Resumes the record where the last chunk ended; a new record starts with no fields.
        while (true)
        {
            if (_position == _chunkLength)
            {
                if (!_endOfStream)
                {
                    return Step.NeedData;
                }

                return EndOfInput();
            }

            if (_recordState.State is State.Quoted or State.Unquoted && !_recordState.NotStarted && !_skipLf && AppendRun())
            {
                continue;
            }

            var b = _chunk[_position];
            if (_skipLf)
            {
                _skipLf = false;
                if (b == Lf)
                {
                    _position++;
                    continue;
                }
            }

            if (_recordState.NotStarted)
            {
                if (b == Lf || b == Cr)
                {
                    // A blank line: nothing to read.
                    _position++;
                    EndLine(b);
                    continue;
                }

                if (b == EndMarker && _encoding == CsvTextEncoding.Latin1)
                {
                    _position++;
                    _column++;
                    _afterEndMarker = true;
                    return ScanAfterEndMarker();
                }

                StartRecord();
            }

            _position++;
            _column++;
            if (++_recordState.Bytes > _maxRecordBytes)
            {
                // The byte past the limit may be the line end itself: the next line is then not skipped.
                Refuse(CsvErrorCodes.LineTooLong, Line, _column, _fieldCount, wholeInput: false,
                    $"the line is longer than {_maxRecordBytes} bytes (ImportOptions.MaxLineBytes)",
                    endedLine: _recordState.State != State.Quoted && b is Cr or Lf ? b : (byte)0);
            }

            switch (_recordState.State)
            {
                case State.FieldStart:
                    if (b == Quote)
                    {
                        _recordState.State = State.Quoted;
                        _recordState.Quoted = true;
                    }
                    else if (b == Comma)
                    {
                        EndField(b);
                    }
                    else if (b is Cr or Lf)
                    {
                        EndField(b);
                        return EndRecord(b);
                    }
                    else
                    {
                        Append(b);
                        _recordState.State = State.Unquoted;
                    }

                    break;
                case State.Unquoted:
                    if (b == Comma)
                    {
                        EndField(b);
                        _recordState.State = State.FieldStart;
                    }
                    else if (b is Cr or Lf)
                    {
                        EndField(b);
                        return EndRecord(b);
                    }
                    else if (b == Quote)
                    {
                        Refuse(CsvErrorCodes.StrayQuote, _line, _column, _fieldCount, wholeInput: false,
                            "a quote inside a field that does not start with one; quote the whole field and double the quotes in it");
                    }
                    else
                    {
                        Append(b);
                    }

                    break;
                case State.Quoted:
                    if (b == Quote)
                    {
                        _recordState.State = State.QuoteInQuoted;
                    }
                    else
                    {
                        Append(b);
                        if (b == Lf)
                        {
                            _line++;
                            _column = 0;
                        }
                    }

                    break;
                default: // after a quote inside quotes: a doubled quote, or the end of the field
                    if (b == Quote)
                    {
                        Append(b);
                        _recordState.State = State.Quoted;
                    }
                    else if (b == Comma)
                    {
                        EndField(b);
                        _recordState.State = State.FieldStart;
                    }
                    else if (b is Cr or Lf)
                    {
                        EndField(b);
                        return EndRecord(b);
                    }
                    else
                    {
                        Refuse(CsvErrorCodes.StrayQuote, _line, _column, _fieldCount, wholeInput: false,
                            "text after the closing quote of a field; a quote inside a quoted field is written twice");
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Appends, in one copy, the run of plain field text from the current position: up to the next byte that ends the
    /// field, needs a closer look, or would pass the record's limit. Returns <see langword="false"/> when the run is
    /// empty, and the byte-by-byte path then deals with the next byte (and raises any error at its exact place).
    /// </summary>
    private bool AppendRun()
    {
        if (_encoding == CsvTextEncoding.Latin1 && _recordLength > 0 && _record[_recordLength - 1] is 0xC2 or 0xC3)
        {
            return false;
        }

        var rest = _chunk.AsSpan(_position, Math.Min(_chunkLength - _position, _maxRecordBytes - _recordState.Bytes));
        var stop = rest.IndexOfAny(_recordState.State == State.Quoted ? QuotedStops : UnquotedStops);
        var run = stop < 0 ? rest : rest[..stop];
        if (_encoding == CsvTextEncoding.Latin1)
        {
            var odd = run.IndexOfAnyExcept(PlainLatin1);
            run = odd < 0 ? run : run[..odd];
        }

        if (run.Length < 2)
        {
            return false;
        }

        if (_recordLength + run.Length > _record.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_recordLength + run.Length, Math.Min(_record.Length * 2, Math.Max(_maxRecordBytes, 16))));
            _record.AsSpan(0, _recordLength).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_record);
            _record = bigger;
        }

        run.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += run.Length;
        _position += run.Length;
        _column += run.Length;
        _recordState.Bytes += run.Length;
        return true;
    }

    private void StartRecord()
    {
        _recordState = new RecordState { State = State.FieldStart };
        Line = _line;
        _recordLength = 0;
        _fieldCount = 0;
        _recordState.FieldStart = 0;
        _recordState.FieldLine = _line;
        _recordState.FieldColumn = _column + 1;
    }

    private void Append(byte b)
    {
        if (_encoding == CsvTextEncoding.Latin1)
        {
            CheckLatin1(b);
        }

        if (_recordLength == _record.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_record.Length * 2, Math.Max(_maxRecordBytes, 16)));
            _record.AsSpan(0, _recordLength).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_record);
            _record = bigger;
        }

        _record[_recordLength++] = b;
    }

    private void CheckLatin1(byte b)
    {
        var implausible = b switch
        {
            (byte)'\t' or Cr or Lf => null,
            < 0x20 => $"the control byte 0x{b:X2}",
            >= 0x7F and <= 0x9F => $"the byte 0x{b:X2}, a control character in Latin-1 (Windows-1252 or UTF-8 text?)",
            >= 0x80 and <= 0xBF when _recordLength > 0 && _record[_recordLength - 1] is 0xC2 or 0xC3
                => $"the bytes 0x{_record[_recordLength - 1]:X2} 0x{b:X2}, a UTF-8 letter read as Latin-1",
            _ => null,
        };
        if (implausible is not null)
        {
            Refuse(CsvErrorCodes.NotLatin1, _line, _column, _fieldCount, wholeInput: true,
                $"{implausible} is not Latin-1 text; OFAC's files are ISO 8859-1");
        }
    }

    /// <summary>Ends the current field at <paramref name="end"/>, the comma or line end after it (0 at the end of the input).</summary>
    private void EndField(byte end)
    {
        if (_fieldCount == MaxFields)
        {
            Refuse(CsvErrorCodes.WrongColumnCount, _line, _column, _fieldCount, wholeInput: false,
                $"the line has more than {MaxFields} fields (CsvReader.MaxFields); no file this import reads has so many columns",
                endedLine: end is Cr or Lf ? end : (byte)0);
        }

        if (_fieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[_fieldCount++] = new Field(_recordState.FieldStart, _recordLength - _recordState.FieldStart, _recordState.Quoted, _recordState.FieldLine, _recordState.FieldColumn);
        _recordState.FieldStart = _recordLength;
        _recordState.Quoted = false;
        _recordState.FieldLine = _line;
        _recordState.FieldColumn = _column + 1;
    }

    private Step EndRecord(byte lineEnd)
    {
        EndLine(lineEnd);
        _recordState = new RecordState { NotStarted = true };
        return Step.Record;
    }

    private void EndLine(byte lineEnd)
    {
        _line++;
        _column = 0;
        _skipLf = lineEnd == Cr;
    }

    private Step EndOfInput()
    {
        if (_recordState.NotStarted)
        {
            return Finish();
        }

        if (_recordState.State == State.Quoted)
        {
            _finished = true;
            var field = _fieldCount;
            throw new CsvFormatException(CsvErrorCodes.UnterminatedQuote, _recordState.FieldLine, _recordState.FieldColumn, field, wholeInput: false,
                "a quoted field is still open at the end of the input: a closing quote is missing");
        }

        // The last line has no line end.
        EndField(0);
        _recordState = new RecordState { NotStarted = true };
        _finished = true;
        return Step.Record;
    }

    private Step Finish()
    {
        _finished = true;
        return Step.End;
    }

    private Step ScanAfterEndMarker()
    {
        // Only line ends and further end marks may follow the end mark.
        while (_position < _chunkLength)
        {
            var b = _chunk[_position++];
            _column++;
            if (b is not (Cr or Lf or EndMarker))
            {
                Refuse(CsvErrorCodes.DataAfterEndMarker, _line, _column, -1, wholeInput: true,
                    "text after the end-of-file byte 0x1A; the file may be two files joined");
            }
        }

        return _endOfStream ? Finish() : Step.NeedData;
    }

    private bool CheckStart()
    {
        // Decides on a byte order mark once three bytes are there (or the input ends before).
        if (_chunkLength - _position < 3 && !_endOfStream)
        {
            return false;
        }

        _atStart = false;
        var start = _chunk.AsSpan(_position, _chunkLength - _position);
        if (start.StartsWith("\uFEFF"u8))
        {
            if (_encoding == CsvTextEncoding.Latin1)
            {
                Refuse(CsvErrorCodes.NotLatin1, 1, 1, -1, wholeInput: true, "the file starts with a UTF-8 byte order mark; OFAC's files are ISO 8859-1");
            }

            _position += 3;
        }

        return true;
    }

    /// <summary>Skips what is left of a refused record's line; <see langword="false"/> when the chunk ended first.</summary>
    private bool SkipToLineEnd()
    {
        var rest = _chunk.AsSpan(_position, _chunkLength - _position);
        var lf = rest.IndexOfAny(Lf, Cr);
        if (lf < 0)
        {
            _position = _chunkLength;
            return false;
        }

        _position += lf + 1;
        EndLine(rest[lf]);
        _resync = false;
        _recordState = new RecordState { NotStarted = true };
        return true;
    }

    /// <summary>
    /// Refuses the current record. The next read goes on at the next line: the rest of this one is skipped, unless
    /// <paramref name="endedLine"/> says the byte refused was the line end (CR or LF), which is then taken as one.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Refuse(string code, long line, long column, int field, bool wholeInput, string message, byte endedLine = 0)
    {
        if (wholeInput)
        {
            _finished = true;
        }
        else if (endedLine is Cr or Lf)
        {
            EndLine(endedLine);
        }
        else
        {
            _resync = true;
        }

        _recordState = new RecordState { NotStarted = true };
        throw new CsvFormatException(code, line, column, field, wholeInput, message);
    }

    private readonly record struct Field(int Start, int Length, bool Quoted, long Line, long Column);

    private struct RecordState
    {
        public bool NotStarted;
        public State State;
        public bool Quoted;
        public int Bytes;
        public int FieldStart;
        public long FieldLine;
        public long FieldColumn;
    }
}
