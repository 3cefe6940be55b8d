namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>An agreement's term.</summary>
public sealed class AgreementTermDto
{
    public int? Years { get; set; }

    public int? Months { get; set; }

    public string? Expires { get; set; }

    public string? Renewal { get; set; }

    public int? RenewalYears { get; set; }

    public int? RenewalMonths { get; set; }

    public List<TermExtensionDto>? Extensions { get; set; }

    public string? Note { get; set; }
}
