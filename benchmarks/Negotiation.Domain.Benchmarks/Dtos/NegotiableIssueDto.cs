namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A negotiable issue of a bargaining section.</summary>
public sealed class NegotiableIssueDto
{
    public string Issue { get; set; } = null!;

    public List<BargainingOptionDto> Options { get; set; } = null!;

    public string? Note { get; set; }
}
