using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Events;

/// <summary>
/// A dated happening on the timeline: a meeting, an incident, a designation, a statement. One that spans days (a
/// two-day summit, an exercise) has an end date too, not before its date; a <c>with</c> that would put them out of
/// order is refused, so to move both later assign the end first (<c>with { EndDate = …, Date = … }</c>).
/// </summary>
[FormatRecord]
public sealed record Event
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="kind">What kind of happening it is.</param>
    /// <param name="title">A short title.</param>
    /// <param name="date">When it happened, to the precision known.</param>
    /// <param name="parties">The parties involved.</param>
    /// <param name="place">Where it happened.</param>
    /// <param name="country">The country it happened in.</param>
    /// <param name="related">The records it concerns (the sanction designated, the agreement reached).</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    /// <param name="endDate">When it ended, for a happening that spans days; not before <paramref name="date"/>.</param>
    public Event(EventId id, EventKind kind, string title, PartialDate date, EquatableArray<PartyId> parties = default, string? place = null, CountryCode? country = null, EquatableArray<Reference> related = default, Attribution? attribution = null, string? note = null, PartialDate? endDate = null)
    {
        Id = id;
        Kind = kind;
        Title = title;
        Date = date;
        EndDate = endDate;
        Parties = parties;
        Place = place;
        Country = country;
        Related = related;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The event's id.</summary>
    public EventId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>What kind of happening it is.</summary>
    public EventKind Kind { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Kind)); }

    /// <summary>A short title.</summary>
    public string Title { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Title)); }

    /// <summary>When it happened, or began; not after <see cref="EndDate"/>.</summary>
    public PartialDate Date
    {
        get;
        init
        {
            Guard.Against.DateOutOfOrder(Guard.Against.DefaultDate(value, nameof(Date)), EndDate, nameof(Date), nameof(EndDate), settingStart: true);
            field = value;
        }
    }

    /// <summary>When it ended, for a happening that spans days (a two-day summit); <see langword="null"/> for one of a single date.</summary>
    public PartialDate? EndDate
    {
        get;
        init
        {
            Guard.Against.DateOutOfOrder(Date, Guard.Against.DefaultDate(value, nameof(EndDate)), nameof(Date), nameof(EndDate));
            field = value;
        }
    }

    /// <summary>The parties involved.</summary>
    public EquatableArray<PartyId> Parties { get; init => field = Guard.Against.DefaultOrRepeatedIds(value, nameof(Parties)); }

    /// <summary>Where it happened.</summary>
    public string? Place { get; init => field = Guard.Against.InvalidName(value, nameof(Place)); }

    /// <summary>The country it happened in.</summary>
    public CountryCode? Country
    {
        get;
        init => field = Guard.Against.DefaultCountry(value, nameof(Country));
    }

    /// <summary>The records it concerns.</summary>
    public EquatableArray<Reference> Related { get; init => field = Guard.Against.DefaultOrRepeatedReferences(value, nameof(Related)); }

    /// <summary>Who reports it, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
