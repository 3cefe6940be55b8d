using System.Collections.Concurrent;
using System.Reflection;
using Negotiation.Domain.Collections;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Negotiation.Domain.Benchmarks.Baseline;

/// <summary>
/// camelCase names; members computed from others (<c>isActive</c>, <c>nextStatuses</c>) left out, as they have no
/// setter; empty arrays left out, as the format does.
/// </summary>
internal sealed class FormatContractResolver : CamelCasePropertyNamesContractResolver
{
    private static readonly ConcurrentDictionary<Type, Predicate<object>> NotEmpty = new();

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (!property.Writable && member is PropertyInfo { SetMethod: null })
        {
            property.Ignored = true;
            return property;
        }

        var type = property.PropertyType;
        if (type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var provider = property.ValueProvider!;
            var isNotEmpty = NotEmpty.GetOrAdd(type.GetGenericArguments()[0], MakeNotEmpty);
            property.ShouldSerialize = owner => isNotEmpty(provider.GetValue(owner)!);
        }

        return property;
    }

    private static Predicate<object> MakeNotEmpty(Type itemType)
        => typeof(FormatContractResolver).GetMethod(nameof(IsNotEmpty), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(itemType).CreateDelegate<Predicate<object>>();

    private static bool IsNotEmpty<T>(object value) => !((EquatableArray<T>)value).IsEmpty;
}
