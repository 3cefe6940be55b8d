using System.Buffers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Serialization.Format;
using Negotiation.Domain.Documents;
using OneOf;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// Reads and writes documents in the library's JSON format. Writing is canonical: the same document always gives the
/// same bytes (members and records in a fixed order, two-space indentation, "\n" line ends, a final newline), so
/// documents diff cleanly. Reading is strict and total: it returns the document, valid by every rule, or one
/// <see cref="JsonReadError"/> with a stable code, the JSON path, the line and column, and a message; no other
/// exception escapes for any input. A UTF-8 byte-order mark at the very start of the input (U+FEFF at the start of a
/// string) is ignored, as RFC 8259 allows: it counts against no limit and moves no column; anywhere else it is
/// <see cref="ErrorCodes.InvalidJson"/>. Writing never puts one.
/// </summary>
/// <example>
/// <code>
/// string json = NegotiationJson.Write(document);
/// NegotiationJson.Read(json).Switch(
///     document => Console.WriteLine(document.Title),
///     error => Console.WriteLine($"{error.Path} (line {error.Line}): {error.Code}: {error.Message}"));
/// </code>
/// </example>
public static class NegotiationJson
{
    private static readonly Lazy<string> LazySchema = new(LoadSchema);

    private static readonly Lazy<JsonSerializerOptions> DefaultOptions = new(() =>
    {
        var options = new JsonSerializerOptions(NegotiationJsonContext.Default.Options)
        {
            // The records' metadata comes from their generated readers and writers; the context serves the rest (ids,
            // dates, arrays, the document), each of which has its own converter.
            TypeInfoResolver = JsonTypeInfoResolver.Combine(new FormatTypeInfoResolver(), NegotiationJsonContext.Default),
        };
        options.MakeReadOnly();
        return options;
    });

    /// <summary>
    /// System.Text.Json options for the records of the model and whole documents inside your own JSON. A record is
    /// written and read by the same generated code as a document (the same bytes, the same rules, the same error codes),
    /// and it uses no reflection, so it works under trimming and native AOT. Read-only.
    /// </summary>
    /// <remarks>
    /// <para>To serialize model types inside your own, copy these options and put this resolver first in a
    /// combination: <c>new JsonSerializerOptions(NegotiationJson.SerializerOptions) { TypeInfoResolver =
    /// JsonTypeInfoResolver.Combine(NegotiationJson.SerializerOptions.TypeInfoResolver, MyContext.Default) }</c>.</para>
    /// <para>A problem comes out as a <see cref="JsonException"/> whose message starts with the path inside the record or
    /// document (System.Text.Json's <see cref="JsonException.Path"/> says where that is in your JSON). A whole document
    /// read this way is checked by every document rule; read documents with <see cref="Read(string, NegotiationJsonOptions?)"/>
    /// to get the typed error with its line and column.</para>
    /// </remarks>
    public static JsonSerializerOptions SerializerOptions => DefaultOptions.Value;

    /// <summary>The JSON Schema (draft 2020-12) of the format, as shipped in the package (<c>negotiation.schema.json</c>).</summary>
    public static string Schema => LazySchema.Value;

    /// <summary>Writes a document as canonical JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(NegotiationDocument document) => DocumentSerializer.WriteToString(document);

    /// <summary>Writes a document as canonical UTF-8 JSON to a stream, flushing as it goes so the whole text is never held in memory.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(NegotiationDocument document, Stream utf8Json)
    {
        // Checked here, so that the exception names this method's parameter.
        ArgumentNullException.ThrowIfNull(utf8Json);
        DocumentSerializer.Write(document, utf8Json);
    }

