using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Identifiers;

/// <summary>Identifies a source within a document, as a slug such as <c>bloomberg-2023-11-14</c>.</summary>
[JsonConverter(typeof(SlugIdConverter<SourceId>))]
public readonly record struct SourceId : ISlugId<SourceId>
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">A slug: lower-case letters and digits joined by single hyphens.</param>
    /// <exception cref="ArgumentException">The value is not a valid slug.</exception>
    public SourceId(string value) => _value = Guard.Against.InvalidSlug(value);

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static string KindName => "source";

    /// <inheritdoc />
    public static SourceId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(SourceId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
