using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.LegalInstruments;
using Negotiation.Domain.Lifecycle;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using OneOf;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Sanctions;

/// <summary>
/// A designation or measure imposed by an authority on targets: the US Commerce Department's listing of China's
/// Institute of Forensic Science (May 2020). Field names follow FollowTheMoney's <c>Sanction</c> where one fits.
/// </summary>
/// <remarks>
/// The end is not before the start nor before the listing. Each of the three dates checks that rule, in its
/// <c>init</c> accessor, against the others' current values, so no <c>with</c> can break it. In a <c>with</c> or an
/// object initializer, members are checked in the order assigned: to move both dates later, assign the end first
/// (<c>with { EndDate = …, StartDate = … }</c>).
/// </remarks>
[FormatRecord]
public sealed record Sanction
{
    /// <summary>Where, in a sanction, an end date before its start is: the member the date would go to.</summary>
    private const string EndDatePath = "$.endDate";

    /// <summary>Where, in a sanction, a start date after its end is.</summary>
    private const string StartDatePath = "$.startDate";

    private static readonly Transitions<SanctionStatus> Lifecycle = new(new()
    {
        [SanctionStatus.Proposed] = [SanctionStatus.Active],
        [SanctionStatus.Active] = [SanctionStatus.Suspended, SanctionStatus.Lifted, SanctionStatus.Expired],
        [SanctionStatus.Suspended] = [SanctionStatus.Active, SanctionStatus.Lifted, SanctionStatus.Expired],
    });

    /// <summary>Creates a sanction.</summary>
    /// <param name="id">The sanction's id.</param>
    /// <param name="authority">The party that imposes it (a state or a body).</param>
    /// <param name="targets">The parties it targets; at least one.</param>
    /// <param name="measures">What it does to them; at least one.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="program">The sanctions program ("Entity List", "SDN: Illicit Drugs (ILLICIT-DRUGS-EO14059)").</param>
    /// <param name="legalBasis">The law or order it rests on ("Export Administration Regulations, 15 CFR 744.11").</param>
    /// <param name="reason">Why it was imposed, in a few words.</param>
    /// <param name="listingDate">When the targets were listed.</param>
    /// <param name="startDate">When it took effect.</param>
    /// <param name="endDate">When it ended, if it has.</param>
    /// <param name="endedBy">What ended it (the agreement that lifted it), if anything in the document did.</param>
    /// <param name="authorityId">The authority's own id for the record (a Federal Register citation), if any.</param>
    /// <param name="attribution">Who says so, and how sure.</param>
    public Sanction(
        SanctionId id,
        PartyId authority,
        EquatableArray<PartyId> targets,
        EquatableArray<SanctionMeasure> measures,
        SanctionStatus status = SanctionStatus.Active,
        string? program = null,
        string? legalBasis = null,
        string? reason = null,
        PartialDate? listingDate = null,
        PartialDate? startDate = null,
        PartialDate? endDate = null,
        Reference? endedBy = null,
        string? authorityId = null,
        Attribution? attribution = null)
    {
        Id = id;
        Authority = authority;
        Targets = targets;
        Measures = measures;
        Status = status;
        Program = program;
        LegalBasis = legalBasis;
        Reason = reason;
        ListingDate = listingDate;
        StartDate = startDate;
        EndDate = endDate;
        EndedBy = endedBy;
        AuthorityId = authorityId;
        Attribution = attribution;
    }

    /// <summary>The sanction's id.</summary>
    public SanctionId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>The party that imposes it.</summary>
    public PartyId Authority { get; init => field = Guard.Against.DefaultId(value, nameof(Authority)); }

    /// <summary>The parties it targets; at least one, none repeated.</summary>
    public EquatableArray<PartyId> Targets { get; init => field = Guard.Against.EmptyList(Guard.Against.DefaultOrRepeatedIds(value, nameof(Targets)), nameof(Targets)); }

    /// <summary>What it does to them; at least one, none repeated.</summary>
    public EquatableArray<SanctionMeasure> Measures { get; init => field = Guard.Against.EmptyList(Guard.Against.UndefinedOrRepeatedEnumValues(value, nameof(Measures)), nameof(Measures)); }

