namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A legal instrument a sanction rests on.</summary>
public sealed class LegalInstrumentDto
{
    public string Kind { get; set; } = null!;

    public string Title { get; set; } = null!;

    public string? Number { get; set; }

    public string? Date { get; set; }

    public string? Url { get; set; }
}
