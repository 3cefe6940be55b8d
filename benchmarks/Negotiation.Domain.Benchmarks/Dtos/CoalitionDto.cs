namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party of kind <c>coalition</c>.</summary>
public sealed class CoalitionDto : PartyDto
{
    public string Id { get; set; } = null!;

    public string Name { get; set; } = null!;

    public List<string> Members { get; set; } = null!;

    public List<string>? Aliases { get; set; }

    public string? Country { get; set; }

    public string? Description { get; set; }

    public List<ExternalIdDto>? ExternalIds { get; set; }
}
