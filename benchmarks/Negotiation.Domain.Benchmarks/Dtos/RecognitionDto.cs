namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party's recognition of another, or its refusal of one.</summary>
public sealed class RecognitionDto
{
    public string Id { get; set; } = null!;

    public string By { get; set; } = null!;

    public string Recognized { get; set; } = null!;

    public string Type { get; set; } = null!;

    public string Position { get; set; } = null!;

    public string? Date { get; set; }

    public AttributionDto? Attribution { get; set; }

    public string? Note { get; set; }
}
