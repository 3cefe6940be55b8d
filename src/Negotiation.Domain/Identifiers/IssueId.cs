using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Identifiers;

/// <summary>Identifies an issue under negotiation within a document, as a slug such as <c>fentanyl-precursors</c>.</summary>
[JsonConverter(typeof(SlugIdConverter<IssueId>))]
public readonly record struct IssueId : ISlugId<IssueId>
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">A slug: lower-case letters and digits joined by single hyphens.</param>
    /// <exception cref="ArgumentException">The value is not a valid slug.</exception>
    public IssueId(string value) => _value = Guard.Against.InvalidSlug(value);

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static string KindName => "issue";

    /// <inheritdoc />
    public static IssueId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(IssueId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
