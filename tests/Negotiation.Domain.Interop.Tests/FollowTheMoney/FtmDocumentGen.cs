using CsCheck;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>
/// Random valid documents of the round trip's domain: states, government bodies (under states, bodies or
/// intergovernmental organizations), organizations (some under others) and persons (with offices at those), and
/// sanctions with one target each, imposed by a state or a body, with every member FollowTheMoney carries set or not
/// at random and histories of every shape. Names are unique among parties (the import finds an authority by name) and
/// use quotes, accents, other scripts and emoji. CsCheck draws the number of each kind and a seed for the details.
/// </summary>
internal static class FtmDocumentGen
{
    private static readonly string[] Countries = ["US", "CN", "RU", "IR", "KP", "GB", "FR", "DE", "VE", "SY", "BY", "MM", "CU", "XK"];
    private static readonly string[] Words = ["Example", "Ünïcødé", "\"Quoted\"", "中文", "Ørsted", "O'Brien", "Trading 🚢", "Αθήνα", "Nord\\Süd", "Пример"];

    /// <summary>Random valid documents.</summary>
    public static readonly Gen<NegotiationDocument> Document = Gen.Select(Gen.Int[0, 4].Array[5], Gen.Int, (sizes, seed) => Make(sizes, seed));

    public static NegotiationDocument Make(int[] sizes, int seed)
    {
        var random = new Random(seed);
        var parties = new List<Party>();
        var authorities = new List<PartyId>();
        var organizations = new List<PartyId>();
        var intergovernmental = new List<PartyId>();
        var name = 0;
        string Name() => $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {++name}";

        var countries = Countries.OrderBy(_ => random.Next()).Take(1 + sizes[0]).ToArray();
        foreach (var code in countries)
        {
            var id = new PartyId("state-" + code.ToLowerInvariant());
            parties.Add(Common(new State(id, Name(), new CountryCode(code), Aliases(random, Name), Description(random)), random, organization: true));
            authorities.Add(id);
        }

        for (var i = 0; i < sizes[2]; i++)
        {
            var id = new PartyId($"org-{i}");
            var type = Pick(random, Enum.GetValues<OrganizationType>());
            var parent = organizations.Count > 0 && random.Next(3) == 0 ? organizations[random.Next(organizations.Count)] : (PartyId?)null;
            parties.Add(Common(new Organization(id, Name(), type, Country(random), parent, Aliases(random, Name), Description(random)), random, organization: true));
            organizations.Add(id);
            if (type == OrganizationType.Intergovernmental)
            {
                intergovernmental.Add(id);
            }
        }

        var bodies = new List<PartyId>();
        for (var i = 0; i < sizes[1]; i++)
        {
            var id = new PartyId($"body-{i}");
            var parents = authorities.Concat(intergovernmental).ToList();
            var parent = parents[random.Next(parents.Count)];
            parties.Add(Common(new GovernmentBody(id, Name(), Pick(random, Enum.GetValues<GovernmentBodyType>()), parent, random.Next(2) == 0 ? Country(random) : null, Aliases(random, Name), Description(random)), random, organization: true));
            authorities.Add(id);
            bodies.Add(id);
        }

        var persons = new List<PartyId>();
        var offices = authorities.Concat(organizations).ToList();
        for (var i = 0; i < sizes[3]; i++)
        {
            var id = new PartyId($"person-{i}");
            var positions = new List<PositionHeld>();
            var year = 1990 + random.Next(10);
            for (var k = random.Next(3); k > 0; k--)
            {
                var from = random.Next(3) == 0 ? (PartialDate?)null : Date(random, year);
                var to = random.Next(2) == 0 ? (PartialDate?)null : Date(random, year + 1 + random.Next(3));
                year += 5;
                positions.Add(new PositionHeld($"Office of {Name()}", random.Next(3) == 0 ? null : offices[random.Next(offices.Count)], from, to));
            }

            parties.Add(Common(new Person(id, Name(), Country(random), [.. positions], Aliases(random, Name), Description(random)), random, organization: false));
            persons.Add(id);
        }

        var sanctions = new List<Sanction>();
        var targets = parties.Select(p => p.Id).ToList();
        for (var i = 0; i < sizes[4]; i++)
        {
            var authority = authorities[random.Next(authorities.Count)];
            var target = targets[random.Next(targets.Count)];
            if (target == authority)
            {
                continue;
            }

            var measures = Enum.GetValues<SanctionMeasure>().Where(_ => random.Next(3) == 0).ToList();
            if (measures.Count == 0)
            {
                measures.Add(Pick(random, Enum.GetValues<SanctionMeasure>()));
            }

            var year = 2000 + random.Next(15);
            var listing = random.Next(3) == 0 ? (PartialDate?)null : Date(random, year);
            sanctions.Add(new Sanction(
                new SanctionId($"sanction-{i}"),
                authority,
                [target],
                [.. measures],
                History(random, year + 1),
                program: random.Next(2) == 0 ? null : $"Program {Name()}",
                legalBasis: random.Next(2) == 0 ? null : $"Order {random.Next(10000, 99999)}",
                reason: random.Next(2) == 0 ? null : $"Because of {Name()}.\nAnd of more.",
                listingDate: listing,
                authorityId: random.Next(2) == 0 ? null : $"AUTH-{random.Next(1000)}")
            {
                Description = random.Next(2) == 0 ? null : $"What {Name()} does.",
                ExternalIds = random.Next(3) == 0 ? [new ExternalId("unsc", $"KPi.{random.Next(100):000}")] : default,
            });
        }

        var content = new NegotiationContent(Parties: [.. parties], Sanctions: [.. sanctions]);
        return NegotiationDocument.Create(new NegotiationId($"generated-{seed & 0xFFFF}"), "A generated negotiation", content)
            .Match(document => document, failure => throw new InvalidOperationException($"The generator made an invalid document:\n{failure}"));
    }

