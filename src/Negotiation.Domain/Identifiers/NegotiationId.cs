using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Identifiers;

/// <summary>Identifies a negotiation document within a document, as a slug such as <c>us-cn-2023</c>.</summary>
[JsonConverter(typeof(SlugIdConverter<NegotiationId>))]
public readonly record struct NegotiationId : ISlugId<NegotiationId>
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">A slug: lower-case letters and digits joined by single hyphens.</param>
    /// <exception cref="ArgumentException">The value is not a valid slug.</exception>
    public NegotiationId(string value) => _value = Guard.Against.InvalidSlug(value);

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static string KindName => "negotiation";

    /// <inheritdoc />
    public static NegotiationId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(NegotiationId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
