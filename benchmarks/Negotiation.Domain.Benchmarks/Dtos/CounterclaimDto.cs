namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A claim against an attributed one.</summary>
public sealed class CounterclaimDto
{
    public string Confidence { get; set; } = null!;

    public List<string> Sources { get; set; } = null!;

    public string? Note { get; set; }
}
