namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A commitment of an agreement.</summary>
public sealed class CommitmentDto
{
    public string Id { get; set; } = null!;

    public string By { get; set; } = null!;

    public PolicyActionDto Action { get; set; } = null!;

    public List<string>? ConditionalOn { get; set; }

    public List<string>? Fulfils { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }

    public List<PerformanceChangeDto>? Performance { get; set; }
}
