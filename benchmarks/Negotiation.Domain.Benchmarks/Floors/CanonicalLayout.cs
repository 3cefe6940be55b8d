using System.Text.Encodings.Web;
using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.Floors;

/// <summary>
/// The layout of the format's canonical text, restated from the README rather than taken from the library: indented by
/// two spaces, <c>"\n"</c> line ends and one after the text, relaxed escaping (non-ASCII text written as it is). The write floor and the
/// System.Text.Json rows write with it, so every writer produces the library's bytes.
/// </summary>
public static class CanonicalLayout
{
    /// <summary>How large a pending chunk grows before it goes to a stream (the library flushes at the same size).</summary>
    public const int FlushThreshold = 16 * 1024;

    /// <summary>The line end after the text, which a <see cref="Utf8JsonWriter"/> does not write.</summary>
    public static ReadOnlySpan<byte> FinalNewLine => "\n"u8;

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };
}
