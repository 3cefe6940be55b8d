namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>An id of a party in another scheme.</summary>
public sealed class ExternalIdDto
{
    public string Scheme { get; set; } = null!;

    public string Value { get; set; } = null!;
}
