using CsCheck;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
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

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Random valid documents for property tests: every kind of party and record, each optional member set or not at
/// random, text with quotes, escapes, control characters and characters from every plane. Valid by construction:
/// references name records that exist, parents are earlier parties (so no cycle), dates are in order. CsCheck draws
/// the size of each collection (and shrinks a failing document by them) and a seed that drives the details.
/// </summary>
internal static class DocumentGen
{
    public static readonly Gen<NegotiationDocument> Document = Gen.Select(
        Gen.Int[1, 4], Gen.Int[2, 12], Gen.Int[1, 4], Gen.Int[0, 4], Gen.Int[0, 5], Gen.Int[0, 3], Gen.Int[0, 4], Gen.Int[0, 4], Gen.Int,
        (sources, parties, issues, sanctions, demands, agreements, stances, events, seed) =>
            new Builder(new Random(seed)).Build(sources, parties, issues, sanctions, demands, agreements, stances, events));

    private sealed class Builder(Random random)
    {
        private static readonly string[] Fragments = ["a", "Zürich", "中文", "🙂", "\"quoted\"", "back\\slash", "<&>", "—", "'", " ", "Ω", "\u2028"];
        private static readonly string[] MultilineFragments = [.. Fragments, "line\nbreak", "tab\there", "cr\r\nlf"];

        private readonly List<SourceId> _sources = [];
        private readonly List<PartyId> _parties = [];
        private readonly List<IssueId> _issues = [];
        private readonly List<SanctionId> _sanctions = [];
        private readonly List<DemandId> _demands = [];
        private readonly Dictionary<DemandId, PartyId> _askers = [];
        private readonly List<AgreementId> _agreements = [];
        private readonly List<CommitmentId> _commitments = [];
        private readonly List<Reference> _references = [];

