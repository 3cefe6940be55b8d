using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Events;

/// <summary>What kind of happening an <see cref="Event"/> is.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<EventKind>))]
public enum EventKind
{
    /// <summary>A meeting or summit between parties.</summary>
    Meeting = 1,

    /// <summary>A visit by one party to another.</summary>
    Visit,

    /// <summary>An incident (the balloon shot down off South Carolina).</summary>
    Incident,

    /// <summary>A sanctions designation, listing or delisting.</summary>
    Designation,

    /// <summary>A public statement, letter or report.</summary>
    Statement,

    /// <summary>An agreement reached, signed or ended.</summary>
    Agreement,

    /// <summary>A law, regulation or executive act.</summary>
    Legislation,

    /// <summary>Anything else.</summary>
    Other,

    /// <summary>An agreement's term extended, or a deadline moved (New START extended to 2026, in February 2021).</summary>
    Extension,

    /// <summary>A party withdraws: from an agreement, a body or talks (the US from the JCPOA, in May 2018); for forces leaving ground, see the action <c>withdraw_forces</c>.</summary>
    Withdrawal,

    /// <summary>A military exercise or drill, which one side reads as a signal to another.</summary>
    MilitaryExercise,

    /// <summary>A clause of an agreement invoked: a snapback, a withdrawal clause, a dispute-resolution mechanism (a snapback notice to the Security Council).</summary>
    ClauseInvocation,
}
