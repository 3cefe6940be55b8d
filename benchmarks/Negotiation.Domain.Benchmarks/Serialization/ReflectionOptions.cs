using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Benchmarks.Serialization;

/// <summary>
/// System.Text.Json through reflection: the library's options (strict, camelCase, the same converters on the model
/// types) with the source-generated context swapped for <see cref="DefaultJsonTypeInfoResolver"/>, plus the library's
/// one extra rule (members computed from others are refused), so both do the same work.
/// </summary>
public static class ReflectionOptions
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(NegotiationJson.SerializerOptions)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(RefuseComputedMembers),
            MaxDepth = 64,
        };
        options.MakeReadOnly();
        return options;
    }

    private static void RefuseComputedMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i] is { Set: null, AssociatedParameter: null })
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
