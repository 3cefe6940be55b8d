namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A link from an agreement to another instrument of the same deal.</summary>
public sealed class InstrumentLinkDto
{
    public string Kind { get; set; } = null!;

    public string Agreement { get; set; } = null!;

    public string? Note { get; set; }
}
