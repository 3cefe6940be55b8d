using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>Reads and writes a typed id as its slug string (<c>"cn-mps-ifs"</c>). Registered closed, once per id type, so no reflection is needed.</summary>
/// <typeparam name="TId">The id type.</typeparam>
internal sealed class SlugIdConverter<TId> : JsonConverter<TId>
    where TId : struct, ISlugId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public static TId ReadValue(ref Utf8JsonReader reader)
    {
        var text = JsonValueException.ReadString(ref reader, $"a {TId.KindName} id as a string");

        // Validate before creating: the id types throw ArgumentException, which would reach the caller without a path.
        var problem = Slug.Explain(text);
        return problem is null ? TId.Create(text) : throw new JsonValueException(ErrorCodes.InvalidId, Explain(text, problem));
    }

    /// <summary>
    /// Why the text is not an id, and what is allowed. A common slip gets its own answer: writing a reference
    /// (<c>demand:cn-asks-lift</c>) where a member holds ids of one kind, as a <c>fulfils</c> item does.
    /// </summary>
    private static string Explain(string text, string problem)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Reference.TryParse(text, out _))
        {
            var bare = text[(colon + 1)..];
            return text[..colon] == TId.KindName
                ? $"Here a {TId.KindName} id is due, bare, such as '{bare}'; not a reference like '{text}'."
                : $"Here a {TId.KindName} id is due, bare; '{text}' is a reference to a {text[..colon]}.";
        }

        return Capitalize(problem) + ".";
    }

    private static string Capitalize(string sentence) => char.ToUpperInvariant(sentence[0]) + sentence[1..];
}
