namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A clause a party may invoke.</summary>
public sealed class AgreementClauseDto
{
    public string Kind { get; set; } = null!;

    public List<string>? InvocableBy { get; set; }

    public List<string>? Restores { get; set; }

    public int? NoticeMonths { get; set; }

    public int? NoticeDays { get; set; }

    public List<ClauseInvocationDto>? Invocations { get; set; }

    public string? Note { get; set; }
}
