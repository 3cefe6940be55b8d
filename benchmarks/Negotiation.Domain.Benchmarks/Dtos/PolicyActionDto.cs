namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>The action a demand asks for or a commitment promises.</summary>
public sealed class PolicyActionDto
{
    public string Kind { get; set; } = null!;

    public string? Description { get; set; }

    public List<string>? Targets { get; set; }

    public List<string>? Sanctions { get; set; }

    public List<string>? Items { get; set; }

    public List<QuantityDto>? Terms { get; set; }

    public List<string>? Beneficiaries { get; set; }
}
