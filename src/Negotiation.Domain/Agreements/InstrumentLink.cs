using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// A link from an agreement to another agreement of the same document that is part of the same deal, typed:
/// <c>annex_to</c>, <c>implements</c>, <c>supersedes</c>, … Read it as "this agreement is <see cref="Kind"/>
/// <see cref="Agreement"/>": an annex holds the link <c>annex_to</c> the main text.
/// </summary>
[FormatRecord]
public sealed record InstrumentLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="kind">How the agreement that holds the link stands to <paramref name="agreement"/>.</param>
    /// <param name="agreement">The other agreement.</param>
    /// <param name="note">Nuance, in a few words.</param>
    public InstrumentLink(InstrumentLinkKind kind, AgreementId agreement, string? note = null)
    {
        Kind = kind;
        Agreement = agreement;
        Note = note;
    }

    /// <summary>How the agreement that holds the link stands to <see cref="Agreement"/>.</summary>
    public InstrumentLinkKind Kind { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Kind)); }

    /// <summary>The other agreement, in the same document.</summary>
    public AgreementId Agreement { get; init => field = Guard.Against.DefaultId(value, nameof(Agreement)); }

    /// <summary>Nuance, in a few words.</summary>
    public string? Note { get; init => field = Guard.Against.InvalidText(value, nameof(Note)); }
}
