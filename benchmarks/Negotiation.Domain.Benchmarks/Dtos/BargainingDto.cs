namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A document's bargaining section.</summary>
public sealed class BargainingDto
{
    public List<NegotiableIssueDto> Issues { get; set; } = null!;

    public List<PartyPreferencesDto>? Preferences { get; set; }

    public List<AgreementOutcomeDto>? Outcomes { get; set; }

    public string? Note { get; set; }
}
