namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A source.</summary>
public sealed class SourceDto
{
    public string Id { get; set; } = null!;

    public string Publisher { get; set; } = null!;

    public string Type { get; set; } = null!;

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Published { get; set; }
}
