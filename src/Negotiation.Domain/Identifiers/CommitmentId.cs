using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Identifiers;

/// <summary>Identifies a commitment within an agreement (unique across the document) within a document, as a slug such as <c>us-lifts-ifs-sanction</c>.</summary>
[JsonConverter(typeof(SlugIdConverter<CommitmentId>))]
public readonly record struct CommitmentId : ISlugId<CommitmentId>
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">A slug: lower-case letters and digits joined by single hyphens.</param>
    /// <exception cref="ArgumentException">The value is not a valid slug.</exception>
    public CommitmentId(string value) => _value = Guard.Against.InvalidSlug(value);

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static string KindName => "commitment";

    /// <inheritdoc />
    public static CommitmentId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(CommitmentId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
