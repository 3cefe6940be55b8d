using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Identifiers;

/// <summary>Identifies a unilateral pledge within a document, as a slug such as <c>us-pledges-no-ai-in-nuclear-command</c>.</summary>
[JsonConverter(typeof(SlugIdConverter<PledgeId>))]
public readonly record struct PledgeId : ISlugId<PledgeId>
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">A slug: lower-case letters and digits joined by single hyphens.</param>
    /// <exception cref="ArgumentException">The value is not a valid slug.</exception>
    public PledgeId(string value) => _value = Guard.Against.InvalidSlug(value);

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static string KindName => "pledge";

    /// <inheritdoc />
    public static PledgeId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(PledgeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
