namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party's stance on a record.</summary>
public sealed class StanceDto
{
    public string Id { get; set; } = null!;

    public string Party { get; set; } = null!;

    public string Subject { get; set; } = null!;

    public string Position { get; set; } = null!;

    public string? Statement { get; set; }

    public string? Condition { get; set; }

    public string? Date { get; set; }

    public AttributionDto? Attribution { get; set; }
}
