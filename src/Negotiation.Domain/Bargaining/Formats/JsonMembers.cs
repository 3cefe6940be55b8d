using System.Text.Json;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Reading;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>The members of a JSON object of a GeniusWeb file, in order, each with its path; a member twice is <c>duplicate-property</c>.</summary>
internal sealed class JsonMembers
{
    private readonly List<(string Name, JsonElement Value, string Path)> _members = [];

    private JsonMembers(string path) => Path = path;

    /// <summary>The object's path.</summary>
    public string Path { get; }

    /// <summary>Its members, in order.</summary>
    public IReadOnlyList<(string Name, JsonElement Value, string Path)> All => _members;

    /// <summary>The members of <paramref name="element"/>, which must be an object (<c>wrong-type</c> otherwise).</summary>
    public static JsonMembers Of(JsonElement element, string path, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ImportException(ErrorCodes.WrongType, path, $"{what} must be an object, not {Kind(element)}");
        }

        var members = new JsonMembers(path);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var at = JsonPath.Member(path, member.Name);
            if (!names.Add(member.Name))
            {
                throw new ImportException(ErrorCodes.DuplicateProperty, at, $"the member {ImportText.Quote(member.Name)} appears more than once");
            }

            members._members.Add((member.Name, member.Value, at));
        }

        return members;
    }

    /// <summary>The member named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public (JsonElement Value, string Path)? Optional(string name)
    {
        foreach (var (key, value, path) in _members)
        {
            if (key == name)
            {
                return (value, path);
            }
        }

        return null;
    }

    /// <summary>The member named <paramref name="name"/>; <c>missing-property</c> when there is none.</summary>
    public (JsonElement Value, string Path) Required(string name, string what)
        => Optional(name) ?? throw new ImportException(ErrorCodes.MissingProperty, JsonPath.Member(Path, name), $"the member '{name}' is required: {what}");

    /// <summary>A number read as a decimal, exactly as written; <c>wrong-type</c> for anything else, or a number no decimal holds.</summary>
    public static decimal Decimal(JsonElement element, string path, string what)
        => element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value)
            ? AmountGuards.Canonical(value)
            : throw new ImportException(ErrorCodes.WrongType, path, element.ValueKind == JsonValueKind.Number ? $"{what} is a number no decimal holds (more than 28 significant digits, or beyond ±7.9 × 10²⁸)" : $"{what} must be a number, not {Kind(element)}");

    /// <summary>A string; <c>wrong-type</c> for anything else.</summary>
    public static string String(JsonElement element, string path, string what)
        => element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new ImportException(ErrorCodes.WrongType, path, $"{what} must be a string, not {Kind(element)}");

    /// <summary>What a JSON value is, in words.</summary>
    public static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
