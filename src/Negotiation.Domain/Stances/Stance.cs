using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Stances;

/// <summary>
/// A party's position on a subject (an issue, a demand, a sanction, an agreement, another party's conduct): human
/// rights groups oppose lifting the sanctions on the institute. A short quote may go in <see cref="Statement"/>,
/// with its source in the attribution.
/// </summary>
[FormatRecord]
public sealed record Stance
{
    /// <summary>Creates a stance.</summary>
    /// <param name="id">The stance's id.</param>
    /// <param name="party">The party that holds it.</param>
    /// <param name="subject">What it is about.</param>
    /// <param name="position">For, against, conditional or neutral.</param>
    /// <param name="statement">A short quote or paraphrase.</param>
    /// <param name="condition">The condition, for a conditional stance.</param>
    /// <param name="date">When it was stated.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    public Stance(StanceId id, PartyId party, Reference subject, StancePosition position, string? statement = null, string? condition = null, PartialDate? date = null, Attribution? attribution = null)
    {
        Id = id;
        Party = party;
        Subject = subject;
        Position = position;
        Statement = statement;
        Condition = condition;
        Date = date;
        Attribution = attribution;
    }

    /// <summary>The stance's id.</summary>
    public StanceId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>The party that holds it.</summary>
    public PartyId Party { get; init => field = Guard.Against.DefaultId(value, nameof(Party)); }

    /// <summary>What it is about.</summary>
    public Reference Subject
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentException("subject must be set.", nameof(Subject)) : value;
    }

    /// <summary>For, against, conditional or neutral.</summary>
    public StancePosition Position { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Position)); }

    /// <summary>A short quote or paraphrase.</summary>
    public string? Statement { get; init => field = Guard.Against.InvalidText(value, nameof(Statement)); }

    /// <summary>The condition, for a conditional stance.</summary>
    public string? Condition { get; init => field = Guard.Against.InvalidText(value, nameof(Condition)); }

    /// <summary>When it was stated.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>Who reports it, and how sure.</summary>
    public Attribution? Attribution { get; init; }
}
