using System.Collections.Concurrent;
using System.Reflection;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Makes the records of a draft as a caller of the library would: through the record's public constructor (of those
/// whose parameters all name members, the one with the most), then the <c>init</c> accessors of the members the
/// constructor does not take. Every guard runs as it does for a caller. Nothing here names a record or a member, and
/// the library's reader is not used: the property tests read what the writer wrote of these records, and a reader
/// that built them too would agree with itself.
/// </summary>
internal static class RecordFactory
{
    // Many samples build at once, on CsCheck's threads; reflection is looked up once per type.
    private static readonly ConcurrentDictionary<Type, Plan> Plans = new();
    private static readonly ConcurrentDictionary<Type, MethodInfo> ArrayMakers = new();

    /// <summary>The record <paramref name="draft"/> describes, with its nested records.</summary>
    public static object Build(RecordDraft draft)
    {
        var record = draft.Record;
        var plan = Plans.GetOrAdd(record.Type, type => PlanFor(FormatDescription.Of(type)));
        var arguments = new object?[plan.Arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            // A member left out is the parameter's default, as for a caller that leaves the argument out.
            var (member, fallback) = plan.Arguments[i];
            arguments[i] = draft.Values.TryGetValue(member.JsonName, out var value) ? Value(value, member.Value) : fallback;
        }

        try
        {
            var instance = plan.Constructor.Invoke(arguments);
            foreach (var (member, property) in plan.Properties)
            {
                if (draft.Values.TryGetValue(member.JsonName, out var value))
                {
                    property.SetValue(instance, Value(value, member.Value));
                }
            }

            return instance;
        }
        catch (TargetInvocationException refused) when (refused.InnerException is ArgumentException rule)
        {
            throw new InvalidOperationException($"The generator drafted a {record.Name} its guards refuse: {rule.Message}", rule);
        }
    }

    /// <summary>A drafted value as the record's property takes it.</summary>
    private static object? Value(object? value, ValueDescription described) => value switch
    {
        RecordDraft nested => Build(nested),
        List<object?> items => ArrayOf(described, items),
        _ => value,
    };

    /// <summary>An <c>EquatableArray&lt;T&gt;</c> of the items.</summary>
    private static object ArrayOf(ValueDescription described, List<object?> items)
    {
        var itemType = described.Type.GetGenericArguments()[0];
        var array = Array.CreateInstance(itemType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(Value(items[i], described.Element!), i);
        }

        var make = ArrayMakers.GetOrAdd(itemType, type => typeof(EquatableArray).GetMethod(nameof(EquatableArray.ToEquatableArray))!.MakeGenericMethod(type));
        return make.Invoke(null, [array])!;
    }

    /// <summary>How to build a record: its constructor, the member (and the default when it is left out) for each parameter, and the property of each other member.</summary>
    private static Plan PlanFor(RecordDescription record)
    {
        var constructor = record.Type.GetConstructors()
            .Where(candidate => candidate.GetParameters().All(parameter => record.Members.Any(member => Names(member, parameter))))
            .MaxBy(candidate => candidate.GetParameters().Length)
            ?? throw new InvalidOperationException($"{record.Name} has no public constructor whose parameters all name its members.");
        var arguments = constructor.GetParameters().Select(parameter => (record.Members.First(member => Names(member, parameter)), DefaultOf(parameter))).ToArray();
        var properties = record.Members
            .Where(member => !arguments.Any(argument => argument.Item1 == member))
            .Select(member => (member, record.Type.GetProperty(member.PropertyName)!))
            .ToArray();
        return new Plan(constructor, arguments, properties);
    }

    /// <summary>The value a caller gets by leaving the argument out: <see langword="null"/> passes a struct's default.</summary>
    private static object? DefaultOf(ParameterInfo parameter)
    {
        if (!parameter.HasDefaultValue)
        {
            return null;
        }

        // Metadata keeps an enum's default as its number.
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return parameter.DefaultValue is { } value && type.IsEnum ? Enum.ToObject(type, value) : parameter.DefaultValue;
    }

    private static bool Names(MemberDescription member, ParameterInfo parameter)
        => string.Equals(member.PropertyName, parameter.Name, StringComparison.OrdinalIgnoreCase);

    private sealed record Plan(ConstructorInfo Constructor, (MemberDescription Member, object? Fallback)[] Arguments, (MemberDescription Member, PropertyInfo Property)[] Properties);
}
