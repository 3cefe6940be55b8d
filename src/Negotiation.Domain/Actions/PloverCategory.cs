namespace Negotiation.Domain.Actions;

/// <summary>The sixteen event categories of the PLOVER ontology.</summary>
public enum PloverCategory
{
    /// <summary>Agree to, or promise, an action.</summary>
    Agree = 1,

    /// <summary>Consult: meet, discuss, negotiate.</summary>
    Consult,

    /// <summary>Express support.</summary>
    Support,

    /// <summary>Concede: yield a position, ease a restriction, as a promise.</summary>
    Concede,

    /// <summary>Cooperate on a matter.</summary>
    Cooperate,

    /// <summary>Give aid.</summary>
    Aid,

    /// <summary>Retreat: carry out a concession (release, withdraw, ease sanctions).</summary>
    Retreat,

    /// <summary>Request an action.</summary>
    Request,

    /// <summary>Accuse.</summary>
    Accuse,

    /// <summary>Reject a request or proposal.</summary>
    Reject,

    /// <summary>Threaten.</summary>
    Threaten,

    /// <summary>Protest.</summary>
    Protest,

    /// <summary>Impose sanctions, embargoes or other non-violent penalties.</summary>
    Sanction,

    /// <summary>Mobilize forces.</summary>
    Mobilize,

    /// <summary>Coerce: seize, arrest, crack down.</summary>
    Coerce,

    /// <summary>Use violence.</summary>
    Assault,
}
