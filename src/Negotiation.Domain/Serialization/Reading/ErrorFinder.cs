using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Serialization.Reading;

/// <summary>
/// Finds the first problem of a well-formed JSON text that failed to read, with its exact path. System.Text.Json loses
/// the path of a guard that throws inside a record's constructor, and of anything inside a custom converter; so this
/// walks the parsed text with the same metadata the reader used, depth first and in document order, checks each object's
/// members (unknown, repeated, missing, null), then has each value read on its own: the smallest value that fails to
/// read is where the problem is, and an <see cref="ArgumentException"/>'s parameter names the member at fault.
/// It runs only after a read has failed, so it may read parts of the text more than once.
/// </summary>
internal sealed class ErrorFinder(JsonSerializerOptions options)
{
    /// <summary>The first problem of a document, or <see langword="null"/> when there is none this walk can see.</summary>
    public Problem? FindInDocument(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return WrongType(root, "an object (the document)", JsonPath.Root);
        }

        // The version first: a document of another version may differ in every other respect.
        var versionPath = JsonPath.Member(JsonPath.Root, DocumentFormat.FormatVersionName);
        if (First(root, DocumentFormat.FormatVersionName) is not { } version)
        {
            return new(ErrorCodes.MissingProperty, versionPath, $"The document lacks '{DocumentFormat.FormatVersionName}'; this library reads version {NegotiationDocument.CurrentFormatVersion}.");
        }

        if (version.ValueKind != JsonValueKind.Number)
        {
            return WrongType(version, "a whole number", versionPath);
        }

        if (version.GetRawText() != NegotiationDocument.CurrentFormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return new(ErrorCodes.UnsupportedVersion, versionPath, DocumentErrors.UnsupportedVersion(version.GetRawText()));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var path = JsonPath.Member(JsonPath.Root, property.Name);
            if (!seen.Add(property.Name))
            {
                return Repeated(property.Name, path);
            }

            if (DocumentFormat.Find(property.Name) is not { } member)
            {
                return Unknown(property.Name, path, "the document", DocumentFormat.Members.Select(m => m.Name.Value));
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                if (!member.Nullable)
                {
                    return NullNotAllowed(path);
                }

                continue;
            }

            if (Value(property.Value, member.Type, path) is { } problem)
            {
                return problem;
            }
        }

        foreach (var member in DocumentFormat.Members)
        {
            if (member.Required && !seen.Contains(member.Name.Value))
            {
                return Missing(member.Name.Value, JsonPath.Root, "the document");
            }
        }

