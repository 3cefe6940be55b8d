using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Serialization.Format;
using Negotiation.Domain.Serialization.Reading;
using Negotiation.Domain.Validation;
using OneOf;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// Reads and writes documents through the format generated from the records (see <see cref="FormatRecordAttribute"/>):
/// one reader, which reads canonical and non-canonical text alike and reports each problem where it finds it, and one
/// writer, which writes the canonical bytes to any target.
/// </summary>
internal static class DocumentSerializer
{
    /// <summary>Writes to a stream flush once this much is pending: the text is never held whole in memory.</summary>
    private const int FlushThreshold = FormatValues.FlushThreshold;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// How the canonical text is written: indented by two spaces, "\n" line ends, and only the characters JSON requires
    /// escaped, so that names in any script and typographic quotes stay readable in a diff.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true, // the generated writers only ever write complete, well-nested values
    };

    public static void Write(NegotiationDocument document, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            RawDocumentFormat.Write(writer, document.Root);
        }

        output.Write("\n"u8);
    }

    public static void Write(NegotiationDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            RawDocumentFormat.Write(writer, document.Root); // flushes between records
        }

        output.Write("\n"u8);
    }

    public static async Task WriteAsync(NegotiationDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            foreach (var _ in RawDocumentFormat.WriteSteps(writer, document.Root))
            {
                if (writer.BytesPending >= FlushThreshold)
                {
                    writer.Flush();
                    await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                }
            }
        }

        buffer.Write("\n"u8);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    public static string WriteToString(NegotiationDocument document)
    {
        using var buffer = new PooledBufferWriter();
        Write(document, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static OneOf<NegotiationDocument, JsonReadError> Read(string json, NegotiationJsonOptions? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= NegotiationJsonOptions.Default;

        // A byte-order mark, decoded, is U+FEFF at the start of the string: dropped as from bytes, and only once, so
        // that a second one is still an error (the rest is read as it is, below, without dropping another).
        var text = json.AsSpan();
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        // A UTF-16 character takes at least one byte of UTF-8, so a string this long is too large whatever it holds.
        if (text.Length > limits.MaxTextBytes)
        {
            return TooLong(limits);
        }

        int length;
        try
        {
            length = StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException exception)
        {
            // Columns count bytes of UTF-8, as for every other error; the text before the surrogate is valid, so it encodes.
            var before = text[..Math.Clamp(exception.Index, 0, text.Length)];
            var column = Encoding.UTF8.GetByteCount(before[(before.LastIndexOf('\n') + 1)..]) + 1;
            return new JsonReadError(ErrorCodes.InvalidJson, JsonPath.Root, before.Count('\n') + 1, column, "The text is not valid Unicode: it has a lone surrogate character.");
        }

        if (length > limits.MaxTextBytes)
        {
            return TooLong(limits);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var written = StrictUtf8.GetBytes(text, buffer);
            return ReadText(buffer.AsSpan(0, written), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static OneOf<NegotiationDocument, JsonReadError> Read(Stream utf8Json, NegotiationJsonOptions? limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= NegotiationJsonOptions.Default;
        if (ReportsMoreThan(utf8Json, limits.MaxTextBytes + (long)ByteOrderMark.Length))
        {
            return TooLong(limits);
        }

        using var input = new InputBuffer(utf8Json, limits.MaxTextBytes);
        int read;
        while ((read = utf8Json.Read(input.Free.Span)) > 0)
        {
            if (!input.Add(read))
            {
                return TooLong(limits);
            }
        }

        return Read(input.Bytes, limits);
    }

    public static async ValueTask<OneOf<NegotiationDocument, JsonReadError>> ReadAsync(Stream utf8Json, NegotiationJsonOptions? limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= NegotiationJsonOptions.Default;
        if (ReportsMoreThan(utf8Json, limits.MaxTextBytes + (long)ByteOrderMark.Length))
        {
            return TooLong(limits);
        }

        using var input = new InputBuffer(utf8Json, limits.MaxTextBytes);
        int read;
        while ((read = await utf8Json.ReadAsync(input.Free, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (!input.Add(read))
            {
                return TooLong(limits);
            }
        }

        return Read(input.Bytes, limits);
    }

    /// <summary>
    /// The UTF-8 byte-order mark. RFC 8259 (section 8.1) lets a parser ignore one at the start of a text, and editors on
    /// Windows save one; System.Text.Json's stream reader skips it too. Anywhere else it is an error, as any stray bytes.
    /// </summary>
    internal static ReadOnlySpan<byte> ByteOrderMark => "\uFEFF"u8; // EF BB BF

    public static OneOf<NegotiationDocument, JsonReadError> Read(ReadOnlySpan<byte> utf8Json, NegotiationJsonOptions? limits)
    {
        // Dropped before anything is counted or placed: the mark is not part of the JSON text, so it counts against no
        // limit and shifts no column of the first line (an editor does not show it either). Every way of reading,
        // string, bytes or stream, comes through here or drops the mark itself, once.
        return ReadText(utf8Json.StartsWith(ByteOrderMark) ? utf8Json[ByteOrderMark.Length..] : utf8Json, limits);
    }

    /// <summary>Reads a text whose byte-order mark, if it had one, is already dropped.</summary>
    private static OneOf<NegotiationDocument, JsonReadError> ReadText(ReadOnlySpan<byte> utf8Json, NegotiationJsonOptions? limits)
    {
        limits ??= NegotiationJsonOptions.Default;
        if (utf8Json.Length > limits.MaxBytes)
        {
            // Only a text longer than the limit is counted: the whitespace between tokens does not count against it.
            if (utf8Json.Length > limits.MaxTextBytes)
            {
                return TooLong(limits);
            }

            var significant = SignificantBytes.Count(utf8Json);
            if (significant > limits.MaxBytes)
            {
                return TooLarge(limits, significant);
            }
        }

        var root = ReadRoot(utf8Json, limits.MaxDepth);
        if (!root.TryPickT0(out var raw, out var error))
        {
            return error;
        }

        var created = NegotiationDocument.FromRoot(raw, limits.MaxErrors);
        return created.TryPickT0(out var document, out var failure) ? document : FromValidation(utf8Json, failure);
    }

    /// <summary>
    /// Reads the root and every record in one pass. Three exceptions can stop it, each a problem of the text and
    /// nothing else: the format's own (path and offset known where it was found), a value's (at the reader's path and
    /// token), and the JSON reader's syntax error (at the reader's path, and the line and column it reports).
    /// </summary>
    internal static OneOf<RawDocument, JsonReadError> ReadRoot(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        // The reader's own depth limit is never reached: the format's readers check the user's limit before they
        // enter an object or array, and say where.
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = NegotiationJsonOptions.MaxDepthLimit + 1 });
        var context = new ReadContext(maxDepth);
        try
        {
            reader.Read();
            var root = RawDocumentFormat.Read(ref reader, context, 0);
            context.Leave(0);
            reader.Read(); // only whitespace may follow: the reader throws on anything else
            return root;
        }
        catch (FormatReadException problem)
        {
            var offset = problem.Member is null ? problem.Offset : TextPosition.MemberOffset(utf8Json, problem.Offset, problem.Member);
            var (line, column) = TextPosition.Of(utf8Json, offset);
            return new JsonReadError(problem.Code, problem.Path, line, column, problem.Message);
        }
        catch (JsonValueException value)
        {
            var (line, column) = TextPosition.Of(utf8Json, context.PathOffset);
            return new JsonReadError(value.Code, context.Path, line, column, value.Message);
        }
        catch (JsonException syntax)
        {
            var line = (syntax.LineNumber ?? 0) + 1;
            var column = (syntax.BytePositionInLine ?? 0) + 1;
            return new JsonReadError(ErrorCodes.InvalidJson, context.Path, line, column, TextPosition.SyntaxProblem(utf8Json, line, column));
        }
    }

    /// <summary>
    /// Whether a seekable stream says it holds more than the limit: refused then without reading a byte. The caller
    /// allows for a byte-order mark, which is not yet known to be there.
    /// </summary>
    private static bool ReportsMoreThan(Stream stream, long limit) => stream.CanSeek && stream.Length - stream.Position > limit;

    private static JsonReadError TooLarge(NegotiationJsonOptions limits, long significant)
        => new(ErrorCodes.TooLarge, JsonPath.Root, 1, 1, $"The document is {significant} bytes long, not counting the whitespace between tokens; the most accepted is {limits.MaxBytes} (NegotiationJsonOptions.MaxBytes).");

    // The size is not stated: a stream is not read past the limit, so its size is not known; every source says the same.
    private static JsonReadError TooLong(NegotiationJsonOptions limits)
        => new(ErrorCodes.TooLarge, JsonPath.Root, 1, 1, $"The text is longer than {limits.MaxTextBytes} bytes with its whitespace, the most accepted (NegotiationJsonOptions.MaxTextBytes, 8 times MaxBytes).");

    /// <summary>The document rules found broken, each at the position of its member in the text.</summary>
    private static JsonReadError FromValidation(ReadOnlySpan<byte> utf8Json, ValidationFailure failure)
    {
        var paths = failure.Errors.Select(error => error.Path).ToArray(); // JSON paths already
        var positions = TextScanner.LocateAll(utf8Json, paths);
        var errors = failure.Errors.Select((error, i) => new JsonReadIssue(error.Code, paths[i], positions[i].Line, positions[i].Column, error.Message)).ToEquatableArray();
        var first = errors[0];
        return new JsonReadError(first.Code, first.Path, first.Line, first.Column, first.Message, errors, failure.OmittedErrorCount);
    }
}
