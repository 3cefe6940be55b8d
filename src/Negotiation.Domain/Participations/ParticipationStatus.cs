namespace Negotiation.Domain.Participations;

/// <summary>Where one party stands in an agreement on a date, from its participation steps up to that date.</summary>
public enum ParticipationStatus
{
    /// <summary>No step of the party is recorded up to the date: the document does not say.</summary>
    Unrecorded = 1,

    /// <summary>Signed, not yet bound.</summary>
    Signed,

    /// <summary>Bound: ratified, accepted, approved or acceded (or resumed after a suspension).</summary>
    Bound,

    /// <summary>Its participation is suspended.</summary>
    Suspended,

    /// <summary>Bound, but it has given notice of withdrawal.</summary>
    NoticeGiven,

    /// <summary>Withdrawn.</summary>
    Withdrawn,
}
