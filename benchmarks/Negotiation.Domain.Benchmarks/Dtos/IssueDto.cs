namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>An issue.</summary>
public sealed class IssueDto
{
    public string Id { get; set; } = null!;

    public string Title { get; set; } = null!;

    public string Category { get; set; } = null!;

    public string? Description { get; set; }
}
