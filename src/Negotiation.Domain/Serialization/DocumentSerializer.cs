using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization.Reading;
using Negotiation.Domain.Validation;
using OneOf;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// Reads and writes documents through one set of serializer options. <see cref="NegotiationJson"/> uses the instance
/// over the source-generated context; the tests make a second over reflection, and run the same cases through both.
/// </summary>
/// <remarks>
/// Reading goes in up to three steps, each only when the one before gives up. The default instance first reads with
/// <see cref="DirectReader"/>, a plain reader loop straight into the records, which takes the usual texts. A text it
/// is not sure of is read through the metadata, which accepts or refuses it. Should that fail, the slow path finds the
/// first problem with its exact place: the text is scanned for syntax and depth, then parsed and walked with the same
/// metadata (see <see cref="ErrorFinder"/>). So valid input pays nothing for the precision of the errors.
/// </remarks>
internal sealed class DocumentSerializer
{
    /// <summary>Writes start a flush to the stream once this much is pending: the text is never held whole in memory.</summary>
    private const int FlushThreshold = 16 * 1024;

    private static readonly ReadOnlyMemory<byte> FinalNewline = "\n"u8.ToArray();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static int s_fallbacks;

    private readonly ErrorFinder _errorFinder;
    private readonly bool _canonicalWriter;
    private readonly bool _directReader;

    /// <param name="resolver">The metadata to read and write with.</param>
    /// <param name="canonicalWriter">
    /// Write with <see cref="CanonicalWriter"/>, which writes the same bytes as the metadata without going through the
    /// serializer for each record. The default instance does; the tests also make instances that write through the
    /// metadata, and compare the two.
    /// </param>
    /// <param name="directReader">
    /// Read with <see cref="DirectReader"/> first. The default instance does; the tests' instance over reflection reads
    /// through the metadata alone, and every reading test compares the two.
    /// </param>
    public DocumentSerializer(IJsonTypeInfoResolver resolver, bool canonicalWriter = false, bool directReader = false)
    {
        _canonicalWriter = canonicalWriter;
        _directReader = directReader;
        var options = new JsonSerializerOptions(NegotiationJsonContext.Default.Options)
        {
            TypeInfoResolver = resolver.WithAddedModifier(StrictContract.RefuseComputedMembers),
        };
        options.MakeReadOnly();
        Options = options;
        _errorFinder = new ErrorFinder(options);
    }

    /// <summary>The instance over the source-generated context.</summary>
    public static DocumentSerializer Default { get; } = new(NegotiationJsonContext.Default, canonicalWriter: true, directReader: true);

    /// <summary>How many reads ended in the catch-all error, which means the error finder missed a problem: a bug the tests watch for.</summary>
    public static int Fallbacks => Volatile.Read(ref s_fallbacks);

