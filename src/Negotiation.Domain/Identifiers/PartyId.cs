using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Identifiers;

/// <summary>Identifies a party (a state, a body, an organization, a person, a group or a coalition) within a document, as a slug such as <c>us</c>.</summary>
[JsonConverter(typeof(SlugIdConverter<PartyId>))]
public readonly record struct PartyId : ISlugId<PartyId>
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">A slug: lower-case letters and digits joined by single hyphens.</param>
    /// <exception cref="ArgumentException">The value is not a valid slug.</exception>
    public PartyId(string value) => _value = Guard.Against.InvalidSlug(value);

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static string KindName => "party";

    /// <inheritdoc />
    public static PartyId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(PartyId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
