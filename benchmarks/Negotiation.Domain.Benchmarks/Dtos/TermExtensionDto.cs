namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>An extension of a term.</summary>
public sealed class TermExtensionDto
{
    public string Date { get; set; } = null!;

    public string NewExpiry { get; set; } = null!;

    public List<string>? Parties { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }
}
