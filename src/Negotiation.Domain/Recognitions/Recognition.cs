using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Recognitions;

/// <summary>
/// One party's recognition of another as a state or as a government, or its refusal or withdrawal of one, dated and
/// attributed: the United States recognises Israel (May 1948); Serbia does not recognise Kosovo as a state; a state
/// withdraws its recognition of the government in Taipei to recognise the one in Beijing. Recognition is a party's
/// own act, not a commitment to anyone, so it is a record of its own and not an action of an agreement.
/// </summary>
/// <remarks>
/// A document rule keeps a party from recognising itself (<c>self-reference</c>); both parties must be in the document.
/// Where a party stands now is its latest record of each type:
/// <see cref="Documents.NegotiationDocument.RecognitionOf(PartyId, RecognitionType?)"/>.
/// </remarks>
[FormatRecord]
public sealed record Recognition
{
    /// <summary>Creates a recognition.</summary>
    /// <param name="id">The recognition's id.</param>
    /// <param name="by">The party that recognises, refuses or withdraws recognition.</param>
    /// <param name="recognized">The party it recognises, or does not.</param>
    /// <param name="type">As a state or as a government.</param>
    /// <param name="position">Whether it recognises, states that it does not, or withdraws a recognition.</param>
    /// <param name="date">When, to the precision known.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public Recognition(RecognitionId id, PartyId by, PartyId recognized, RecognitionType type, RecognitionPosition position = RecognitionPosition.Recognizes, PartialDate? date = null, Attribution? attribution = null, string? note = null)
    {
        Id = id;
        By = by;
        Recognized = recognized;
        Type = type;
        Position = position;
        Date = date;
        Attribution = attribution;
        Note = note;
    }

    /// <summary>The recognition's id.</summary>
    public RecognitionId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>The party that recognises, refuses or withdraws recognition.</summary>
    public PartyId By { get; init => field = Guard.Against.DefaultId(value, nameof(By)); }

    /// <summary>The party it recognises, or does not.</summary>
    public PartyId Recognized { get; init => field = Guard.Against.DefaultId(value, nameof(Recognized)); }

    /// <summary>As a state or as a government.</summary>
    public RecognitionType Type { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Type)); }

    /// <summary>Whether it recognises, states that it does not, or withdraws a recognition.</summary>
    public RecognitionPosition Position { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Position)); }

    /// <summary>When, to the precision known.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>Who reports it, and how sure.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
