namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>The document's root.</summary>
public sealed class DocumentDto
{
    public int FormatVersion { get; set; }

    public string Id { get; set; } = null!;

    public string Title { get; set; } = null!;

    public string? Description { get; set; }

    public List<PartyDto>? Parties { get; set; }

    public List<IssueDto>? Issues { get; set; }

    public List<DemandDto>? Demands { get; set; }

    public List<SanctionDto>? Sanctions { get; set; }

    public List<AgreementDto>? Agreements { get; set; }

    public List<PledgeDto>? Pledges { get; set; }

    public List<StanceDto>? Stances { get; set; }

    public List<EventDto>? Events { get; set; }

    public List<SourceDto>? Sources { get; set; }

    public List<RecognitionDto>? Recognitions { get; set; }

    public BargainingDto? Bargaining { get; set; }
}
