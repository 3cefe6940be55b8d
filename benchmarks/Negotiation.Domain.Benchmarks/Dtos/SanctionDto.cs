namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A sanction.</summary>
public sealed class SanctionDto
{
    public string Id { get; set; } = null!;

    public string Authority { get; set; } = null!;

    public List<string> Targets { get; set; } = null!;

    public List<string> Measures { get; set; } = null!;

    public string? Program { get; set; }

    public string? LegalBasis { get; set; }

    public List<LegalInstrumentDto>? LegalInstruments { get; set; }

    public string? Reason { get; set; }

    public string? Description { get; set; }

    public string? ListingDate { get; set; }

    public List<SanctionChangeDto>? History { get; set; }

    public string? AuthorityId { get; set; }

    public List<ExternalIdDto>? ExternalIds { get; set; }

    public AttributionDto? Attribution { get; set; }
}
