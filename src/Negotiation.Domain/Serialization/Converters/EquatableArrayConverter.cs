using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Collections;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes an <see cref="EquatableArray{T}"/> as a JSON array, each item through the item type's own
/// metadata (so polymorphic parties keep their <c>kind</c>). System.Text.Json cannot build this immutable type by
/// itself, and a converter factory would need <c>MakeGenericType</c>, which is not AOT-safe; so one closed converter is
/// registered per item type.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>, IEquatableArrayConverter
{
    // The item metadata of the last options seen. A converter instance may serve several options (a copy of the
    // context's options, a user's combination), so the cache is keyed by the options and swapped as one object.
    private ItemMetadata? _cache;

    public Type ItemType => typeof(T);

    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ReadValue(ref reader, options);

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
        => WriteValue(writer, value, options);

    public EquatableArray<T> ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonValueException.WrongType(reader.TokenType, "an array");
        }

        var metadata = Metadata(options);
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // No array of the model holds nulls; refusing them here gives the error its place in the array.
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw JsonValueException.WrongType(JsonTokenType.Null, "an item");
            }

            var item = metadata.Leaf is { } leaf
                ? leaf.Read(ref reader, typeof(T), options)
                : JsonSerializer.Deserialize(ref reader, metadata.Info);
            builder.Add(item!);
        }

        return new EquatableArray<T>(builder.DrainToImmutable());
    }

    public void WriteValue(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        var metadata = Metadata(options);
        writer.WriteStartArray();
        foreach (var item in value.AsSpan())
        {
            if (metadata.Leaf is { } leaf)
            {
                leaf.Write(writer, item, options);
            }
            else
            {
                JsonSerializer.Serialize(writer, item, metadata.Info);
            }
        }

        writer.WriteEndArray();
    }

    private ItemMetadata Metadata(JsonSerializerOptions options)
    {
        var cache = _cache;
        if (cache is null || !ReferenceEquals(cache.Options, options))
        {
            cache = new ItemMetadata(options, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            _cache = cache;
        }

        return cache;
    }

    /// <summary>The item's metadata, and its converter when it is a plain value converter that can be called directly, skipping the serializer's per-call set-up.</summary>
    private sealed class ItemMetadata(JsonSerializerOptions options, JsonTypeInfo<T> info)
    {
        public JsonSerializerOptions Options { get; } = options;

        public JsonTypeInfo<T> Info { get; } = info;

        public JsonConverter<T>? Leaf { get; } = info.Kind == JsonTypeInfoKind.None ? info.Converter as JsonConverter<T> : null;
    }
}
