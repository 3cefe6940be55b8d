using Ardalis.GuardClauses;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Pledges;

/// <summary>
/// One party's public undertaking outside any agreement: a unilateral pledge ("the US will not put AI in control of
/// nuclear weapons"). Nobody gives anything in return, so it is no agreement's commitment and no trade-off ledger
/// counts it; it may name an agreement as its context, which binds no one to that agreement.
/// </summary>
[FormatRecord]
public sealed record Pledge
{
    /// <summary>Creates a pledge.</summary>
    /// <param name="id">The pledge's id.</param>
    /// <param name="by">The party that pledges.</param>
    /// <param name="action">What it pledges to do.</param>
    /// <param name="date">When it pledged.</param>
    /// <param name="issues">The issues it concerns.</param>
    /// <param name="agreement">The agreement it was made in the context of (announced beside a deal), if any.</param>
    /// <param name="attribution">Who says it was made, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public Pledge(
        PledgeId id,
        PartyId by,
        PolicyAction action,
        PartialDate? date = null,
        EquatableArray<IssueId> issues = default,
        AgreementId? agreement = null,
        Attribution? attribution = null,
        string? note = null)
    {
        Id = id;
        By = by;
        Action = action;
        Date = date;
        Issues = issues;
        Agreement = agreement;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The pledge's id.</summary>
    public PledgeId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>The party that pledges.</summary>
    public PartyId By { get; init => field = Guard.Against.DefaultId(value, nameof(By)); }

    /// <summary>What it pledges to do.</summary>
    public PolicyAction Action { get; init => field = value ?? throw new ArgumentNullException(nameof(Action)); }

    /// <summary>When it pledged.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>The issues it concerns.</summary>
    public EquatableArray<IssueId> Issues { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(Issues)); }

    /// <summary>The agreement it was made in the context of, if any: context only, not a commitment under it.</summary>
    public AgreementId? Agreement { get; init => field = Guard.Against.DefaultId(value, nameof(Agreement)); }

    /// <summary>Who says it was made, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
