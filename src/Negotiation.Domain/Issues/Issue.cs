using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Issues;

/// <summary>A subject under negotiation: fentanyl precursors, human rights in Xinjiang, military communication.</summary>
[FormatRecord]
public sealed record Issue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="id">The issue's id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="category">Its subject area.</param>
    /// <param name="description">Nuance, in a few words.</param>
    public Issue(IssueId id, string title, IssueCategory category, string? description = null)
    {
        Id = id;
        Title = title;
        Category = category;
        Description = description;
    }

    /// <summary>The issue's id.</summary>
    public IssueId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>A short title.</summary>
    public string Title { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Title)); }

    /// <summary>Its subject area.</summary>
    public IssueCategory Category { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Category)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Description { get; init => field = Guard.Against.InvalidText(value, nameof(Description)); }
}
