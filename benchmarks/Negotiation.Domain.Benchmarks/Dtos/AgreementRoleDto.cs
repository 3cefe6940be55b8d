namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party's role in an agreement.</summary>
public sealed class AgreementRoleDto
{
    public string Party { get; set; } = null!;

    public string Role { get; set; } = null!;

    public string? Note { get; set; }

    public AttributionDto? Attribution { get; set; }
}
