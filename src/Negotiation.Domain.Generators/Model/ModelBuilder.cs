using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Negotiation.Domain.Generators.Model;

/// <summary>
/// Reads a record's description off its symbol: its members in the order System.Text.Json has always written them
/// (the most derived type's properties first, then its base's, then sorted by <c>[JsonPropertyOrder]</c>), their JSON
/// names (camelCase unless <c>[JsonPropertyName]</c> says otherwise), which the constructor takes and which it
/// requires, and the guards each <c>init</c> accessor calls.
/// </summary>
internal static class ModelBuilder
{
    public const string FormatRecordAttribute = "Negotiation.Domain.Serialization.Format.FormatRecordAttribute";

    public const string FormatLegacyAttribute = "Negotiation.Domain.Serialization.Format.FormatLegacyAttribute";

    private const string Json = "System.Text.Json.Serialization.";

    /// <summary>Describes a record, or returns the problem that keeps it from being described.</summary>
    public static (RecordModel? Model, string? Problem) Build(INamedTypeSymbol type, CancellationToken cancellation)
    {
        var members = new List<(MemberModel Member, int Order)>();
        var seen = new HashSet<string>();
        var constructor = type.IsAbstract ? null : ConstructorOf(type);
        var parameters = constructor?.Parameters.ToDictionary(p => p.Name.ToUpperInvariant(), p => p) ?? [];
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            foreach (var property in t.GetMembers().OfType<IPropertySymbol>())
            {
                cancellation.ThrowIfCancellationRequested();
                // A member of an earlier version is internal: the public record no longer has it, but the reader
                // still takes it from an old document, for the upgrade to turn into what the current version says.
                var legacy = property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FormatLegacyAttribute);
                if ((property.DeclaredAccessibility != Accessibility.Public && !legacy) || property.IsStatic || property.IsIndexer
                    || property.SetMethod is null || !seen.Add(property.Name))
                {
                    continue; // computed members (no setter) are neither written nor read
                }

                var declared = property.Type;
                var nullable = declared.NullableAnnotation == NullableAnnotation.Annotated
                    || (declared is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T });
                var valueType = declared is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper
                    ? wrapper.TypeArguments[0]
                    : declared;
                var value = ValueOf(valueType);
                if (value is null)
                {
                    return (null, $"{type.Name}.{property.Name} has a type the format does not know: {valueType.ToDisplayString()}.");
                }

