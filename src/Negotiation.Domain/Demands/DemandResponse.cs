using Ardalis.GuardClauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Demands;

/// <summary>
/// How the party asked answered a demand, and on what grounds: Beijing refused to extend its restrictions, blaming
/// the sanctions on the institute (the grounds name the sanction).
/// </summary>
[FormatRecord]
public sealed record DemandResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="reason">The reason given, in a few words.</param>
    /// <param name="grounds">The records the reason points at (a sanction blamed, a demand it is traded for).</param>
    /// <param name="date">When the answer was given.</param>
    /// <param name="attribution">Who says so, and how sure.</param>
    public DemandResponse(string reason, EquatableArray<Reference> grounds = default, PartialDate? date = null, Attribution? attribution = null)
    {
        Reason = reason;
        Grounds = grounds;
        Date = date;
        Attribution = attribution;
    }

    /// <summary>The reason given.</summary>
    public string Reason { get; init => field = Guard.Against.NullOrInvalidText(value, nameof(Reason)); }

    /// <summary>The records the reason points at.</summary>
    public EquatableArray<Reference> Grounds { get; init => field = Guard.Against.DefaultOrRepeatedReferences(value, nameof(Grounds)); }

    /// <summary>When the answer was given.</summary>
    public PartialDate? Date { get; init => field = Guard.Against.DefaultDate(value, nameof(Date)); }

    /// <summary>Who says so, and how sure.</summary>
    public Attribution? Attribution { get; init; }
}
