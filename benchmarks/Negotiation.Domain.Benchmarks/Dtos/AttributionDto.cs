namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>Who reports a claim, and how sure it is.</summary>
public sealed class AttributionDto
{
    public string Confidence { get; set; } = null!;

    public List<string> Sources { get; set; } = null!;

    public string? Note { get; set; }

    public List<CounterclaimDto>? Counterclaims { get; set; }
}
