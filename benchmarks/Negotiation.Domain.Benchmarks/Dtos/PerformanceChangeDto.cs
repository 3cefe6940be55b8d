namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A dated change in how far a commitment or a pledge has been kept.</summary>
public sealed class PerformanceChangeDto
{
    public string Status { get; set; } = null!;

    public string? Date { get; set; }

    public string? By { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }
}