        try
        {
            DocumentFormat.CheckRoot(root.GetProperty("title").GetString()!, First(root, "description")?.GetString());
            return null;
        }
        catch (ArgumentException exception)
        {
            return new(ErrorCodes.InvalidValue, JsonPath.Member(JsonPath.Root, exception.ParamName ?? "title"), Clean(exception));
        }
    }

    private Problem? Value(JsonElement element, Type type, string path)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            if (element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            type = underlying;
        }

        var info = options.GetTypeInfo(type);
        if (info.Converter is IEquatableArrayConverter array)
        {
            return Array(element, array.ItemType, path);
        }

        return info.Kind == JsonTypeInfoKind.Object ? Object(element, info, path) : Read(element, info, info, path);
    }

    private Problem? Array(JsonElement element, Type itemType, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return WrongType(element, "an array", path);
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonPath.Item(path, index++);
            if (item.ValueKind == JsonValueKind.Null)
            {
                return NullNotAllowed(itemPath);
            }

            if (Value(item, itemType, itemPath) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private Problem? Object(JsonElement element, JsonTypeInfo info, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return WrongType(element, $"an object ({Describe(info.Type)})", path);
        }

        // A polymorphic record (a party) is checked against the members of the kind it names.
        var shape = info;
        string? discriminator = null;
        if (info.PolymorphismOptions is { } polymorphism)
        {
            discriminator = polymorphism.TypeDiscriminatorPropertyName;
            var kinds = polymorphism.DerivedTypes.Select(derived => derived.TypeDiscriminator?.ToString()).ToList();
            var kindPath = JsonPath.Member(path, discriminator);
            if (First(element, discriminator) is not { } kind)
            {
                return new(ErrorCodes.MissingProperty, kindPath, $"{Capitalize(Describe(info.Type))} needs a '{discriminator}': one of {string.Join(", ", kinds)}.");
            }

            if (kind.ValueKind != JsonValueKind.String)
            {
                return WrongType(kind, $"one of {string.Join(", ", kinds)} as a string", kindPath);
            }

            var name = kind.GetString();
            var derivedType = polymorphism.DerivedTypes.FirstOrDefault(derived => derived.TypeDiscriminator?.ToString() == name).DerivedType;
            if (derivedType is null)
            {
                return new(ErrorCodes.UnknownKind, kindPath, $"'{name}' is not a kind of {Describe(info.Type, article: false)}: expected one of {string.Join(", ", kinds)}.");
            }

            shape = options.GetTypeInfo(derivedType);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var memberPath = JsonPath.Member(path, property.Name);
            if (!seen.Add(property.Name))
            {
                return Repeated(property.Name, memberPath);
            }

            if (property.Name == discriminator)
            {
                continue;
            }

            if (MemberOf(shape, property.Name) is not { } member)
            {
                return Unknown(property.Name, memberPath, Describe(shape.Type), shape.Properties.Select(p => p.Name).Prepend(discriminator).OfType<string>());
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                if (!AcceptsNull(member))
                {
                    return NullNotAllowed(memberPath);
                }

                continue;
            }

            if (Value(property.Value, member.PropertyType, memberPath) is { } problem)
            {
                return problem;
            }
        }

        foreach (var member in shape.Properties)
        {
            if (member.IsRequired && !seen.Contains(member.Name))
            {
                return Missing(member.Name, path, Describe(shape.Type));
            }
        }

        // Every member reads on its own: what is left is a rule of the record, which its constructor enforces.
        return Read(element, info, shape, path);
    }

    /// <summary>Reads <paramref name="element"/> alone; when that fails, says why and at which member.</summary>
    private Problem? Read(JsonElement element, JsonTypeInfo info, JsonTypeInfo shape, string path)
    {
        try
        {
            JsonSerializer.Deserialize(element, info);
            return null;
        }
        catch (JsonValueException exception)
        {
            return new(exception.Code, path, exception.Message);
        }
        catch (ArgumentException exception)
        {
            // The model's guards name the property at fault; its JSON name is the camelCase of it.
            var member = exception.ParamName is { Length: > 0 } name ? MemberOf(shape, JsonNamingPolicy.CamelCase.ConvertName(name)) : null;
            return new(ErrorCodes.InvalidValue, member is null ? path : JsonPath.Member(path, member.Name), Clean(exception));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            // System.Text.Json's own converters: strings, numbers, addresses.
            return Expected(info.Type) is { } expected && element.ValueKind != expected.Kind
                ? WrongType(element, expected.Description, path)
                : new(ErrorCodes.InvalidValue, path, $"{element.GetRawText()} is not {Expected(info.Type)?.Description ?? "a valid value here"}.");
        }
    }

    private static (JsonValueKind Kind, string Description)? Expected(Type type)
        => type == typeof(string) ? (JsonValueKind.String, "a string")
            : type == typeof(Uri) ? (JsonValueKind.String, "an absolute address (URL) as a string")
            : type == typeof(int) ? (JsonValueKind.Number, $"a whole number from {int.MinValue} to {int.MaxValue}")
            : null;

    private static bool AcceptsNull(JsonPropertyInfo member)
        => Nullable.GetUnderlyingType(member.PropertyType) is not null
            || (!member.PropertyType.IsValueType && (member.AssociatedParameter?.IsNullable ?? member.IsSetNullable));

    private static JsonPropertyInfo? MemberOf(JsonTypeInfo info, string name)
    {
        foreach (var property in info.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    private static JsonElement? First(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static Problem WrongType(JsonElement element, string expected, string path)
        => new(ErrorCodes.WrongType, path, $"Expected {expected}, found {Describe(element.ValueKind)}.");

    private static Problem NullNotAllowed(string path)
        => new(ErrorCodes.WrongType, path, "Null is not allowed here: leave an optional member out instead.");

    private static Problem Repeated(string name, string path)
        => new(ErrorCodes.DuplicateProperty, path, $"'{name}' appears more than once in the same object.", Occurrence: 2);

    private static Problem Unknown(string name, string path, string owner, IEnumerable<string> known)
        => new(ErrorCodes.UnknownProperty, path, $"'{name}' is not a member of {owner} (names are case-sensitive); its members are {string.Join(", ", known)}.");

    private static Problem Missing(string name, string path, string owner)
        => new(ErrorCodes.MissingProperty, JsonPath.Member(path, name), $"{Capitalize(owner)} needs '{name}'.");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "nothing",
    };

    /// <summary>A record type as words in a message: <c>a government body</c>, <c>an issue</c>.</summary>
    private static string Describe(Type type, bool article = true)
    {
        var words = JsonNamingPolicy.SnakeCaseLower.ConvertName(type.Name).Replace('_', ' ');
        return !article ? words : ("aeiou".Contains(words[0], StringComparison.Ordinal) ? "an " : "a ") + words;
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>An exception's message without the " (Parameter 'x')" and "Actual value was" lines the runtime appends.</summary>
    private static string Clean(ArgumentException exception)
    {
        var message = exception.Message;
        var suffix = exception.ParamName is null ? -1 : message.IndexOf($" (Parameter '{exception.ParamName}')", StringComparison.Ordinal);
        message = suffix >= 0 ? message[..suffix] : message;
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline >= 0 ? message[..newline] : message).TrimEnd();
    }
}
