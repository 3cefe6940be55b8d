using Ardalis.GuardClauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>An office a <see cref="Person"/> holds or held: "National Security Advisor", from 2021 to 2025.</summary>
/// <remarks>
/// <see cref="To"/> is not before <see cref="From"/>: each checks the other's current value, so no <c>with</c> can
/// break the rule. In a <c>with</c> or an object initializer, members are checked in the order assigned: to move both
/// dates later, assign <see cref="To"/> first.
/// </remarks>
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
            Guard.Against.DateOutOfOrder(Guard.Against.DefaultDate(value, nameof(From)), To, nameof(From), nameof(To), settingStart: true);
            field = value;
        }
    }

    /// <summary>When the person left office.</summary>
    public PartialDate? To
    {
        get;
        init
        {
            Guard.Against.DateOutOfOrder(From, Guard.Against.DefaultDate(value, nameof(To)), nameof(From), nameof(To));
            field = value;
        }
    }
}
