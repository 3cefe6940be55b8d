using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// What could have been agreed, as data: the negotiable issues and their options, each party's estimated preferences,
/// and which outcome each agreement of the document amounts to. A document's optional <c>bargaining</c> member;
/// <see cref="BargainingAnalysis"/> computes the Pareto frontier, the zone of agreement and the bargaining solutions.
/// </summary>
[FormatRecord]
public sealed record BargainingDomain
{
    /// <summary>Creates a bargaining domain.</summary>
    /// <param name="issues">The negotiable issues, in order; at least one.</param>
    /// <param name="preferences">Each party's preferences; a party at most once.</param>
    /// <param name="outcomes">Which outcome each agreement amounts to.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public BargainingDomain(EquatableArray<NegotiableIssue> issues, EquatableArray<PartyPreferences> preferences = default, EquatableArray<AgreementOutcome> outcomes = default, string? note = null)
    {
        Issues = issues;
        Preferences = preferences;
        Outcomes = outcomes;
        Note = note;
    }

    /// <summary>The negotiable issues, in order; at least one, each of a different document issue.</summary>
    public EquatableArray<NegotiableIssue> Issues { get; init => field = Guard.Against.EmptyList(Guard.Against.NullItems(value, nameof(Issues)), nameof(Issues)); }

    /// <summary>Each party's preferences, in the order the analysis lists the parties.</summary>
    public EquatableArray<PartyPreferences> Preferences { get; init => field = Guard.Against.NullItems(value, nameof(Preferences)); }

    /// <summary>Which outcome each agreement amounts to.</summary>
    public EquatableArray<AgreementOutcome> Outcomes { get; init => field = Guard.Against.NullItems(value, nameof(Outcomes)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>The number of outcomes: the product of the issues' option counts (at least 1), exactly.</summary>
    public System.Numerics.BigInteger OutcomeCount => Issues.Aggregate(System.Numerics.BigInteger.One, (n, issue) => n * issue.Options.Count);

    /// <summary>The preferences of <paramref name="party"/>, or <see langword="null"/>.</summary>
    /// <param name="party">The party.</param>
    /// <returns>Its preferences.</returns>
    public PartyPreferences? PreferencesOf(PartyId party) => Preferences.FirstOrDefault(p => p.Party == party);

    /// <summary>The outcome <paramref name="agreement"/> amounts to, as option indexes in issue order, or <see langword="null"/> when the domain gives none (or names an option it lacks).</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The outcome.</returns>
    public IReadOnlyList<int>? OutcomeOf(AgreementId agreement)
        => Outcomes.FirstOrDefault(o => o.Agreement == agreement) is { } found ? IndexesOf(found.Options) : null;

    /// <summary>An outcome given by option labels, one per issue in order, as option indexes, or <see langword="null"/> when a label or the count is wrong.</summary>
    /// <param name="labels">The labels.</param>
    /// <returns>The indexes.</returns>
    public IReadOnlyList<int>? IndexesOf(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != Issues.Count)
        {
            return null;
        }

        var indexes = new int[labels.Count];
        for (var k = 0; k < labels.Count; k++)
        {
            indexes[k] = Issues[k].IndexOf(labels[k]);
            if (indexes[k] < 0)
            {
                return null;
            }
        }

        return indexes;
    }
}
