using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Lifecycle;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Milestones;
using OneOf;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// A deal among parties, or one instrument of it: their commitments, each by one party, possibly conditional on
/// others; its status, whether the parties confirm it, where and when, who reports it, and its links to the other
/// instruments of the same deal.
/// </summary>
[FormatRecord]
public sealed record Agreement
{
    private static readonly Transitions<AgreementStatus> Lifecycle = new(new()
    {
        [AgreementStatus.Proposed] = [AgreementStatus.Reported, AgreementStatus.Agreed, AgreementStatus.Collapsed],
        [AgreementStatus.Reported] = [AgreementStatus.Agreed, AgreementStatus.Collapsed],
        [AgreementStatus.Agreed] = [AgreementStatus.Signed, AgreementStatus.InForce, AgreementStatus.Collapsed],
        [AgreementStatus.Signed] = [AgreementStatus.InForce, AgreementStatus.Collapsed],
        [AgreementStatus.InForce] = [AgreementStatus.Suspended, AgreementStatus.Terminated],
        [AgreementStatus.Suspended] = [AgreementStatus.InForce, AgreementStatus.Terminated],
    });

    /// <summary>Creates an agreement.</summary>
    /// <param name="id">The agreement's id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="parties">The parties to it; at least two, none repeated.</param>
    /// <param name="commitments">What each party undertakes.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="confirmation">Whether the parties confirm it.</param>
    /// <param name="issues">The issues it covers.</param>
    /// <param name="venue">Where it was (or is to be) agreed.</param>
    /// <param name="date">When it was (or is to be) agreed.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    /// <param name="links">Its links to the other instruments of the same deal.</param>
    public Agreement(
        AgreementId id,
        string title,
        EquatableArray<PartyId> parties,
        EquatableArray<Commitment> commitments = default,
        AgreementStatus status = AgreementStatus.Proposed,
        Confirmation confirmation = Confirmation.Unconfirmed,
        EquatableArray<IssueId> issues = default,
        string? venue = null,
        PartialDate? date = null,
        Attribution? attribution = null,
        string? note = null,
        EquatableArray<InstrumentLink> links = default)
    {
        Id = id;
        Title = title;
        Parties = parties;
        Commitments = commitments;
        Status = status;
        Confirmation = confirmation;
        Issues = issues;
        Venue = venue;
        Date = date;
        Attribution = attribution;
        Note = note;
        Links = links;
    }

    /// <summary>The agreement's id.</summary>
    public AgreementId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>A short title.</summary>
    public string Title { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Title)); }

    /// <summary>The parties to it; at least two, none repeated.</summary>
    public EquatableArray<PartyId> Parties { get; init => field = Guard.Against.TooFewItems(Guard.Against.DefaultOrRepeatedIds(value, nameof(Parties)), nameof(Parties), 2); }

    /// <summary>What each party undertakes.</summary>
    public EquatableArray<Commitment> Commitments { get; init => field = Guard.Against.NullItems(value, nameof(Commitments)); }

    /// <summary>
    /// The parts that parties play in it without committing to anything: mediator, guarantor, verifier, depositary,
    /// endorser, .... A party here need not be among <see cref="Parties"/>; no party has the same role twice.
    /// </summary>
    public EquatableArray<AgreementRole> Roles { get; init => field = Guard.Against.RepeatedRoles(value, nameof(Roles)); }

    /// <summary>Where it stands.</summary>
    public AgreementStatus Status { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Status)); }

    /// <summary>Whether the parties confirm it.</summary>
    public Confirmation Confirmation { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Confirmation)); }

    /// <summary>The issues it covers.</summary>
    public EquatableArray<IssueId> Issues { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(Issues)); }

    /// <summary>Where it was (or is to be) agreed.</summary>
    public string? Venue { get; init => field = Guard.Against.InvalidName(value, nameof(Venue)); }

    /// <summary>When it was (or is to be) agreed.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>Who reports it, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }

    /// <summary>
    /// The other agreements of the same deal and how this one stands to each (an annex to, a text that supersedes):
    /// <see cref="Documents.NegotiationDocument.InstrumentsOf"/> gathers a deal's instruments.
    /// </summary>
    public EquatableArray<InstrumentLink> Links { get; init => field = Guard.Against.NullItems(value, nameof(Links)); }

    /// <summary>
    /// How long it runs: a duration or a fixed expiry, how it may be renewed, and the extensions agreed since; none
    /// when the text says nothing of it (an agreement of indefinite duration).
    /// </summary>
    public AgreementTerm? Term { get; init; }

    /// <summary>
    /// Each party's dated steps: signature, ratification, accession, suspension, withdrawal, .... A party's steps come
    /// in date order; <see cref="Documents.NegotiationDocument.ParticipationStatusOf"/> says where a party stands on a
    /// date, which may differ from the agreement's own status (in force, with one party withdrawn).
    /// </summary>
    public EquatableArray<ParticipationStep> Participation { get; init => field = Guard.Against.NullItems(value, nameof(Participation)); }

    /// <summary>
    /// The clauses a party may invoke on its own: a reversion ("snapback") or a withdrawal clause, with who may invoke
    /// each, what it restores, its notice period and its invocations.
    /// </summary>
    public EquatableArray<AgreementClause> Clauses { get; init => field = Guard.Against.NullItems(value, nameof(Clauses)); }

    /// <summary>
    /// Its named days (signature, entry into force, implementation day, the start of a ceasefire), each with an id
    /// unique across the document, that its commitments can be timed from.
    /// </summary>
    public EquatableArray<Milestone> Milestones { get; init => field = Guard.Against.NullItems(value, nameof(Milestones)); }

    /// <summary>The statuses this agreement can move to from where it stands.</summary>
    public IReadOnlyList<AgreementStatus> NextStatuses => Lifecycle.From(Status);

    /// <summary>Whether the agreement is in a state to be carried out: agreed, signed or in force.</summary>
    public bool IsActionable => Status is AgreementStatus.Agreed or AgreementStatus.Signed or AgreementStatus.InForce;

    /// <summary>Moves the agreement to <paramref name="status"/>, if that is a legal change.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="date">When the change happened, if the agreement's date should change with it.</param>
    /// <returns>The changed agreement, or why the change is not allowed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, which is no date.</exception>
    public OneOf<Agreement, TransitionError> TransitionTo(AgreementStatus status, PartialDate? date = null)
    {
        Guard.Against.UndefinedEnumValue(status, nameof(status));
        Guard.Against.DefaultDate(date, nameof(date));
        var error = Lifecycle.Check($"agreement:{Id}", Status, status);
        return error is null ? this with { Status = status, Date = date ?? Date } : error;
    }
}
