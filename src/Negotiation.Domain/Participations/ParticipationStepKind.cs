using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Participations;

/// <summary>
/// One party's act in its participation in an agreement, in the words of the UN Treaty Handbook (Office of Legal
/// Affairs, 2012): a state signs, then consents to be bound by ratification, acceptance or approval, or accedes without
/// having signed; it may suspend its participation and resume it (Russia suspended its participation in New START in
/// February 2023), give notice of withdrawal, and withdraw.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ParticipationStepKind>))]
public enum ParticipationStepKind
{
    /// <summary>Signed it; not yet bound where ratification, acceptance or approval is required.</summary>
    Signature = 1,

    /// <summary>Consented to be bound by ratification, after signing.</summary>
    Ratification,

    /// <summary>Consented to be bound by acceptance, after signing (the effect of ratification, under another name).</summary>
    Acceptance,

    /// <summary>Consented to be bound by approval, after signing (the effect of ratification, under another name).</summary>
    Approval,

    /// <summary>Consented to be bound without having signed: joined.</summary>
    Accession,

    /// <summary>Suspended its participation; it may resume it.</summary>
    Suspension,

    /// <summary>Resumed the participation it had suspended.</summary>
    Resumption,

    /// <summary>Gave notice of its withdrawal, which takes effect later, as the withdrawal clause sets.</summary>
    NoticeOfWithdrawal,

    /// <summary>Withdrew: no longer a participant, though the agreement may stay in force for the others.</summary>
    Withdrawal,
}
