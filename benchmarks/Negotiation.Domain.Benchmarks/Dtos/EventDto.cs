namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>An event.</summary>
public sealed class EventDto
{
    public string Id { get; set; } = null!;

    public string Kind { get; set; } = null!;

    public string Title { get; set; } = null!;

    public string Date { get; set; } = null!;

    public string? EndDate { get; set; }

    public List<string>? Parties { get; set; }

    public string? Place { get; set; }

    public string? Country { get; set; }

    public List<string>? Related { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }
}
