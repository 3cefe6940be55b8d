using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The record types a document is made of, found by following the metadata from the root's members: member types,
/// array item types and party kinds. Tests use it to check that every one is serializable and covered.
/// </summary>
internal static class ModelMetadata
{
    /// <summary>
    /// The source-generated metadata of the records, as System.Text.Json sees them when no format converter stands in
    /// front (the library serves records through their generated readers), without the computed members.
    /// </summary>
    public static JsonSerializerOptions ContextOptions { get; } = new(NegotiationJsonContext.Default.Options)
    {
        TypeInfoResolver = NegotiationJsonContext.Default.WithAddedModifier(StrictContract.RefuseComputedMembers),
    };

    /// <summary>Every object type (record) reachable from the document, with its metadata.</summary>
    public static IReadOnlyList<JsonTypeInfo> Records(JsonSerializerOptions options)
    {
        var seen = new HashSet<Type>();
        var records = new List<JsonTypeInfo>();
        var queue = new Queue<Type>(Domain.Serialization.Format.FormatDescription.Of(typeof(RawDocument)).Members.Where(m => m.Value.Kind != Domain.Serialization.Format.ValueKind.Version).Select(member => member.Value.Type));
        while (queue.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                queue.Enqueue(type.GetGenericArguments()[0]);
                continue;
            }

            var info = options.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                continue;
            }

            if (info.PolymorphismOptions is { } polymorphism)
            {
                foreach (var derived in polymorphism.DerivedTypes)
                {
                    queue.Enqueue(derived.DerivedType);
                }
            }

            if (!type.IsAbstract)
            {
                records.Add(info);
            }

            foreach (var property in info.Properties)
            {
                queue.Enqueue(property.PropertyType);
            }
        }

        return records;
    }
}
