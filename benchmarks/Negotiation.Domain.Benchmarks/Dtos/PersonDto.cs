namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party of kind <c>person</c>.</summary>
public sealed class PersonDto : PartyDto
{
    public string Id { get; set; } = null!;

    public string Name { get; set; } = null!;

    public List<PositionHeldDto>? Positions { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Country { get; set; }

    public string? Description { get; set; }

    public List<ExternalIdDto>? ExternalIds { get; set; }
}
