using Ardalis.GuardClauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization.Format;
using Negotiation.Domain.Sources;

namespace Negotiation.Domain.LegalInstruments;

/// <summary>
/// An act that a sanction rests on, typed so that code can find every sanction under one: a UN Security Council
/// resolution ("2231"), an executive order ("13846"), a regulation ("2019/796"), a statute, a decision, a treaty.
/// </summary>
/// <remarks>
/// Its address follows one rule with a source's (an absolute http(s) address in ASCII, at most 2 048 characters), and
/// compares by its text, as a source's does, so that two instruments are equal exactly when they write the same bytes.
/// </remarks>
[FormatRecord]
public sealed record LegalInstrument
{
    /// <summary>Creates a legal instrument.</summary>
    /// <param name="kind">What kind of act it is.</param>
    /// <param name="title">What it is called ("Reimposing Certain Sanctions With Respect to Iran").</param>
    /// <param name="number">The number or reference its issuer gives it ("2231", "13846", "2019/796").</param>
    /// <param name="date">When it was adopted, signed or issued.</param>
    /// <param name="url">Where its text is.</param>
    public LegalInstrument(LegalInstrumentKind kind, string title, string? number = null, PartialDate? date = null, Uri? url = null)
    {
        Kind = kind;
        Title = title;
        Number = number;
        Date = date;
        Url = url;
    }

    /// <summary>What kind of act it is.</summary>
    public LegalInstrumentKind Kind { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Kind)); }

    /// <summary>What it is called.</summary>
    public string Title { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Title)); }

    /// <summary>The number or reference its issuer gives it, as the issuer writes it ("2019/796"), if it has one.</summary>
    public string? Number { get; init => field = Guard.Against.InvalidName(value, nameof(Number)); }

    /// <summary>When it was adopted, signed or issued.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>Where its text is: an absolute web address, by the rule of <see cref="Source.Url"/>.</summary>
    public Uri? Url { get => _url.Value; init => _url = new(Guard.Against.NonWebAddress(value, nameof(Url))); }

    // The address for equality and the hash code, by its text, as a source's.
    private readonly OrdinalUri _url;
}