    /// <summary>The options, read-only.</summary>
    public JsonSerializerOptions Options { get; }

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
        SkipValidation = true, // the steps below only ever write complete, well-nested values
    };

    public void Write(NegotiationDocument document, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (_canonicalWriter)
        {
            CanonicalWriter.Write(document, output);
            return;
        }

        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            var steps = new DocumentFormat.Writer(document, Options);
            while (steps.WriteNext(writer))
            {
            }
        }

        output.Write(FinalNewline.Span);
    }

    public void Write(NegotiationDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (_canonicalWriter)
        {
            CanonicalWriter.Write(document, output);
            return;
        }

        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            var steps = new DocumentFormat.Writer(document, Options);
            while (steps.WriteNext(writer))
            {
                if (writer.BytesPending >= FlushThreshold)
                {
                    writer.Flush();
                }
            }
        }

        output.Write(FinalNewline.Span);
    }

    public async Task WriteAsync(NegotiationDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var steps = new DocumentFormat.Writer(document, Options);
            bool more;
            do
            {
                more = steps.WriteNext(writer);
                writer.Flush();
                if (buffer.WrittenCount >= FlushThreshold || !more)
                {
                    await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                }
            }
            while (more);
        }

        await output.WriteAsync(FinalNewline, cancellationToken).ConfigureAwait(false);
    }

    public string WriteToString(NegotiationDocument document)
    {
        using var buffer = new PooledBufferWriter();
        Write(document, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public OneOf<NegotiationDocument, JsonReadError> Read(string json, NegotiationJsonOptions? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= NegotiationJsonOptions.Default;

        // A UTF-16 character takes at least one byte of UTF-8, so a string this long is too large whatever it holds.
        if (json.Length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        int length;
        try
        {
            length = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException exception)
        {
            // Columns count bytes of UTF-8, as for every other error; the text before the surrogate is valid, so it encodes.
            var before = json.AsSpan(0, Math.Clamp(exception.Index, 0, json.Length));
            var column = Encoding.UTF8.GetByteCount(before[(before.LastIndexOf('\n') + 1)..]) + 1;
            return new JsonReadError(ErrorCodes.InvalidJson, JsonPath.Root, before.Count('\n') + 1, column, "The text is not valid Unicode: it has a lone surrogate character.");
        }

        if (length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var written = StrictUtf8.GetBytes(json, buffer);
            return Read(buffer.AsSpan(0, written), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public OneOf<NegotiationDocument, JsonReadError> Read(Stream utf8Json, NegotiationJsonOptions? limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= NegotiationJsonOptions.Default;
        using var input = new InputBuffer(utf8Json, limits.MaxBytes);
        int read;
        while ((read = utf8Json.Read(input.Free.Span)) > 0)
        {
            if (!input.Add(read))
            {
                return TooLarge(limits);
            }
        }

        return Read(input.Bytes, limits);
    }

    public async ValueTask<OneOf<NegotiationDocument, JsonReadError>> ReadAsync(Stream utf8Json, NegotiationJsonOptions? limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= NegotiationJsonOptions.Default;
        using var input = new InputBuffer(utf8Json, limits.MaxBytes);
        int read;
        while ((read = await utf8Json.ReadAsync(input.Free, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (!input.Add(read))
            {
                return TooLarge(limits);
            }
        }

        return Read(input.Bytes, limits);
    }

    public OneOf<NegotiationDocument, JsonReadError> Read(ReadOnlySpan<byte> utf8Json, NegotiationJsonOptions? limits)
    {
        limits ??= NegotiationJsonOptions.Default;
        if (utf8Json.Length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        // The first two steps. Any failure at all is explained by the slow path below, so nothing else escapes.
        OneOf<NegotiationDocument, ValidationFailure> created;
        RawDocument raw;
        try
        {
            if (TextScanner.StartsWithByteOrderMark(utf8Json))
            {
                throw new JsonException("A byte-order mark is not allowed.");
            }

            raw = (_directReader ? ReadDirectly(utf8Json, limits) : null) ?? ReadWithMetadata(utf8Json, limits);

            if (raw.FormatVersion != NegotiationDocument.CurrentFormatVersion)
            {
                var version = raw.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return At(utf8Json, new Problem(ErrorCodes.UnsupportedVersion, JsonPath.Member(JsonPath.Root, DocumentFormat.FormatVersionName), DocumentErrors.UnsupportedVersion(version)));
            }

            created = NegotiationDocument.Create(raw.Id, raw.Title, raw.Content, raw.Description);
        }
#pragma warning disable CA1031 // Every failure is turned into the typed error: that is the contract of reading.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Explain(utf8Json, limits, exception);
        }

        return created.TryPickT0(out var valid, out var failure) ? valid : FromValidation(utf8Json, failure);
    }

    /// <summary>The first step: the document, or <see langword="null"/> when <see cref="DirectReader"/> gives up on the text, for whatever reason.</summary>
    private static RawDocument? ReadDirectly(ReadOnlySpan<byte> utf8Json, NegotiationJsonOptions limits)
    {
        try
        {
            return DirectReader.Read(utf8Json, limits.MaxDepth);
        }
#pragma warning disable CA1031 // Giving up is not an error: the metadata reader decides.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>The second step: the document through the metadata, or the exception of its first problem.</summary>
    private RawDocument ReadWithMetadata(ReadOnlySpan<byte> utf8Json, NegotiationJsonOptions limits)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
        reader.Read();
        var raw = DocumentFormat.Read(ref reader, Options);
        return reader.Read() ? throw new JsonException("There is more after the document.") : raw;
    }

    // The size is not stated: a stream is not read past the limit, so its size is not known; every source says the same.
    private static JsonReadError TooLarge(NegotiationJsonOptions limits)
        => new(ErrorCodes.TooLarge, JsonPath.Root, 1, 1, $"The text is longer than {limits.MaxBytes} bytes, the most accepted (NegotiationJsonOptions.MaxBytes).");

    private static JsonReadError At(ReadOnlySpan<byte> utf8Json, Problem problem)
    {
        var at = TextScanner.Locate(utf8Json, problem.Path, problem.Occurrence);
        return new JsonReadError(problem.Code, problem.Path, at.Line, at.Column, problem.Message);
    }

    private static JsonReadError FromValidation(ReadOnlySpan<byte> utf8Json, ValidationFailure failure)
    {
        var paths = failure.Errors.Select(error => error.Path).ToArray(); // JSON paths already
        var positions = TextScanner.LocateAll(utf8Json, paths);
        var errors = failure.Errors.Select((error, i) => new JsonReadIssue(error.Code, paths[i], positions[i].Line, positions[i].Column, error.Message)).ToEquatableArray();
        var first = errors[0];
        return new JsonReadError(first.Code, first.Path, first.Line, first.Column, first.Message, errors);
    }

    /// <summary>The slow path: finds the first problem of a text neither the direct reader nor the metadata could read.</summary>
    private JsonReadError Explain(ReadOnlySpan<byte> utf8Json, NegotiationJsonOptions limits, Exception exception)
    {
        try
        {
            if (TextScanner.FindSyntaxError(utf8Json, limits.MaxDepth) is { } syntax)
            {
                return syntax;
            }

            using var document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
            if (_errorFinder.FindInDocument(document.RootElement) is { } problem)
            {
                return At(utf8Json, problem);
            }
        }
#pragma warning disable CA1031 // A failure to explain a failure must still end in the typed error.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        // Not reached for any input the tests know of; counted so that they notice if it ever is.
        Interlocked.Increment(ref s_fallbacks);
        return new JsonReadError(ErrorCodes.InvalidValue, JsonPath.Root, 1, 1, $"The document could not be read: {exception.Message}");
    }
}
