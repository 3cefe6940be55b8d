using System.Collections.Concurrent;
using System.Reflection;
using Negotiation.Domain.Identifiers;
using Newtonsoft.Json;

namespace Negotiation.Domain.Benchmarks.Baseline;

/// <summary>Writes a typed id as its slug and reads it through the id type's own <c>Create</c>.</summary>
internal sealed class SlugIdNewtonsoftConverter : JsonConverter
{
    private static readonly ConcurrentDictionary<Type, Func<string, object>> Factories = new();

    public override bool CanConvert(Type objectType) => IsId(Nullable.GetUnderlyingType(objectType) ?? objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => writer.WriteValue(value!.ToString());

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
        return Factories.GetOrAdd(type, Make)((string)reader.Value!);
    }

    private static bool IsId(Type type) => type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISlugId<>));

    private static Func<string, object> Make(Type type)
        => typeof(SlugIdNewtonsoftConverter).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).CreateDelegate<Func<string, object>>();

    private static object Create<TId>(string value)
        where TId : struct, ISlugId<TId>
        => TId.Create(value);
}
