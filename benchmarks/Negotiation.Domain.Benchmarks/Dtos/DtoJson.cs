using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Benchmarks.Floors;

namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>
/// System.Text.Json through reflection on plain classes that mirror the format (<see cref="DocumentDto"/>): what a user
/// without the library would write. camelCase, nulls left out; no validation of any kind and nothing of the library's
/// (its converters, its context, its records).
/// </summary>
public static class DtoJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static DocumentDto Read(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize<DocumentDto>(utf8Json, Options)!;

    public static void Write(DocumentDto document, IBufferWriter<byte> output)
    {
        using (var writer = new Utf8JsonWriter(output, CanonicalLayout.WriterOptions))
        {
            JsonSerializer.Serialize(writer, document, Options);
        }

        output.Write(CanonicalLayout.FinalNewLine);
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 64,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
