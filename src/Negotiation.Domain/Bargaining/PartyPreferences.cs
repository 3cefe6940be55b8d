using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// One party's preferences over a bargaining domain, as someone estimates them: a weight per issue, a value per
/// option, a reservation (the party's best alternative to agreement: a value, or an outcome whose utility it is), and
/// a discount factor. The preferences of a real government are always someone's assumption: the attribution says whose,
/// and how sure.
/// </summary>
[FormatRecord]
public sealed record PartyPreferences
{
    /// <summary>Creates a party's preferences.</summary>
    /// <param name="party">The party whose preferences these are; in the document, and given preferences once.</param>
    /// <param name="issues">One preference per negotiable issue, in the domain's order.</param>
    /// <param name="attribution">Whose estimate these are, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public PartyPreferences(PartyId party, EquatableArray<IssuePreference> issues, Attribution? attribution = null, string? note = null)
    {
        Party = party;
        Issues = issues;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The party whose preferences these are.</summary>
    public PartyId Party { get; init => field = Guard.Against.DefaultId(value, nameof(Party)); }

    /// <summary>
    /// One preference per negotiable issue, in the domain's order (<c>preference-issue-order</c>); at least one weight
    /// is more than zero (<c>zero-weights</c>).
    /// </summary>
    public EquatableArray<IssuePreference> Issues { get; init => field = Guard.Against.EmptyList(Guard.Against.NullItems(value, nameof(Issues)), nameof(Issues)); }

    /// <summary>
    /// The reservation as a value (GENIUS's <c>reservation</c>): the utility the party gets without agreement, in
    /// [0, 1 000 000]. At most one of this and <see cref="ReservationOutcome"/> (<c>conflicting-reservation</c>); with
    /// neither, the reservation is 0.
    /// </summary>
    public decimal? ReservationValue { get; init => field = Guard.Against.OutsideReservationRange(value, nameof(ReservationValue)); }

    /// <summary>
    /// The reservation as an outcome (GeniusWeb's <c>reservationBid</c>): the label of one option per issue, in the
    /// domain's order (<c>incomplete-outcome</c> otherwise); the reservation is its utility.
    /// </summary>
    public EquatableArray<string> ReservationOutcome { get; init => field = Guard.Against.InvalidNames(value, nameof(ReservationOutcome)); }

    /// <summary>The discount factor δ in (0, 1], if any: at normalised time t, utilities and the reservation are multiplied by δᵗ.</summary>
    public decimal? Discount { get; init => field = Guard.Against.OutsideDiscountRange(value, nameof(Discount)); }

    /// <summary>Whose estimate these are, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>These preferences with the weights divided by their sum, so that they sum to 1: an explicit choice, never made for you.</summary>
    /// <returns>The normalised preferences; these, when the weights already sum to 1 or are all zero.</returns>
    public PartyPreferences Normalised()
    {
        var sum = Issues.Sum(i => i.Weight);
        return sum is 0 or 1 ? this : this with { Issues = Issues.Select(i => i with { Weight = i.Weight / sum }).ToEquatableArray() };
    }
}
