namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A unilateral pledge.</summary>
public sealed class PledgeDto
{
    public string Id { get; set; } = null!;

    public string By { get; set; } = null!;

    public PolicyActionDto Action { get; set; } = null!;

    public string? Date { get; set; }

    public List<string>? Issues { get; set; }

    public string? Agreement { get; set; }

    public AttributionDto? Attribution { get; set; }

    public List<PerformanceChangeDto>? Performance { get; set; }

    public string? Note { get; set; }
}