    /// <summary>Writes a document as canonical UTF-8 JSON to a buffer writer (a pipe, a pooled buffer).</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The buffer writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(NegotiationDocument document, IBufferWriter<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        DocumentSerializer.Write(document, utf8Json);
    }

    /// <summary>Writes a document as canonical UTF-8 JSON to a stream asynchronously, in chunks.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="cancellationToken">Cancels the writes to the stream.</param>
    /// <returns>A task that completes when the text is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task WriteAsync(NegotiationDocument document, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return DocumentSerializer.WriteAsync(document, utf8Json, cancellationToken);
    }

    /// <summary>Reads a document from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="options">Limits on size and depth; <see cref="NegotiationJsonOptions.Default"/> when null.</param>
    /// <returns>The document, or why the text is not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OneOf<NegotiationDocument, JsonReadError> Read(string json, NegotiationJsonOptions? options = null)
        => DocumentSerializer.Read(json, options);

    /// <summary>Reads a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The bytes; a byte-order mark at the very start is ignored.</param>
    /// <param name="options">Limits on size and depth; <see cref="NegotiationJsonOptions.Default"/> when null.</param>
    /// <returns>The document, or why the bytes are not one.</returns>
    public static OneOf<NegotiationDocument, JsonReadError> Read(ReadOnlySpan<byte> utf8Json, NegotiationJsonOptions? options = null)
        => DocumentSerializer.Read(utf8Json, options);

    /// <summary>Reads a document from a stream of UTF-8 JSON, to its end; no more than the size limit is read.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">Limits on size and depth; <see cref="NegotiationJsonOptions.Default"/> when null.</param>
    /// <returns>The document, or why the bytes are not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream fails: that is not a problem of the text, so it is not turned into an error value.</exception>
    public static OneOf<NegotiationDocument, JsonReadError> Read(Stream utf8Json, NegotiationJsonOptions? options = null)
        => DocumentSerializer.Read(utf8Json, options);

    /// <summary>Reads a document from a stream of UTF-8 JSON asynchronously, to its end; no more than the size limit is read.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">Limits on size and depth; <see cref="NegotiationJsonOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reads from the stream.</param>
    /// <returns>The document, or why the bytes are not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static ValueTask<OneOf<NegotiationDocument, JsonReadError>> ReadAsync(Stream utf8Json, NegotiationJsonOptions? options = null, CancellationToken cancellationToken = default)
        => DocumentSerializer.ReadAsync(utf8Json, options, cancellationToken);

    /// <summary>Reads a document from JSON text, or throws.</summary>
    /// <param name="json">The text.</param>
    /// <param name="options">Limits on size and depth; <see cref="NegotiationJsonOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The text is not a valid document; the exception carries the error.</exception>
    public static NegotiationDocument ReadOrThrow(string json, NegotiationJsonOptions? options = null) => OrThrow(Read(json, options));

    /// <summary>Reads a document from UTF-8 JSON, or throws.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="options">Limits on size and depth; <see cref="NegotiationJsonOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="NegotiationJsonException">The bytes are not a valid document; the exception carries the error.</exception>
    public static NegotiationDocument ReadOrThrow(ReadOnlySpan<byte> utf8Json, NegotiationJsonOptions? options = null) => OrThrow(Read(utf8Json, options));

    /// <summary>Reads a document from a stream of UTF-8 JSON, or throws.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">Limits on size and depth; <see cref="NegotiationJsonOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The bytes are not a valid document; the exception carries the error.</exception>
    public static NegotiationDocument ReadOrThrow(Stream utf8Json, NegotiationJsonOptions? options = null) => OrThrow(Read(utf8Json, options));

    private static NegotiationDocument OrThrow(OneOf<NegotiationDocument, JsonReadError> result)
        => result.Match(document => document, error => throw new NegotiationJsonException(error));

    private static string LoadSchema()
    {
        using var stream = typeof(NegotiationJson).Assembly.GetManifestResourceStream(SchemaResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {SchemaResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The name of the embedded schema resource.</summary>
    internal const string SchemaResourceName = "Negotiation.Domain.Serialization.negotiation.schema.json";
}