    private static EquatableArray<SanctionChange> History(Random random, int year)
    {
        PartialDate? Next() => random.Next(4) == 0 ? null : Date(random, year++);
        SanctionChangeKind[] shape = random.Next(10) switch
        {
            0 => [],
            1 => [SanctionChangeKind.Imposed],
            2 => [SanctionChangeKind.Imposed, SanctionChangeKind.Lifted],
            3 => [SanctionChangeKind.Imposed, SanctionChangeKind.Expired],
            4 => [SanctionChangeKind.Proposed],
            5 => [SanctionChangeKind.Proposed, SanctionChangeKind.Imposed],
            6 => [SanctionChangeKind.Imposed, SanctionChangeKind.Waived],
            7 => [SanctionChangeKind.Imposed, SanctionChangeKind.Suspended, SanctionChangeKind.Reimposed],
            8 => [SanctionChangeKind.Lifted],
            _ => [SanctionChangeKind.Imposed, SanctionChangeKind.Suspended, SanctionChangeKind.Lifted],
        };
        return [.. shape.Select(kind => new SanctionChange(kind, Next()))];
    }

    private static T Common<T>(T party, Random random, bool organization)
        where T : Party
    {
        var ids = new List<ExternalId>();
        if (random.Next(3) == 0)
        {
            ids.Add(new ExternalId("lei", $"LEI{random.Next(100000)}"));
        }

        if (random.Next(3) == 0)
        {
            ids.Add(new ExternalId("wikidata", $"Q{random.Next(100000)}"));
        }

        if (organization && random.Next(4) == 0)
        {
            ids.Add(new ExternalId("imo", $"IMO {random.Next(1000000)}"));
        }

        if (random.Next(5) == 0)
        {
            ids.Add(new ExternalId("ofac-sdn", random.Next(100000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return party with { ExternalIds = [.. ids] };
    }

    private static EquatableArray<string> Aliases(Random random, Func<string> name) => [.. Enumerable.Range(0, random.Next(3)).Select(_ => name())];

    private static string? Description(Random random) => random.Next(3) == 0 ? "Nuance, with \"quotes\"\nand a second line." : null;

    private static CountryCode? Country(Random random) => random.Next(3) == 0 ? null : new CountryCode(Countries[random.Next(Countries.Length)]);

    private static PartialDate Date(Random random, int year) => random.Next(3) switch
    {
        0 => new PartialDate(year),
        1 => new PartialDate(year, 1 + random.Next(12)),
        _ => new PartialDate(year, 1 + random.Next(12), 1 + random.Next(28)),
    };

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
