using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// A record's generated reader and writer, as a System.Text.Json converter. A problem comes out as a
/// <see cref="JsonException"/> that carries the format's code, and whose message starts with the path inside the
/// record; System.Text.Json adds the path of the record in the user's own JSON.
/// </summary>
/// <typeparam name="T">The record.</typeparam>
internal sealed class FormatConverter<T>(ItemReader<T> read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
{
    /// <summary>System.Text.Json metadata for <typeparamref name="T"/> that reads and writes it with this converter.</summary>
    public static JsonTypeInfo<T> Metadata(JsonSerializerOptions options, ItemReader<T> read, Action<Utf8JsonWriter, T> write)
    {
        var info = JsonMetadataServices.CreateValueInfo<T>(options, new FormatConverter<T>(read, write));

        // The party kinds are told apart by the generated reader and writer; System.Text.Json must not also look for
        // its own discriminator, which the attributes on Party would otherwise make it do.
        info.PolymorphismOptions = null;
        return info;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadRecord(ref reader, options, read);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);

    /// <summary>Reads a record with the format's reader, under the options' depth limit, turning its errors into <see cref="JsonException"/>s.</summary>
    public static T ReadRecord(ref Utf8JsonReader reader, JsonSerializerOptions options, ItemReader<T> read)
    {
        var context = new ReadContext(options.MaxDepth > 0 ? Math.Min(options.MaxDepth, NegotiationJsonOptions.MaxDepthLimit) : NegotiationJsonOptions.DefaultMaxDepth);
        try
        {
            return read(ref reader, context, 0);
        }
        catch (FormatReadException problem)
        {
            throw new JsonValueException(problem.Code, $"{problem.Path}: {problem.Message}");
        }
        catch (JsonValueException value)
        {
            throw new JsonValueException(value.Code, $"{context.Path}: {value.Message}");
        }
    }
}
