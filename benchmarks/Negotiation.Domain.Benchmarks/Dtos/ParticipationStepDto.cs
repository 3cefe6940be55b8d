namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party's participation step.</summary>
public sealed class ParticipationStepDto
{
    public string Party { get; set; } = null!;

    public string Step { get; set; } = null!;

    public string Date { get; set; } = null!;

    public string? Grounds { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }
}
