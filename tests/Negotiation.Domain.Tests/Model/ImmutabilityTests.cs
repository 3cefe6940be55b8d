using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Tests.Model;

/// <summary>Every public type of the package is immutable from the outside: no public setter, no mutable collection, no writable field.</summary>
public class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(NegotiationDocument).Assembly.GetExportedTypes();

    public static TheoryData<string> PublicTypeNames() => [.. PublicTypes.Select(t => t.FullName!)];

    [Fact]
    public void The_package_exports_the_domain_types()
    {
        Assert.True(PublicTypes.Length > 40, $"only {PublicTypes.Length} public types found");
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Has_no_public_setter_other_than_init(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var setter = property.SetMethod;
            if (setter is null || !setter.IsPublic)
            {
                continue;
            }

            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            Assert.True(isInit, $"{type.Name}.{property.Name} has a public setter that is not init-only");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Exposes_no_mutable_collection(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            Assert.False(IsMutableCollection(property.PropertyType), $"{type.Name}.{property.Name} is a mutable collection ({property.PropertyType.Name})");
        }

        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
        {
            Assert.False(IsMutableCollection(method.ReturnType), $"{type.Name}.{method.Name}() returns a mutable collection ({method.ReturnType.Name})");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Has_no_writable_public_field(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        var writable = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !type.IsEnum)
            .Select(f => f.Name);
        Assert.Empty(writable);
    }

    [Fact]
    public void The_checks_catch_what_they_look_for()
    {
        // The checks above must be able to fail: a List<T>, an array and a dictionary are mutable collections.
        Assert.True(IsMutableCollection(typeof(List<int>)));
        Assert.True(IsMutableCollection(typeof(int[])));
        Assert.True(IsMutableCollection(typeof(Dictionary<string, int>)));
        Assert.False(IsMutableCollection(typeof(IReadOnlyList<int>)));
        Assert.False(IsMutableCollection(typeof(Collections.EquatableArray<int>)));
    }

    private static bool IsMutableCollection(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        if (type.Namespace == "System.Collections.Immutable" || type.Namespace == "System.Collections.Frozen")
        {
            return false;
        }

        if (type.IsArray)
        {
            return true;
        }

        // Read-only interfaces and our own value-equal array are fine; anything that exposes Add/Remove/indexer set is not.
        return type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(ICollection<>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)))
            || typeof(IList).IsAssignableFrom(type);
    }
}
