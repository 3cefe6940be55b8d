using Ardalis.GuardClauses;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Lifecycle;
using Negotiation.Domain.References;
using OneOf;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Demands;

/// <summary>
/// One party asks another, or several others, for an action on an issue: the US asks China to crack down on exporters
/// of fentanyl ingredients. The party that asks may be a coalition (the G7), and so may a party asked. A demand can name what it is asked in exchange for (<see cref="InExchangeFor"/>), and carries the
/// answer it got (<see cref="Response"/>).
/// </summary>
[FormatRecord]
public sealed record Demand
{
    private static readonly Transitions<DemandStatus> Lifecycle = new(new()
    {
        [DemandStatus.Made] = [DemandStatus.Accepted, DemandStatus.Rejected, DemandStatus.Withdrawn, DemandStatus.Fulfilled],
        [DemandStatus.Accepted] = [DemandStatus.Fulfilled, DemandStatus.Withdrawn],
        [DemandStatus.Rejected] = [DemandStatus.Made],
    });

    /// <summary>Creates a demand.</summary>
    /// <param name="id">The demand's id.</param>
    /// <param name="from">The party that asks.</param>
    /// <param name="to">The party asked.</param>
    /// <param name="action">What is asked for.</param>
    /// <param name="issue">The issue it concerns.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="date">When it was made.</param>
    /// <param name="inExchangeFor">What it is asked in exchange for: other demands, commitments, sanctions.</param>
    /// <param name="response">The answer it got, if any.</param>
    /// <param name="attribution">Who says it was made, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public Demand(
        DemandId id,
        PartyId from,
        PartyId to,
        PolicyAction action,
        IssueId issue,
        DemandStatus status = DemandStatus.Made,
        PartialDate? date = null,
        EquatableArray<Reference> inExchangeFor = default,
        DemandResponse? response = null,
        Attribution? attribution = null,
        string? note = null)
    {
        Id = id;
        From = from;
        To = to;
        Action = action;
        Issue = issue;
        Status = status;
        Date = date;
        InExchangeFor = inExchangeFor;
        Response = response;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The demand's id.</summary>
    public DemandId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>The party that asks.</summary>
    public PartyId From { get; init => field = Guard.Against.DefaultId(value, nameof(From)); }

    /// <summary>The party asked: the first addressee, when the demand has several (<see cref="AlsoTo"/>).</summary>
    public PartyId To { get; init => field = Guard.Against.DefaultId(value, nameof(To)); }

    /// <summary>
    /// The other parties asked, when a demand is made of several at once (a ceasefire asked of both sides); none
    /// repeated, and neither <see cref="To"/> nor <see cref="From"/> among them (<c>repeated-addressee</c>,
    /// <c>self-demand</c>). <see cref="Addressees"/> lists them all.
    /// </summary>
    public EquatableArray<PartyId> AlsoTo { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(AlsoTo)); }

    /// <summary>Every party asked: <see cref="To"/>, then <see cref="AlsoTo"/>.</summary>
    public IReadOnlyList<PartyId> Addressees => [To, .. AlsoTo];

    /// <summary>Whether <paramref name="party"/> is among the parties asked.</summary>
    /// <param name="party">The party.</param>
    /// <returns><see langword="true"/> when it is <see cref="To"/> or in <see cref="AlsoTo"/>.</returns>
    public bool IsAddressedTo(PartyId party) => To == party || AlsoTo.AsSpan().Contains(party);

    /// <summary>What is asked for.</summary>
    public PolicyAction Action { get; init => field = value ?? throw new ArgumentNullException(nameof(Action)); }

    /// <summary>The issue it concerns.</summary>
    public IssueId Issue { get; init => field = Guard.Against.DefaultId(value, nameof(Issue)); }

    /// <summary>Where it stands.</summary>
    public DemandStatus Status { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Status)); }

    /// <summary>When it was made.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>What it is asked in exchange for.</summary>
    public EquatableArray<Reference> InExchangeFor { get; init => field = Guard.Against.DefaultOrRepeatedReferences(value, nameof(InExchangeFor)); }

    /// <summary>The answer it got, if any.</summary>
    public DemandResponse? Response { get; init; }

    /// <summary>Who says it was made, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>The statuses this demand can move to from where it stands.</summary>
    public IReadOnlyList<DemandStatus> NextStatuses => Lifecycle.From(Status);

    /// <summary>Moves the demand to <paramref name="status"/>, if that is a legal change.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="response">The answer that goes with the change (a refusal's reason), if any.</param>
    /// <returns>The changed demand, or why the change is not allowed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public OneOf<Demand, TransitionError> TransitionTo(DemandStatus status, DemandResponse? response = null)
    {
        Guard.Against.UndefinedEnumValue(status, nameof(status));
        var error = Lifecycle.Check($"demand:{Id}", Status, status);
        return error is null ? this with { Status = status, Response = response ?? Response } : error;
    }
}
