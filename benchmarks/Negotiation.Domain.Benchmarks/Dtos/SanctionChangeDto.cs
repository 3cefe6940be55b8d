namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A dated change in a sanction's history.</summary>
public sealed class SanctionChangeDto
{
    public string Kind { get; set; } = null!;

    public string? Date { get; set; }

    public string? By { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }
}
