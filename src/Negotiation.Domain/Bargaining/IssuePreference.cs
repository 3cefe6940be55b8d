using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// How much one party cares about one negotiable issue: its weight, and the value it puts on each option, in the
/// options' order. The party's utility for an outcome is the sum, over issues, of weight × value of the option chosen.
/// </summary>
[FormatRecord]
public sealed record IssuePreference
{
    /// <summary>Creates an issue preference.</summary>
    /// <param name="issue">The negotiable issue it is about.</param>
    /// <param name="weight">The issue's weight, in [0, 1 000]; used as given, not normalised.</param>
    /// <param name="values">The value of each option, each in [0, 1], in the issue's option order.</param>
    public IssuePreference(IssueId issue, decimal weight, EquatableArray<decimal> values)
    {
        Issue = issue;
        Weight = weight;
        Values = values;
    }

    /// <summary>The negotiable issue it is about: the domain's issues, each once, in the domain's order (<c>preference-issue-order</c>).</summary>
    public IssueId Issue { get; init => field = Guard.Against.DefaultId(value, nameof(Issue)); }

    /// <summary>The issue's weight, in [0, 1 000], as given (GENIUS's reading); <see cref="PartyPreferences.Normalised"/> divides by their sum.</summary>
    /// <remarks>Written even when zero: it is required, and System.Text.Json, told to leave defaults out, must not drop it.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal Weight { get; init => field = Guard.Against.OutsideWeightRange(value, nameof(Weight)); }

    /// <summary>The value of each option, each in [0, 1], one per option of the issue in its order (<c>option-value-count</c>).</summary>
    public EquatableArray<decimal> Values { get; init => field = Guard.Against.OutsideUnitIntervals(Guard.Against.EmptyList(value, nameof(Values)), nameof(Values)); }
}
