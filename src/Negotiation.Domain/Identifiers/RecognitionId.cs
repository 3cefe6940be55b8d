using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Identifiers;

/// <summary>Identifies a recognition within a document, as a slug such as <c>us-recognizes-il-1948</c>.</summary>
[JsonConverter(typeof(SlugIdConverter<RecognitionId>))]
public readonly record struct RecognitionId : ISlugId<RecognitionId>
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">A slug: lower-case letters and digits joined by single hyphens.</param>
    /// <exception cref="ArgumentException">The value is not a valid slug.</exception>
    public RecognitionId(string value) => _value = Guard.Against.InvalidSlug(value);

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static string KindName => "recognition";

    /// <inheritdoc />
    public static RecognitionId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(RecognitionId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
