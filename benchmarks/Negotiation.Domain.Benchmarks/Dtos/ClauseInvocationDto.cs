namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>An invocation of a clause.</summary>
public sealed class ClauseInvocationDto
{
    public string Party { get; set; } = null!;

    public string Date { get; set; } = null!;

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }
}