    /// <summary>Where it stands.</summary>
    public SanctionStatus Status { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Status)); }

    /// <summary>The sanctions program.</summary>
    public string? Program { get; init => field = Guard.Against.InvalidName(value, nameof(Program)); }

    /// <summary>The law or order it rests on, in words; <see cref="LegalInstruments"/> types the acts themselves.</summary>
    public string? LegalBasis { get; init => field = Guard.Against.InvalidName(value, nameof(LegalBasis)); }

    /// <summary>
    /// The acts it rests on, typed (a Security Council resolution, an executive order, a regulation, ...), beside the
    /// words of <see cref="LegalBasis"/>, which stay: a version-1 document's legal basis is text only.
    /// </summary>
    public EquatableArray<LegalInstrument> LegalInstruments { get; init => field = Guard.Against.NullItems(value, nameof(LegalInstruments)); }

    /// <summary>Why it was imposed.</summary>
    public string? Reason { get; init => field = Guard.Against.InvalidText(value, nameof(Reason)); }

    /// <summary>What the sanction is and does, in a few sentences, beyond its reason (FollowTheMoney's <c>description</c>).</summary>
    public string? Description { get; init => field = Guard.Against.InvalidText(value, nameof(Description)); }

    /// <summary>When the targets were listed; not after the end.</summary>
    public PartialDate? ListingDate
    {
        get;
        init
        {
            Guard.Against.DateOutOfOrder(Guard.Against.DefaultDate(value, nameof(ListingDate)), EndDate, nameof(ListingDate), nameof(EndDate), settingStart: true);
            field = value;
        }
    }

    /// <summary>When it took effect; not after the end.</summary>
    public PartialDate? StartDate
    {
        get;
        init
        {
            Guard.Against.DateOutOfOrder(Guard.Against.DefaultDate(value, nameof(StartDate)), EndDate, nameof(StartDate), nameof(EndDate), settingStart: true);
            field = value;
        }
    }

    /// <summary>When it ended, if it has; not before the start nor the listing.</summary>
    public PartialDate? EndDate
    {
        get;
        init
        {
            Guard.Against.DateOutOfOrder(StartDate, Guard.Against.DefaultDate(value, nameof(EndDate)), nameof(StartDate), nameof(EndDate));
            Guard.Against.DateOutOfOrder(ListingDate, value, nameof(ListingDate), nameof(EndDate));
            field = value;
        }
    }

    /// <summary>What ended it, if anything in the document did.</summary>
    public Reference? EndedBy
    {
        get;
        init => field = value is { IsDefault: true } ? throw new ArgumentException("endedBy is not set.", nameof(EndedBy)) : value;
    }

    /// <summary>The authority's own id for the record, if any.</summary>
    public string? AuthorityId { get; init => field = Guard.Against.InvalidName(value, nameof(AuthorityId)); }

    /// <summary>
    /// Its entries in sanctions lists and other systems, for cross-referencing: <c>("ofac-sdn", the SDN entry's
    /// number)</c>, <c>("opensanctions", the entity's id)</c>, <c>("eu-fsf", the EU Financial Sanctions Files'
    /// reference)</c>, <c>("unsc", the UN consolidated list's reference; FollowTheMoney's <c>unscId</c>)</c>. The same
    /// record as a party's <see cref="Party.ExternalIds"/>: a scheme and a value.
    /// </summary>
    public EquatableArray<ExternalId> ExternalIds { get; init => field = Guard.Against.NullItems(value, nameof(ExternalIds)); }

    /// <summary>Who says so, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Whether it is in force.</summary>
    public bool IsActive => Status == SanctionStatus.Active;

    /// <summary>The statuses this sanction can move to from where it stands.</summary>
    public IReadOnlyList<SanctionStatus> NextStatuses => Lifecycle.From(Status);

    /// <summary>Moves the sanction to <paramref name="status"/>, if that is a legal change.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="date">When the change happened: the start date when it becomes active, the end date when it is lifted or expires.</param>
    /// <returns>
    /// The changed sanction, or why the change is not allowed: the lifecycle does not allow it, or the date would put
    /// the start after the end, or the end before the start or the listing.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, which is no date.</exception>
    public OneOf<Sanction, TransitionError> TransitionTo(SanctionStatus status, PartialDate? date = null)
    {
        Guard.Against.UndefinedEnumValue(status, nameof(status));
        Guard.Against.DefaultDate(date, nameof(date));
        var subject = $"sanction:{Id}";
        var error = Lifecycle.Check(subject, Status, status);
        if (error is not null)
        {
            return error;
        }

        // The date guards of StartDate and EndDate throw on the orders they refuse; a change refused for its date is
        // an expected failure, so it is told here, as a value, before the with below could throw.
        var starts = status == SanctionStatus.Active && Status == SanctionStatus.Proposed;
        var ends = status is SanctionStatus.Lifted or SanctionStatus.Expired;
        if (date is { } d)
        {
            if (starts && EndDate is { } end && end.IsBefore(d))
            {
                return new TransitionError(subject, Status.ToString(), status.ToString(), StartDatePath, $"the start date {d} is after the end date {end}.");
            }

            if (ends && StartDate is { } start && d.IsBefore(start))
            {
                return new TransitionError(subject, Status.ToString(), status.ToString(), EndDatePath, $"the end date {d} is before the start date {start}.");
            }

            if (ends && ListingDate is { } listed && d.IsBefore(listed))
            {
                return new TransitionError(subject, Status.ToString(), status.ToString(), EndDatePath, $"the end date {d} is before the listing date {listed}.");
            }
        }

        return status switch
        {
            _ when starts => this with { Status = status, StartDate = date ?? StartDate },
            _ when ends => this with { Status = status, EndDate = date ?? EndDate },
            _ => this with { Status = status },
        };
    }

    /// <summary>Lifts the sanction, naming what lifted it.</summary>
    /// <param name="date">When it was lifted.</param>
    /// <param name="by">What lifted it (an agreement), if it is in the document.</param>
    /// <returns>The lifted sanction, or why it cannot be lifted (it is already lifted, expired or only proposed, or the date is before its start or listing).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the <c>default</c> date, or <paramref name="by"/> the <c>default</c> reference.</exception>
    public OneOf<Sanction, TransitionError> Lift(PartialDate? date = null, Reference? by = null)
    {
        if (by is { IsDefault: true })
        {
            throw new ArgumentException("by must be a reference to a record, not default.", nameof(by));
        }

        return TransitionTo(SanctionStatus.Lifted, date).MapT0(lifted => by is null ? lifted : lifted with { EndedBy = by });
    }
}