                parameters.TryGetValue(property.Name.ToUpperInvariant(), out var parameter);
                var member = new MemberModel(
                    property.Name,
                    JsonNameOf(property),
                    value,
                    Required: parameter is { HasExplicitDefaultValue: false },
                    Nullable: nullable,
                    InConstructor: parameter is not null,
                    Default: parameter is { HasExplicitDefaultValue: true } ? DefaultOf(parameter) : "default",
                    DeclaredType: declared.WithNullableAnnotation(nullable && !declared.IsValueType ? NullableAnnotation.Annotated : NullableAnnotation.NotAnnotated).ToDisplayString(FullyQualified),
                    Rules: new EquatableList<string>(RulesOf(property, cancellation)),
                    Legacy: legacy);
                members.Add((member, OrderOf(property)));
            }
        }

        // A stable sort, as System.Text.Json's: equal orders keep the order found above.
        var ordered = members.Select((m, i) => (m.Member, m.Order, i)).OrderBy(m => m.Order).ThenBy(m => m.i).Select(m => m.Member).ToList();
        var arguments = constructor?.Parameters.Select(p => ordered.First(m => string.Equals(m.ClrName, p.Name, System.StringComparison.OrdinalIgnoreCase)).ClrName) ?? [];
        if (constructor is not null && constructor.Parameters.Any(p => !ordered.Any(m => string.Equals(m.ClrName, p.Name, System.StringComparison.OrdinalIgnoreCase))))
        {
            return (null, $"A parameter of {type.Name}'s constructor has no property of the same name.");
        }

        var polymorphic = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == Json + "JsonPolymorphicAttribute");
        var discriminator = polymorphic?.NamedArguments.FirstOrDefault(a => a.Key == "TypeDiscriminatorPropertyName").Value.Value as string;
        var kinds = type.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == Json + "JsonDerivedTypeAttribute" && a.ConstructorArguments.Length == 2)
            .Select(a => new KindModel((string)a.ConstructorArguments[1].Value!, ((INamedTypeSymbol)a.ConstructorArguments[0].Value!).Name))
            .ToList();
        var baseType = type.BaseType is { } b && b.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FormatRecordAttribute) ? b : null;
        var kindValue = baseType?.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == Json + "JsonDerivedTypeAttribute" && a.ConstructorArguments.Length == 2)
            .Where(a => SymbolEqualityComparer.Default.Equals((ISymbol?)a.ConstructorArguments[0].Value, type))
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .FirstOrDefault();
        if (baseType is not null && kindValue is null)
        {
            return (null, $"{type.Name} derives from {baseType.Name} but is not one of its [JsonDerivedType] kinds.");
        }

        return (new RecordModel(
            type.Name,
            type.ToDisplayString(FullyQualified),
            type.IsAbstract,
            discriminator,
            new EquatableList<KindModel>(kinds),
            kindValue,
            baseType?.Name,
            new EquatableList<MemberModel>(ordered),
            new EquatableList<string>(arguments),
            Streamed: type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FormatRecordAttribute && a.NamedArguments.Any(n => n.Key == "Streamed" && n.Value.Value is true)),
            IsPublic: type.DeclaredAccessibility == Accessibility.Public), null);
    }

    private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The constructor reading calls: the one marked <c>[JsonConstructor]</c>, else the public one with the most parameters.</summary>
    private static IMethodSymbol? ConstructorOf(INamedTypeSymbol type)
    {
        var candidates = type.InstanceConstructors
            .Where(c => !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
            .ToList();
        return candidates.FirstOrDefault(c => c.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == Json + "JsonConstructorAttribute"))
            ?? candidates.Where(c => c.DeclaredAccessibility == Accessibility.Public).OrderByDescending(c => c.Parameters.Length).FirstOrDefault();
    }

    private static ValueModel? ValueOf(ITypeSymbol type)
    {
        var name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(FullyQualified);
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return new(Categories.String, name, null, null);
            case SpecialType.System_Int32:
                return new(Categories.Int32, name, null, null);
            case SpecialType.System_Decimal:
                return new(Categories.Decimal, name, null, null);
        }

        switch (name)
        {
            case "global::System.Uri":
                return new(Categories.Uri, name, null, null);
            case "global::Negotiation.Domain.Dates.PartialDate":
                return new(Categories.Date, name, null, null);
            case "global::Negotiation.Domain.Countries.CountryCode":
                return new(Categories.Country, name, null, null);
            case "global::Negotiation.Domain.Quantities.QuantityUnit":
                return new(Categories.Unit, name, null, null);
            case "global::Negotiation.Domain.References.Reference":
                return new(Categories.Reference, name, null, null);
            case "global::Negotiation.Domain.Serialization.Format.FormatVersion":
                return new(Categories.Version, name, null, null);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return new(Categories.Enum, name, null, null);
        }

        if (type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == "Negotiation.Domain.Identifiers.ISlugId<TSelf>"))
        {
            return new(Categories.Id, name, null, null);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic && generic.OriginalDefinition.ToDisplayString() == "Negotiation.Domain.Collections.EquatableArray<T>")
        {
            var element = ValueOf(generic.TypeArguments[0]);
            return element is null || element.Category == Categories.Array ? null : new(Categories.Array, name, null, element);
        }

        if (type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FormatRecordAttribute))
        {
            return new(Categories.Record, name, type.Name, null);
        }

        return null;
    }

    private static string JsonNameOf(IPropertySymbol property)
    {
        var named = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == Json + "JsonPropertyNameAttribute");
        return named?.ConstructorArguments[0].Value as string ?? CamelCase(property.Name);
    }

    /// <summary>System.Text.Json's camelCase: the leading capitals are lowered, but the last of a run that starts a word.</summary>
    private static string CamelCase(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    private static int OrderOf(IPropertySymbol property)
    {
        // An override carries the order of the property it overrides, as System.Text.Json reads attributes through it.
        for (var p = property; p is not null; p = p.OverriddenProperty)
        {
            var order = p.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == Json + "JsonPropertyOrderAttribute");
            if (order is not null)
            {
                return (int)order.ConstructorArguments[0].Value!;
            }
        }

        return 0;
    }

    private static string DefaultOf(IParameterSymbol parameter)
    {
        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return "default";
        }

        var type = parameter.Type.ToDisplayString(FullyQualified);
        return parameter.Type.TypeKind == TypeKind.Enum
            ? $"({type}){System.Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}"
            : value switch
            {
                bool flag => flag ? "true" : "false",
                string text => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
                _ => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
            };
    }

    /// <summary>
    /// The guards the property's <c>init</c> accessor calls, outermost last, each with the named limits it is passed:
    /// <c>field = Guard.Against.EmptyList(Guard.Against.DefaultOrRepeatedIds(value, ...), ...)</c> gives <c>DefaultOrRepeatedIds</c>, <c>EmptyList</c>. The schema is made
    /// from them, so a rule lives in one place: the guard.
    /// </summary>
    private static IEnumerable<string> RulesOf(IPropertySymbol property, CancellationToken cancellation)
    {
        var rules = new List<string>();
        for (var p = property; p is not null; p = p.OverriddenProperty)
        {
            foreach (var reference in p.SetMethod?.DeclaringSyntaxReferences ?? [])
            {
                foreach (var call in reference.GetSyntax(cancellation).DescendantNodes().OfType<InvocationExpressionSyntax>().Reverse())
                {
                    var method = call.Expression switch
                    {
                        MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
                        IdentifierNameSyntax identifier => identifier.Identifier.Text,
                        GenericNameSyntax generic => generic.Identifier.Text,
                        _ => null,
                    };
                    if (method is null or "nameof")
                    {
                        continue;
                    }

                    var limits = call.ArgumentList.Arguments
                        .Select(a => a.Expression switch
                        {
                            MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
                            IdentifierNameSyntax identifier => identifier.Identifier.Text,
                            LiteralExpressionSyntax literal when literal.Token.Value is int => literal.Token.ValueText,
                            _ => null,
                        })
                        .Where(a => a is not null && (a.StartsWith("Max", System.StringComparison.Ordinal) || char.IsDigit(a[0])));
                    rules.Add(string.Join(":", new[] { method }.Concat(limits!)));
                }
            }
        }

        return rules;
    }
}