        public NegotiationDocument Build(int sources, int parties, int issues, int sanctions, int demands, int agreements, int stances, int events)
        {
            // Ids first, so that any record may refer to any other.
            _sources.AddRange(Enumerable.Range(0, sources).Select(i => new SourceId($"source-{i}")));
            _issues.AddRange(Enumerable.Range(0, issues).Select(i => new IssueId($"issue-{i}")));
            _sanctions.AddRange(Enumerable.Range(0, sanctions).Select(i => new SanctionId($"sanction-{i}")));
            _demands.AddRange(Enumerable.Range(0, demands).Select(i => new DemandId($"demand-{i}")));
            _agreements.AddRange(Enumerable.Range(0, agreements).Select(i => new AgreementId($"agreement-{i}")));
            var commitmentCounts = _agreements.Select(_ => random.Next(4)).ToList();
            _commitments.AddRange(Enumerable.Range(0, commitmentCounts.Sum()).Select(i => new CommitmentId($"commitment-{i}")));
            var stanceIds = Enumerable.Range(0, stances).Select(i => new StanceId($"stance-{i}")).ToList();
            var eventIds = Enumerable.Range(0, events).Select(i => new EventId($"event-{i}")).ToList();
            var builder = new NegotiationBuilder(Slug(), Text(100)).Describe(Maybe(() => Text(300)));

            foreach (var id in _sources)
            {
                builder.Add(new Source(id, Text(60), Pick<SourceType>(), Maybe(() => Text(80)), Maybe(() => new Uri($"https://example.org/{Slug()}?q={random.Next()}")), MaybeDate()));
            }

            AddParties(builder, parties);
            foreach (var id in _issues)
            {
                builder.Add(new Issue(id, Text(60), Pick<IssueCategory>(), Maybe(() => Text(200))));
            }

            _references.AddRange([
                .. _parties.Select(id => (Reference)id), .. _issues.Select(id => (Reference)id), .. _sanctions.Select(id => (Reference)id),
                .. _demands.Select(id => (Reference)id), .. _agreements.Select(id => (Reference)id), .. _commitments.Select(id => (Reference)id),
                .. stanceIds.Select(id => (Reference)id), .. eventIds.Select(id => (Reference)id)]);

            foreach (var id in _sanctions)
            {
                var listed = MaybeDate();
                var started = Maybe(() => (PartialDate?)Later(listed ?? Date()));
                var ended = Maybe(() => (PartialDate?)Later(Latest(listed, started) ?? Date()));
                var authority = Any(_parties); // never among the targets: a party does not sanction itself
                builder.Add(new Sanction(
                    id, authority, Some([.. _parties.Where(party => party != authority)], 1, 3), Some([.. Enum.GetValues<SanctionMeasure>()], 1, 3), Pick<SanctionStatus>(),
                    Maybe(() => Text(60)), Maybe(() => Text(60)), Maybe(() => Text(200)), listed, started, ended,
                    _agreements.Count > 0 ? Maybe(() => (Reference?)Any(_agreements)) : null, Maybe(() => Text(30)), MaybeAttribution()));
            }

            foreach (var id in _demands)
            {
                var (from, to) = TwoParties();
                var made = MaybeDate();
                var response = Maybe(() => new DemandResponse(Text(200), References(), made is { } d ? Maybe(() => (PartialDate?)Later(d)) : MaybeDate(), MaybeAttribution()));
                _askers[id] = from;
                builder.Add(new Demand(id, from, to, Action(), Any(_issues), Pick<DemandStatus>(), made, [.. References().Where(r => r != (Reference)id)], response, MaybeAttribution(), Maybe(() => Text(200))));
            }

            var next = 0;
            for (var i = 0; i < _agreements.Count; i++)
            {
                var members = Some(_parties, 2, 3);
                var commitments = Enumerable.Range(0, commitmentCounts[i]).Select(_ =>
                {
                    var id = _commitments[next++];
                    var by = Any(members);

                    // A commitment meets demands made of its party, never one its party made (the self-fulfilment rule).
                    return new Commitment(id, by, Action(), Some([.. _commitments.Where(c => c != id)], 0, 2), Some([.. _demands.Where(d => _askers[d] != by)], 0, 2), MaybeAttribution(), Maybe(() => Text(100)));
                }).ToList();
                builder.Add(new Agreement(_agreements[i], Text(100), members, [.. commitments], Pick<AgreementStatus>(), Pick<Confirmation>(), Some(_issues, 0, 2), Maybe(() => Text(60)), MaybeDate(), MaybeAttribution(), Maybe(() => Text(100))));
            }

            foreach (var id in stanceIds)
            {
                builder.Add(new Stance(id, Any(_parties), Any(_references), Pick<StancePosition>(), Maybe(() => Text(200)), Maybe(() => Text(100)), MaybeDate(), MaybeAttribution()));
            }

            foreach (var id in eventIds)
            {
                builder.Add(new Event(id, Pick<EventKind>(), Text(100), Date(), Some(_parties, 0, 3), Maybe(() => Text(60)), MaybeCountry(), References(), MaybeAttribution(), Maybe(() => Text(100))));
            }

            return builder.Build().Match(document => document, failure => throw new InvalidOperationException($"The generator made an invalid document:\n{failure}"));
        }

