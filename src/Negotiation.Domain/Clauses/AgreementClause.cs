using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Clauses;

/// <summary>
/// A clause of an agreement that a party may invoke on its own: a reversion ("snapback") that restores what the
/// agreement ended, or a withdrawal clause; who may invoke it, what it restores, the notice it requires, and its
/// invocations. The notice period is held in whole months and days here; it will be unified with the commitments'
/// timing duration when both are in the format.
/// </summary>
[FormatRecord]
public sealed record AgreementClause
{
    /// <summary>Creates a clause.</summary>
    /// <param name="kind">What it lets a party do.</param>
    /// <param name="invocableBy">The parties that may invoke it; none named means any party to the agreement.</param>
    /// <param name="restores">What it brings back: the sanctions, commitments or other records it restores.</param>
    /// <param name="noticeMonths">The notice period's whole months, where it requires notice.</param>
    /// <param name="noticeDays">The notice period's days beyond the months.</param>
    /// <param name="invocations">Its invocations, each dated.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public AgreementClause(
        ClauseKind kind,
        EquatableArray<PartyId> invocableBy = default,
        EquatableArray<Reference> restores = default,
        int? noticeMonths = null,
        int? noticeDays = null,
        EquatableArray<ClauseInvocation> invocations = default,
        string? note = null)
    {
        Kind = kind;
        InvocableBy = invocableBy;
        Restores = restores;
        NoticeMonths = noticeMonths;
        NoticeDays = noticeDays;
        Invocations = invocations;
        Note = note;
    }

    /// <summary>What it lets a party do.</summary>
    public ClauseKind Kind { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Kind)); }

    /// <summary>The parties that may invoke it (the JCPOA's participants, for Resolution 2231's snapback); none named means any party to the agreement.</summary>
    public EquatableArray<PartyId> InvocableBy { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(InvocableBy)); }

    /// <summary>What it brings back: the sanctions, commitments or other records it restores.</summary>
    public EquatableArray<Reference> Restores { get; init => field = Guard.Against.DefaultOrRepeatedReferences(value, nameof(Restores)); }

    /// <summary>The notice period's whole months, where it requires notice (three, in the NPT's Article X).</summary>
    public int? NoticeMonths { get; init => field = Guard.Against.BelowMinimum(value, nameof(NoticeMonths), 1); }

    /// <summary>The notice period's days beyond the months (thirty, for Resolution 2231's snapback).</summary>
    public int? NoticeDays { get; init => field = Guard.Against.BelowMinimum(value, nameof(NoticeDays), 1); }

    /// <summary>Its invocations, each dated, each by a party allowed to invoke it (<c>invocation-not-allowed</c> otherwise).</summary>
    public EquatableArray<ClauseInvocation> Invocations { get; init => field = Guard.Against.NullItems(value, nameof(Invocations)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>Whether <paramref name="party"/> may invoke it in an agreement among <paramref name="parties"/>.</summary>
    /// <param name="party">The party.</param>
    /// <param name="parties">The parties to the agreement that holds the clause.</param>
    /// <returns><see langword="true"/> when it is named in <see cref="InvocableBy"/>, or none is named and it is among <paramref name="parties"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is the <c>default</c> id.</exception>
    public bool MayBeInvokedBy(PartyId party, EquatableArray<PartyId> parties)
    {
        Guard.Against.DefaultId(party, nameof(party));
        return (InvocableBy.Count > 0 ? InvocableBy : parties).AsSpan().Contains(party);
    }
}
