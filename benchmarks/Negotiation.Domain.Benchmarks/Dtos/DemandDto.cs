namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A demand.</summary>
public sealed class DemandDto
{
    public string Id { get; set; } = null!;

    public string From { get; set; } = null!;

    public string To { get; set; } = null!;

    public List<string>? AlsoTo { get; set; }

    public PolicyActionDto Action { get; set; } = null!;

    public string Issue { get; set; } = null!;

    public string? Status { get; set; }

    public string? Date { get; set; }

    public List<string>? InExchangeFor { get; set; }

    public DemandResponseDto? Response { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }
}
