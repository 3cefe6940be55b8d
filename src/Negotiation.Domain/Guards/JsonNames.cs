using System.Text.Json;

namespace Negotiation.Domain.Guards;

/// <summary>
/// The names the format gives what the guards name in their messages. A rule broken in a document is reported to
/// someone who reads the JSON, not the C#: <c>endDate</c>, not <c>EndDate</c>; <c>lift_sanction</c>, not
/// <c>LiftSanction</c>. The exception's parameter name stays the C# property's, as .NET callers expect.
/// </summary>
internal static class JsonNames
{
    /// <summary>A member's JSON name from its property's name (the format's members are the camelCase of their properties).</summary>
    public static string Member(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);

    /// <summary>An enum value's JSON name: its snake_case (<c>illegal_drugs</c>).</summary>
    public static string EnumValue(string valueName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(valueName);

    /// <summary>The JSON names of every value of <typeparamref name="TEnum"/>, for a message that says what is allowed.</summary>
    public static string EnumValues<TEnum>()
        where TEnum : struct, Enum
        => string.Join(", ", Enum.GetNames<TEnum>().Select(EnumValue));
}
