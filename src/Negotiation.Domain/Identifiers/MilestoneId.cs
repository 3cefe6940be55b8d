using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Identifiers;

/// <summary>Identifies a milestone of an agreement (unique across the document), as a slug such as <c>jcpoa-implementation-day</c>.</summary>
[JsonConverter(typeof(SlugIdConverter<MilestoneId>))]
public readonly record struct MilestoneId : ISlugId<MilestoneId>
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">A slug: lower-case letters and digits joined by single hyphens.</param>
    /// <exception cref="ArgumentException">The value is not a valid slug.</exception>
    public MilestoneId(string value) => _value = Guard.Against.InvalidSlug(value);

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static string KindName => "milestone";

    /// <inheritdoc />
    public static MilestoneId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(MilestoneId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
