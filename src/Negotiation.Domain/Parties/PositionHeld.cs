using Ardalis.GuardClauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>An office a <see cref="Person"/> holds or held: "National Security Advisor", from 2021 to 2025.</summary>
[FormatRecord]
public sealed record PositionHeld
{
    /// <summary>Creates a position.</summary>
    /// <param name="office">The office ("President of the United States", "Deputy Secretary of the Treasury").</param>
    /// <param name="body">The party the office belongs to (a state, a body, an organization), if it is in the document.</param>
    /// <param name="from">When the person took office.</param>
    /// <param name="to">When the person left office; <see langword="null"/> while in office or when unknown.</param>
    public PositionHeld(string office, PartyId? body = null, PartialDate? from = null, PartialDate? to = null)
    {
        Office = office;
        Body = body;
        From = from;
        To = to;
    }

    /// <summary>The office.</summary>
    public string Office { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Office)); }

    /// <summary>The party the office belongs to, if any.</summary>
    public PartyId? Body { get; init => field = Guard.Against.DefaultId(value, nameof(Body)); }

    /// <summary>When the person took office.</summary>
    public PartialDate? From
    {
        get;
        init
        {
            Guard.Against.DateOutOfOrder(value, To, nameof(From), nameof(To));
            field = Guard.Against.DefaultDate(value, nameof(From));
        }
    }

    /// <summary>When the person left office.</summary>
    public PartialDate? To
    {
        get;
        init
        {
            Guard.Against.DateOutOfOrder(From, value, nameof(From), nameof(To));
            field = Guard.Against.DefaultDate(value, nameof(To));
        }
    }
}
