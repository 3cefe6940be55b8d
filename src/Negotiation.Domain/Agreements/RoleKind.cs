using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// The part a party plays in an agreement other than committing to it: the words of treaty practice and of the
/// peace-agreement datasets (the UN Treaty Handbook, PA-X, the UCDP peace-agreement data). None of these is a
/// commitment, and a party that plays one need not be a party to the agreement.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<RoleKind>))]
public enum RoleKind
{
    /// <summary>Helps the parties reach terms, and may propose them.</summary>
    Mediator = 1,

    /// <summary>Arranges the talks and brings the parties together, without shaping the terms.</summary>
    Facilitator,

    /// <summary>Hosts the talks or the signing.</summary>
    Host,

    /// <summary>Undertakes to uphold the outcome.</summary>
    Guarantor,

    /// <summary>Checks that a party does what it undertook (the IAEA, for the nuclear steps of the 2015 Iran deal).</summary>
    Verifier,

    /// <summary>Watches and reports on how the agreement is carried out (OSCE monitors).</summary>
    Monitor,

    /// <summary>Runs a joint body the agreement sets up (the EU's High Representative, for the Iran deal's Joint Commission).</summary>
    Coordinator,

    /// <summary>Attends the talks or the signing, with no part in the terms.</summary>
    Observer,

    /// <summary>Keeps the instrument and receives the signatures and ratifications (Vienna Convention on the Law of Treaties, articles 76 and 77).</summary>
    Depositary,

    /// <summary>Gives the agreement standing without being bound by it (the Security Council, by resolution 2231 of 2015, for the Iran deal).</summary>
    Endorser,

    /// <summary>Signs as a witness.</summary>
    Witness,
}
