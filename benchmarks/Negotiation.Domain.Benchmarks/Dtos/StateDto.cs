namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party of kind <c>state</c>.</summary>
public sealed class StateDto : PartyDto
{
    public string Id { get; set; } = null!;

    public string Name { get; set; } = null!;

    public string? Country { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Description { get; set; }

    public List<ExternalIdDto>? ExternalIds { get; set; }
}
