using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Interop.Plover;

/// <summary>
/// Turns parties into PLOVER entity objects: a coalition into its members, each party into its country's alpha-3 code
/// (or PLOVER's code for an international actor) and its sector. Notes each party with no code, once.
/// </summary>
internal sealed class PloverEntities(NegotiationDocument document, List<ImportNote> notes)
{
    /// <summary>The Wikidata ids PLOVER gives its own codes: the United Nations and the European Union.</summary>
    private const string UnitedNationsWikidata = "Q1065";
    private const string EuropeanUnionWikidata = "Q458";

    private readonly HashSet<PartyId> _noted = [];

    /// <summary>The entities of <paramref name="parties"/>, on <paramref name="date"/> (for a person's office), coalitions expanded, each party once.</summary>
    public EquatableArray<PloverEntity> Of(IEnumerable<PartyId> parties, PartialDate date)
    {
        var seen = new HashSet<PartyId>();
        var entities = new List<PloverEntity>();
        foreach (var id in parties)
        {
            Add(id, date, seen, entities, depth: 0);
        }

        return EquatableArray.Create([.. entities]);
    }

    private void Add(PartyId id, PartialDate date, HashSet<PartyId> seen, List<PloverEntity> entities, int depth)
    {
        if (document.Find(id) is not { } party || depth > NegotiationDocument.MaxParentDepth || !seen.Add(id))
        {
            return;
        }

        if (party is Coalition coalition)
        {
            // A coalition of coalitions expands all the way down; a member named twice is one entity.
            foreach (var member in coalition.Members)
            {
                Add(member, date, seen, entities, depth + 1);
            }

            return;
        }

        entities.Add(Entity(party, date));
    }

    private PloverEntity Entity(Party party, PartialDate date)
    {
        var office = party is Person person ? OfficeOn(person, date) : null;
        var code = InternationalCode(party) ?? Alpha3(CountryOf(party, office));
        if (code is null && _noted.Add(party.Id))
        {
            notes.Add(new ImportNote(PloverNoteCodes.NoEntityCode, 0, $"party:{party.Id}", "country",
                $"{party.Name} has no country, and no international code fits it: its entity has no code."));
        }

        var wikidata = party.ExternalIds.FirstOrDefault(e => string.Equals(e.Scheme, "wikidata", StringComparison.OrdinalIgnoreCase))?.Value;
        return new PloverEntity(code, Sector(party, office), party.Name, wikidata, office?.Office, party.Id.Value);
    }

    /// <summary>PLOVER's codes for actors of no one country: the UN, the EU, other intergovernmental bodies, and NGOs, companies and armed groups of no country.</summary>
    private static string? InternationalCode(Party party)
    {
        var wikidata = party.ExternalIds.FirstOrDefault(e => string.Equals(e.Scheme, "wikidata", StringComparison.OrdinalIgnoreCase))?.Value;
        return party switch
        {
            Organization { Type: OrganizationType.Intergovernmental } when wikidata == UnitedNationsWikidata || party.Name == "United Nations" => "UNO",
            Organization { Type: OrganizationType.Intergovernmental } when wikidata == EuropeanUnionWikidata || party.Name == "European Union" => "EUR",
            Organization { Type: OrganizationType.Intergovernmental } => "IGO",
            Organization { Type: OrganizationType.Ngo, Country: null } => "NGO",
            Organization { Type: OrganizationType.Company, Country: null } => "MNC",
            Organization { Type: OrganizationType.ArmedGroup, Country: null } => "IMG",
            Group { Type: GroupType.Advocacy, Country: null } => "NGO",
            _ => null,
        };
    }

    /// <summary>The party's country, else that of the body it belongs to (a ministry's state), else, for a person, that of the body of their office.</summary>
    private CountryCode? CountryOf(Party party, PositionHeld? office)
    {
        var current = party;
        for (var depth = 0; current is not null && depth <= NegotiationDocument.MaxParentDepth; depth++)
        {
            if (current.Country is { } country)
            {
                return country;
            }

            current = current.ParentId is { } parent ? document.Find(parent) : null;
        }

        return office?.Body is { } body && document.Find(body) is { } at && !ReferenceEquals(at, party) ? CountryOf(at, null) : null;
    }

    /// <summary>The alpha-3 code; Kosovo is <c>KOS</c> in PLOVER (the manual: "It does not have an ISO code; we use KOS").</summary>
    private static string? Alpha3(CountryCode? country) => country is { } code
        ? code.Value == "XK" ? "KOS" : CountryTable.Get(code).Alpha3
        : null;

    private string? Sector(Party party, PositionHeld? office) => party switch
    {
        State => "GOV",
        GovernmentBody body => body.Type switch
        {
            GovernmentBodyType.Legislature or GovernmentBodyType.Committee => "LEG",
            GovernmentBodyType.Court => "JUD",
            GovernmentBodyType.Military => "MIL",
            GovernmentBodyType.Police => "COP",
            _ => "GOV",
        },
        Organization organization => organization.Type switch
        {
            OrganizationType.Company => "BUS",
            OrganizationType.Ngo => "SOC",
            OrganizationType.CriminalNetwork => "CRM",
            OrganizationType.MediaOutlet => "JRN",
            OrganizationType.PoliticalParty => "PTY",
            OrganizationType.Academic => "EDU",
            OrganizationType.ArmedGroup => "REB",
            _ => null,
        },
        Group group => group.Type switch
        {
            GroupType.Population => "CVL",
            GroupType.Businesses => "BUS",
            GroupType.Advocacy => "SOC",
            GroupType.Political => "PTY",
            GroupType.Criminal => "CRM",
            _ => null,
        },

        // A person takes the sector of the body of their office (the state's is GOV); a person of no office, none.
        Person => office?.Body is { } body && document.Find(body) is { } at and not Person ? Sector(at, null) : null,
        _ => null,
    };

    /// <summary>The office held on the date (the latest begun by then), else the last one listed.</summary>
    private static PositionHeld? OfficeOn(Person person, PartialDate date)
    {
        PositionHeld? held = null;
        foreach (var position in person.Positions)
        {
            var begun = position.From is not { } from || from.Start <= date.Start;
            var notEnded = position.To is not { } to || date.Start <= to.End;
            if (begun && notEnded)
            {
                held = position;
            }
        }

        return held ?? (person.Positions.IsEmpty ? null : person.Positions[^1]);
    }
}
