using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Benchmarks.Generation;

/// <summary>
/// Makes synthetic documents that look like real ones (names, aliases, partial dates, sources, linked demands and
/// commitments, sanctions with several targets), scaled by the number of sanctions. Deterministic: the same
/// <c>sanctions</c> and <c>seed</c> always give the same document. Every other collection grows in proportion, so
/// the time per sanction is comparable across sizes.
/// </summary>
public static class DocumentGenerator
{
    private static readonly string[] Countries = ["US", "CN", "MX", "RU", "IR", "KP", "GB", "FR", "DE", "JP", "IN", "BR", "TR", "SA", "AE", "VE", "SY", "BY", "MM", "CU"];
    private static readonly string[] Words = ["northern", "pacific", "united", "golden", "national", "eastern", "atlantic", "central", "global", "royal", "silver", "new", "grand", "red", "western", "southern"];
    private static readonly string[] Nouns = ["trading", "chemical", "logistics", "shipping", "holdings", "industries", "technology", "minerals", "energy", "pharmaceutical", "bank", "institute"];
    private static readonly string[] Programs = ["Entity List", "SDN: Illicit Drugs", "SDN: Cyber", "SDN: Human Rights (Global Magnitsky)", "Non-proliferation", "Arms embargo"];
    private static readonly string[] Items = ["fentanyl precursors", "xylazine", "semiconductors", "dual-use machine tools", "surveillance cameras", "drones", "crude oil"];
    private static readonly SanctionMeasure[] Measures = Enum.GetValues<SanctionMeasure>();
    private static readonly IssueCategory[] Categories = Enum.GetValues<IssueCategory>();

