namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>An agreement.</summary>
public sealed class AgreementDto
{
    public string Id { get; set; } = null!;

    public string Title { get; set; } = null!;

    public List<string> Parties { get; set; } = null!;

    public List<CommitmentDto>? Commitments { get; set; }

    public List<AgreementRoleDto>? Roles { get; set; }

    public string? Status { get; set; }

    public string? Confirmation { get; set; }

    public List<string>? Issues { get; set; }

    public string? Venue { get; set; }

    public string? Date { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }

    public List<InstrumentLinkDto>? Links { get; set; }

    public AgreementTermDto? Term { get; set; }

    public List<ParticipationStepDto>? Participation { get; set; }

    public List<AgreementClauseDto>? Clauses { get; set; }
}
