namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party of kind <c>group</c>.</summary>
public sealed class GroupDto : PartyDto
{
    public string Id { get; set; } = null!;

    public string Name { get; set; } = null!;

    public string Type { get; set; } = null!;

    public int? Size { get; set; }

    public string? Affiliation { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Country { get; set; }

    public string? Description { get; set; }

    public List<ExternalIdDto>? ExternalIds { get; set; }
}
