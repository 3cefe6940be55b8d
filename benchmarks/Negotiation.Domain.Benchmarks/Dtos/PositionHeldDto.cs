namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>An office a person holds or held.</summary>
public sealed class PositionHeldDto
{
    public string Office { get; set; } = null!;

    public string? Body { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }
}
