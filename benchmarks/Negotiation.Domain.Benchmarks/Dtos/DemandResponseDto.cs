namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>The answer to a demand.</summary>
public sealed class DemandResponseDto
{
    public string Reason { get; set; } = null!;

    public List<string>? Grounds { get; set; }

    public string? Date { get; set; }

    public AttributionDto? Attribution { get; set; }
}
