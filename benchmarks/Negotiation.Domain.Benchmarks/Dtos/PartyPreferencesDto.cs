namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>One party's preferences over a bargaining section.</summary>
public sealed class PartyPreferencesDto
{
    public string Party { get; set; } = null!;

    public List<IssuePreferenceDto> Issues { get; set; } = null!;

    public decimal? ReservationValue { get; set; }

    public List<string>? ReservationOutcome { get; set; }

    public decimal? Discount { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }
}
