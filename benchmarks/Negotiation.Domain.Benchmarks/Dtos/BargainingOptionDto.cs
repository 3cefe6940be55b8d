namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>An option of a negotiable issue.</summary>
public sealed class BargainingOptionDto
{
    public string Label { get; set; } = null!;

    public List<string>? StandsFor { get; set; }

    public string? Note { get; set; }
}
