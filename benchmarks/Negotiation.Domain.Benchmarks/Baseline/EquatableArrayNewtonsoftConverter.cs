using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Negotiation.Domain.Collections;
using Newtonsoft.Json;

namespace Negotiation.Domain.Benchmarks.Baseline;

/// <summary>An <see cref="EquatableArray{T}"/> as a JSON array, each item through the serializer.</summary>
internal sealed class EquatableArrayNewtonsoftConverter : JsonConverter
{
    private static readonly ConcurrentDictionary<Type, Func<JsonReader, JsonSerializer, object>> Readers = new();

    public override bool CanConvert(Type objectType) => objectType.IsGenericType && objectType.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        writer.WriteStartArray();
        foreach (var item in (System.Collections.IEnumerable)value!)
        {
            serializer.Serialize(writer, item);
        }

        writer.WriteEndArray();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        => Readers.GetOrAdd(objectType.GetGenericArguments()[0], Make)(reader, serializer);

    private static Func<JsonReader, JsonSerializer, object> Make(Type itemType)
        => typeof(EquatableArrayNewtonsoftConverter).GetMethod(nameof(ReadArray), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(itemType).CreateDelegate<Func<JsonReader, JsonSerializer, object>>();

    private static object ReadArray<T>(JsonReader reader, JsonSerializer serializer)
    {
        if (reader.TokenType != JsonToken.StartArray)
        {
            throw new JsonSerializationException($"Expected an array, found {reader.TokenType}.");
        }

        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonToken.EndArray)
        {
            builder.Add(serializer.Deserialize<T>(reader)!);
        }

        return new EquatableArray<T>(builder.DrainToImmutable());
    }
}