        private void AddParties(NegotiationBuilder builder, int count)
        {
            // Two states first: agreements need two parties, and bodies need a state above them.
            var bodiesAndStates = new List<PartyId>();
            for (var i = 0; i < count; i++)
            {
                var id = new PartyId($"party-{i}");
                var kind = i < 2 ? 0 : random.Next(6);
                Party party = kind switch
                {
                    0 => new State(id, Text(60), Country(), Aliases(), Maybe(() => Text(100))),
                    1 => new GovernmentBody(id, Text(60), Pick<GovernmentBodyType>(), Any(bodiesAndStates), MaybeCountry(), Aliases(), Maybe(() => Text(100))),
                    2 => new Organization(id, Text(60), Pick<OrganizationType>(), MaybeCountry(), Maybe(() => (PartyId?)Any(_parties)), Aliases(), Maybe(() => Text(100))),
                    3 => new Person(id, Text(60), MaybeCountry(), Positions(), Aliases(), Maybe(() => Text(100))),
                    4 => new Group(id, Text(60), Pick<GroupType>(), MaybeCountry(), Maybe(() => (int?)random.Next(1, 1_000_000)), Maybe(() => (PartyId?)Any(_parties)), Aliases(), Maybe(() => Text(100))),
                    _ => new Coalition(id, Text(60), Some(_parties, 1, 3), Aliases(), Maybe(() => Text(100))) with { Country = MaybeCountry() },
                };
                builder.Add(party with { ExternalIds = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new ExternalId(Slug(), Text(40)))] });
                _parties.Add(id);
                if (kind is 0 or 1)
                {
                    bodiesAndStates.Add(id);
                }
            }
        }

        private EquatableArray<PositionHeld> Positions() => [.. Enumerable.Range(0, random.Next(3)).Select(_ =>
        {
            var from = MaybeDate();
            return new PositionHeld(Text(60), Maybe(() => (PartyId?)Any(_parties)), from, Maybe(() => (PartialDate?)Later(from ?? Date())));
        })];

        private PolicyAction Action()
        {
            var kind = Pick<ActionKind>();
            if (kind == ActionKind.LiftSanction && _sanctions.Count == 0)
            {
                kind = ActionKind.Release;
            }

            var sanctions = kind == ActionKind.LiftSanction ? Some(_sanctions, 1, 2) : Some(_sanctions, 0, 1);
            var items = kind is ActionKind.ImposeSanction or ActionKind.Enforce or ActionKind.RestrictExports ? Names(1, 2) : Names(0, 2);
            return new PolicyAction(kind, kind == ActionKind.Other ? Text(100) : Maybe(() => Text(100)), Some(_parties, 0, 2), sanctions, items);
        }

        private Attribution? MaybeAttribution() => Maybe(() => new Attribution(
            Pick<Confidence>(), Some(_sources, 1, 2), Maybe(() => Text(100)),
            [.. Enumerable.Range(0, random.Next(3) == 0 ? 1 : 0).Select(_ => new Counterclaim(Pick<Confidence>(), Some(_sources, 1, 2), Maybe(() => Text(60))))]));

        private EquatableArray<Reference> References() => Some(_references, 0, 2);

        private EquatableArray<string> Aliases() => Names(0, 2);

        private EquatableArray<string> Names(int min, int max) => [.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Text(40))];

        /// <summary>A non-blank text that needs escaping now and then.</summary>
        private string Text(int maxLength)
        {
            // Long fields here are free text (statements, reasons, notes), which may span lines; names may not.
            var fragments = maxLength >= 200 ? MultilineFragments : Fragments;
            var text = "T" + string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => fragments[random.Next(fragments.Length)]));
            if (text.Length <= maxLength)
            {
                return text;
            }

            // Never cut a surrogate pair in two: the records refuse text that is not valid Unicode.
            return char.IsHighSurrogate(text[maxLength - 1]) ? text[..(maxLength - 1)] : text[..maxLength];
        }

        private string Slug() => string.Join("-", Enumerable.Range(0, random.Next(1, 4)).Select(_ => (char)('a' + random.Next(26)) + random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        private PartialDate Date() => random.Next(3) switch
        {
            0 => new PartialDate(random.Next(1900, 2100)),
            1 => new PartialDate(random.Next(1900, 2100), random.Next(1, 13)),
            _ => new PartialDate(random.Next(1900, 2100), random.Next(1, 13), random.Next(1, 29)),
        };

        private PartialDate? MaybeDate() => Maybe(() => (PartialDate?)Date());

        /// <summary>A date that is not before <paramref name="date"/>: the same, or in a later year.</summary>
        private PartialDate Later(PartialDate date) => random.Next(2) == 0 ? date : new PartialDate(date.Year + 1 + random.Next(5), random.Next(1, 13));

        private static PartialDate? Latest(PartialDate? a, PartialDate? b) => a is null ? b : b is null ? a : a.Value.CompareTo(b.Value) >= 0 ? a : b;

        private CountryCode Country() => new(CountryCode.All[random.Next(CountryCode.All.Count)]);

        private CountryCode? MaybeCountry() => Maybe(() => (CountryCode?)Country());

        private (PartyId From, PartyId To) TwoParties()
        {
            var pair = Some(_parties, 2, 2);
            return (pair[0], pair[1]);
        }

        private T Any<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private EquatableArray<T> Some<T>(IReadOnlyList<T> items, int min, int max)
            => [.. items.OrderBy(_ => random.Next()).Take(Math.Min(items.Count, random.Next(min, max + 1)))];

        private TEnum Pick<TEnum>()
            where TEnum : struct, Enum
        {
            var values = Enum.GetValues<TEnum>();
            return values[random.Next(values.Length)];
        }

        private T? Maybe<T>(Func<T> make) => random.Next(2) == 0 ? default : make();
    }
}
