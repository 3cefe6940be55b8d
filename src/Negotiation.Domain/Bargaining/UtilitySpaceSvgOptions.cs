using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Bargaining;

/// <summary>How <see cref="UtilitySpaceSvg"/> draws a bargaining result.</summary>
public sealed record UtilitySpaceSvgOptions
{
    /// <summary>The default number of outcomes drawn as dots: all of them up to this many, a sample of this many beyond.</summary>
    public const int DefaultMaxOutcomes = 5_000;

    /// <summary>The most outcomes <see cref="MaxOutcomes"/> may ask for, so that a picture stays a few megabytes at most.</summary>
    public const int MostOutcomes = 100_000;

    /// <summary>
    /// The party on the horizontal axis; the first of the result's parties when <see langword="null"/>. With three or
    /// more parties, the picture shows this pair (the title says so).
    /// </summary>
    public PartyId? XParty { get; init => field = Guard.Against.DefaultId(value, nameof(XParty)); }

    /// <summary>The party on the vertical axis; the second of the result's parties (or the first that is not <see cref="XParty"/>) when <see langword="null"/>.</summary>
    public PartyId? YParty { get; init => field = Guard.Against.DefaultId(value, nameof(YParty)); }

    /// <summary>
    /// The names to show for the parties (a document's party names); a party not named here, or named blank, is shown
    /// by its id. Any text: it is escaped.
    /// </summary>
    public IReadOnlyDictionary<PartyId, string>? PartyNames { get; init; }

    /// <summary>
    /// How many outcomes to draw as dots, in [0, <see cref="MostOutcomes"/>]: every outcome when there are no more,
    /// otherwise a deterministic sample of this many (the legend says so, and of how many). 5 000 by default.
    /// </summary>
    public int MaxOutcomes { get; init => field = value is >= 0 and <= MostOutcomes ? value : throw new ArgumentOutOfRangeException(nameof(MaxOutcomes), value, $"Between 0 and {MostOutcomes} outcomes are drawn."); } = DefaultMaxOutcomes;
}