    /// <summary>Makes a document with <paramref name="sanctions"/> sanctions.</summary>
    /// <param name="sanctions">How many sanctions; at least 10.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The document (always valid).</returns>
    public static NegotiationDocument Generate(int sanctions, int seed = 20231115)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sanctions, 10);
        var random = new Random(seed);
        var builder = new NegotiationBuilder($"generated-{sanctions}", $"Generated negotiation with {sanctions} sanctions")
            .Describe("A synthetic document for benchmarks and tests.");

        var sourceCount = Math.Max(3, sanctions / 20);
        var sources = new SourceId[sourceCount];
        for (var i = 0; i < sourceCount; i++)
        {
            sources[i] = new SourceId($"source-{i}");
            builder.Add(new Source(sources[i], $"{Title(random)} News", i % 5 == 0 ? SourceType.Government : SourceType.News, $"Report number {i} on {Title(random)} {Title(random)}", new Uri($"https://example.org/reports/{i}"), Date(random)));
        }

        // States, then bodies under them, then organizations, people and groups.
        var states = new PartyId[Countries.Length];
        for (var i = 0; i < Countries.Length; i++)
        {
            states[i] = new PartyId(Countries[i].ToLowerInvariant());
            builder.Add(new State(states[i], $"State of {Countries[i]}", new CountryCode(Countries[i]), [$"{Countries[i]} government"]));
        }

        var bodyCount = Math.Max(4, sanctions / 10);
        var bodies = new PartyId[bodyCount];
        for (var i = 0; i < bodyCount; i++)
        {
            bodies[i] = new PartyId($"body-{i}");

            // A body's parent is a state or an earlier body: a forest, never a cycle.
            var parent = i < states.Length || random.Next(3) == 0 ? states[i % states.Length] : bodies[random.Next(i)];
            builder.Add(new GovernmentBody(bodies[i], $"Ministry of {Title(random)} {Title(random)}", i % 3 == 0 ? GovernmentBodyType.Ministry : GovernmentBodyType.Agency, parent, aliases: [$"MO{i}"]));
        }

        var organizationCount = Math.Max(10, sanctions / 2);
        var organizations = new PartyId[organizationCount];
        for (var i = 0; i < organizationCount; i++)
        {
            organizations[i] = new PartyId($"org-{i}");
            builder.Add(new Organization(organizations[i], $"{Title(random)} {Title(random)} {Noun(random)} Co., Ltd.", OrganizationType.Company, new CountryCode(Countries[random.Next(Countries.Length)]), aliases: [$"{Title(random)} {Noun(random)}", $"ORG{i}"]));
        }

        var personCount = Math.Max(4, sanctions / 10);
        var people = new PartyId[personCount];
        for (var i = 0; i < personCount; i++)
        {
            people[i] = new PartyId($"person-{i}");
            var from = new PartialDate(2000 + random.Next(20), 1 + random.Next(12));
            builder.Add(new Person(people[i], $"{Title(random)} {Title(random)}son", new CountryCode(Countries[random.Next(Countries.Length)]), [new PositionHeld("Minister", bodies[random.Next(bodyCount)], from, random.Next(2) == 0 ? null : new PartialDate(from.Year + 3))]));
        }

        var groupCount = Math.Max(2, sanctions / 20);
        var groups = new PartyId[groupCount];
        for (var i = 0; i < groupCount; i++)
        {
            groups[i] = new PartyId($"group-{i}");
            builder.Add(new Group(groups[i], $"{Title(random)} advocacy groups", GroupType.Advocacy, size: 1 + random.Next(50)));
        }

        var issueCount = 10 + (sanctions / 100);
        var issues = new IssueId[issueCount];
        for (var i = 0; i < issueCount; i++)
        {
            issues[i] = new IssueId($"issue-{i}");
            builder.Add(new Issue(issues[i], $"{Title(random)} {Noun(random)} question", Categories[i % Categories.Length]));
        }

        // Sanctions: imposed by a state or body on one to four organizations or people.
        var sanctionIds = new SanctionId[sanctions];
        for (var i = 0; i < sanctions; i++)
        {
            sanctionIds[i] = new SanctionId($"sanction-{i}");
            var targetCount = 1 + random.Next(4);
            var targets = new HashSet<PartyId>();
            while (targets.Count < targetCount)
            {
                targets.Add(random.Next(5) == 0 ? people[random.Next(personCount)] : organizations[random.Next(organizationCount)]);
            }

            var measures = new HashSet<SanctionMeasure> { Measures[random.Next(Measures.Length)], Measures[random.Next(Measures.Length)] };
            var listed = Date(random);
            builder.Add(new Sanction(
                sanctionIds[i],
                random.Next(2) == 0 ? states[random.Next(states.Length)] : bodies[random.Next(bodyCount)],
                [.. targets],
                [.. measures],
                [new SanctionChange(SanctionChangeKind.Imposed, listed)],
                Programs[random.Next(Programs.Length)],
                "Executive Order 14059",
                $"Involved in the {Title(random)} {Noun(random)} network.",
                listed,
                attribution: new Attribution(Confidence.Official, [sources[random.Next(sourceCount)]])));
        }

        // Demands between states, each asked in exchange for the one before it: chains of linkage.
        var demandCount = Math.Max(2, sanctions / 2);
        var demands = new DemandId[demandCount];
        var asked = new PartyId[demandCount];
        for (var i = 0; i < demandCount; i++)
        {
            demands[i] = new DemandId($"demand-{i}");
            var from = states[random.Next(states.Length)];
            var to = asked[i] = states[(Array.IndexOf(states, from) + 1 + random.Next(states.Length - 1)) % states.Length];
            var action = i % 2 == 0
                ? PolicyAction.Lift([sanctionIds[random.Next(sanctions)]], "End the sanction.")
                : new PolicyAction(ActionKind.Enforce, "Crack down on exporters.", targets: [organizations[random.Next(organizationCount)]], items: [Items[random.Next(Items.Length)]]);
            builder.Add(new Demand(demands[i], from, to, action, issues[random.Next(issueCount)], DemandStatus.Made, Date(random), i > 0 && i % 2 == 1 ? [(Reference)demands[i - 1]] : default, attribution: Attribution.Reported(sources[random.Next(sourceCount)])));
        }

        // Agreements: two states, each committing to something conditional on the other's: a trade-off.
        var agreementCount = Math.Max(1, sanctions / 10);
        var agreements = new AgreementId[agreementCount];
        for (var i = 0; i < agreementCount; i++)
        {
            agreements[i] = new AgreementId($"agreement-{i}");
            var a = states[random.Next(states.Length)];
            var b = states[(Array.IndexOf(states, a) + 1 + random.Next(states.Length - 1)) % states.Length];
            var give = new CommitmentId($"agreement-{i}-give");
            // A commitment meets a demand made of its own party: the first one from a random place on.
            var met = random.Next(demandCount);
            for (var k = 0; k < demandCount && asked[met] != a; k++)
            {
                met = (met + 1) % demandCount;
            }

            var take = new CommitmentId($"agreement-{i}-take");
            builder.Add(new Agreement(
                agreements[i],
                $"{Title(random)} accord",
                [a, b],
                [
                    new Commitment(give, a, PolicyAction.Lift([sanctionIds[random.Next(sanctions)]]), [take], asked[met] == a ? [demands[met]] : default),
                    new Commitment(take, b, new PolicyAction(ActionKind.Enforce, "Crack down on exporters.", items: [Items[random.Next(Items.Length)]]), [give]),
                ],
                (AgreementStatus)(1 + random.Next(5)),
                Confirmation.Unconfirmed,
                [issues[random.Next(issueCount)]],
                $"{Title(random)} City",
                Date(random),
                Attribution.Reported(sources[random.Next(sourceCount)])));
        }

        var stanceCount = Math.Max(2, sanctions / 5);
        for (var i = 0; i < stanceCount; i++)
        {
            Reference subject = random.Next(2) == 0 ? agreements[random.Next(agreementCount)] : sanctionIds[random.Next(sanctions)];
            builder.Add(new Stance(new StanceId($"stance-{i}"), groups[random.Next(groupCount)], subject, (StancePosition)(1 + random.Next(4)), $"We {Title(random)} this.", date: Date(random), attribution: Attribution.Reported(sources[random.Next(sourceCount)])));
        }

        var eventCount = Math.Max(2, sanctions / 5);
        for (var i = 0; i < eventCount; i++)
        {
            builder.Add(new Event(new EventId($"event-{i}"), (EventKind)(1 + random.Next(8)), $"{Title(random)} meeting", Date(random), [states[random.Next(states.Length)]], $"{Title(random)} City", related: [sanctionIds[random.Next(sanctions)]]));
        }

        return builder.Build().Match(d => d, f => throw new InvalidOperationException($"The generator made an invalid document: {f}"));
    }

    private static string Title(Random random)
    {
        var word = Words[random.Next(Words.Length)];
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string Noun(Random random) => Nouns[random.Next(Nouns.Length)];

    private static PartialDate Date(Random random) => random.Next(3) switch
    {
        0 => new PartialDate(1990 + random.Next(35)),
        1 => new PartialDate(1990 + random.Next(35), 1 + random.Next(12)),
        _ => new PartialDate(1990 + random.Next(35), 1 + random.Next(12), 1 + random.Next(28)),
    };
}
