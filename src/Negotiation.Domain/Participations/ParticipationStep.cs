using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Participations;

/// <summary>
/// A dated step of one party in an agreement: its signature, ratification, accession, suspension, withdrawal, ....
/// Each belongs to one party, so an agreement in force may have a party that has withdrawn.
/// </summary>
[FormatRecord]
public sealed record ParticipationStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="party">The party that takes it, a party to the agreement.</param>
    /// <param name="step">What it does.</param>
    /// <param name="date">When.</param>
    /// <param name="grounds">The grounds it gives, for a withdrawal or a notice of one.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public ParticipationStep(PartyId party, ParticipationStepKind step, PartialDate date, string? grounds = null, Attribution? attribution = null, string? note = null)
    {
        Party = party;
        Step = step;
        Date = date;
        Grounds = grounds;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The party that takes it, a party to the agreement (<c>participation-by-non-party</c> otherwise).</summary>
    public PartyId Party { get; init => field = Guard.Against.DefaultId(value, nameof(Party)); }

    /// <summary>What it does.</summary>
    public ParticipationStepKind Step { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Step)); }

    /// <summary>When.</summary>
    public PartialDate Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>The grounds the party gives, for a withdrawal or a notice of one ("extraordinary events have jeopardized its supreme interests").</summary>
    public string? Grounds { get; init => field = Guard.Against.InvalidText(value, nameof(Grounds)); }

    /// <summary>Who reports it, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
