namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party's weight for one issue and its value for each option.</summary>
public sealed class IssuePreferenceDto
{
    public string Issue { get; set; } = null!;

    public decimal Weight { get; set; }

    public List<decimal> Values { get; set; } = null!;
}
