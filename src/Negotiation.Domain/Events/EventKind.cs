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
}
