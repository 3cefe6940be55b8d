namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A typed term of an action.</summary>
public sealed class QuantityDto
{
    public string Item { get; set; } = null!;

    public string Comparator { get; set; } = null!;

    public decimal Amount { get; set; }

    public string Unit { get; set; } = null!;

    public string? Place { get; set; }
}
