namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>The outcome an agreement amounts to.</summary>
public sealed class AgreementOutcomeDto
{
    public string Agreement { get; set; } = null!;

    public List<string> Options { get; set; } = null!;

    public string? Note { get; set; }
}
