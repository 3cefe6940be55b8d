using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// How long an agreement runs: a duration (<see cref="Years"/> and <see cref="Months"/>), a fixed expiry date, or
/// both; how it may be renewed, for how long; and the extensions agreed since, in date order. The duration is held in
/// whole years and months here; it will be unified with the commitments' timing duration when both are in the format.
/// </summary>
[FormatRecord]
public sealed record AgreementTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="years">Its duration's whole years.</param>
    /// <param name="months">Its duration's months beyond the years.</param>
    /// <param name="expires">Its fixed expiry date.</param>
    /// <param name="renewal">How it may be renewed.</param>
    /// <param name="renewalYears">The renewal period's whole years.</param>
    /// <param name="renewalMonths">The renewal period's months beyond the years.</param>
    /// <param name="extensions">The extensions agreed since, in date order.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public AgreementTerm(
        int? years = null,
        int? months = null,
        PartialDate? expires = null,
        RenewalKind renewal = RenewalKind.None,
        int? renewalYears = null,
        int? renewalMonths = null,
        EquatableArray<TermExtension> extensions = default,
        string? note = null)
    {
        Years = years;
        Months = months;
        Expires = expires;
        Renewal = renewal;
        RenewalYears = renewalYears;
        RenewalMonths = renewalMonths;
        Extensions = extensions;
        Note = note;
    }

    /// <summary>Its duration's whole years (ten, for New START), if it has a duration.</summary>
    public int? Years { get; init => field = Guard.Against.BelowMinimum(value, nameof(Years), 1); }

    /// <summary>Its duration's months beyond the years, if any.</summary>
    public int? Months { get; init => field = Guard.Against.BelowMinimum(value, nameof(Months), 1); }

    /// <summary>Its fixed expiry date, if it has one (as first agreed: <see cref="CurrentExpiry"/> counts extensions).</summary>
    public PartialDate? Expires { get; init => field = Guard.Against.DefaultDate(value, nameof(Expires)); }

    /// <summary>How it may be renewed when it runs out.</summary>
    public RenewalKind Renewal { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Renewal)); }

    /// <summary>The renewal period's whole years, if it is renewed for a set period.</summary>
    public int? RenewalYears { get; init => field = Guard.Against.BelowMinimum(value, nameof(RenewalYears), 1); }

    /// <summary>The renewal period's months beyond the years, if any.</summary>
    public int? RenewalMonths { get; init => field = Guard.Against.BelowMinimum(value, nameof(RenewalMonths), 1); }

    /// <summary>
    /// The extensions agreed since, in date order (<c>date-order</c> otherwise), each setting an expiry no earlier than
    /// the one before it (<c>earlier-expiry</c> otherwise).
    /// </summary>
    public EquatableArray<TermExtension> Extensions { get; init => field = Guard.Against.NullItems(value, nameof(Extensions)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>When it expires now: the last extension's new expiry, else the fixed expiry, else none known.</summary>
    public PartialDate? CurrentExpiry => Extensions.Count > 0 ? Extensions[^1].NewExpiry : Expires;
}
