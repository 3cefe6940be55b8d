using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Interop.Listings;

/// <summary>
/// Finds which parties of a negotiation are on imported sanctions lists (the documents an import gives, such as
/// <see cref="Imports.ImportResult.Document"/>), under which authority and program, and since when.
/// </summary>
/// <remarks>
/// <para>
/// A listed party is a party some sanction of the list targets; the list's authorities are not listed. A document's
/// party matches a listed party when they share an external id (scheme and value), or when a name or alias of one has
/// the same <see cref="ListingNameKey"/> as a name or alias of the other: case folded, diacritics removed, punctuation
/// and word order ignored. Each match says which rule made it (<see cref="ListingMatchRule"/>); when several rules
/// match the same pair, the first in the enum's order is reported.
/// </para>
/// <para>
/// This is <b>not fuzzy screening</b>: names must be equal after that normalisation. A different transliteration, a
/// missing word or a typo does not match, and a match on a common name may be a different person. Use it to find the
/// listings of parties you already know; compliance screening needs a fuzzy matcher and a person to review its hits.
/// </para>
/// </remarks>
public static class ListingCrossReference
{
    /// <summary>Finds the document's parties on the lists.</summary>
    /// <param name="document">The negotiation.</param>
    /// <param name="lists">The imported lists.</param>
    /// <returns>One match per pair of a document party and a listed party, in the order of the document's parties, then of the lists, then of the listed parties.</returns>
    /// <exception cref="ArgumentNullException">An argument, or a list, is null.</exception>
    public static IReadOnlyList<ListingMatch> Find(NegotiationDocument document, IEnumerable<NegotiationDocument> lists)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lists);
        var indexes = lists.Select(static list => new ListIndex(list ?? throw new ArgumentNullException(nameof(lists), "a list is null"))).ToList();
        var matches = new List<ListingMatch>();
        foreach (var party in document.Parties)
        {
            EquatableArray<SanctionId> own = document.Sanctions.Where(s => s.Targets.Contains(party.Id)).Select(static s => s.Id).ToArray();
            foreach (var index in indexes)
            {
                foreach (var (listed, (rule, on)) in index.Match(party).OrderBy(static m => m.Key.Order))
                {
                    matches.Add(new ListingMatch(party.Id, party.Name, index.List.Id, listed.Party.Id, listed.Party.Name, rule, on, listed.Sanctions, own));
                }
            }
        }

        return matches;
    }

    /// <summary>A list's listed parties, by external id and by name key.</summary>
    private sealed class ListIndex
    {
        private readonly Dictionary<string, List<Listed>> _byExternalId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Listed>> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Listed>> _byAlias = new(StringComparer.Ordinal);

        public ListIndex(NegotiationDocument list)
        {
            List = list;
            var parties = list.Parties.ToDictionary(static p => p.Id);
            var sanctionsOf = new Dictionary<PartyId, List<ListedSanction>>();
            foreach (var sanction in list.Sanctions)
            {
                var listed = new ListedSanction(sanction.Id, sanction.Program, sanction.Authority, Chain(sanction.Authority, parties), sanction.ListingDate ?? sanction.StartDate, sanction.Status);
                foreach (var target in sanction.Targets)
                {
                    if (!sanctionsOf.TryGetValue(target, out var those))
                    {
                        sanctionsOf[target] = those = [];
                    }

                    those.Add(listed);
                }
            }

            var order = 0;
            foreach (var party in list.Parties)
            {
                if (!sanctionsOf.TryGetValue(party.Id, out var sanctions))
                {
                    continue;
                }

                var entry = new Listed(party, sanctions.ToArray(), order++);
                foreach (var id in party.ExternalIds)
                {
                    Add(_byExternalId, id.ToString(), entry);
                }

                Add(_byName, ListingNameKey.From(party.Name), entry);
                foreach (var alias in party.Aliases)
                {
                    Add(_byAlias, ListingNameKey.From(alias), entry);
                }
            }
        }

        public NegotiationDocument List { get; }

        public Dictionary<Listed, (ListingMatchRule Rule, string On)> Match(Party party)
        {
            var found = new Dictionary<Listed, (ListingMatchRule, string)>();
            void Consider(Dictionary<string, List<Listed>> index, string key, ListingMatchRule rule)
            {
                if (key.Length == 0 || !index.TryGetValue(key, out var entries))
                {
                    return;
                }

                foreach (var entry in entries)
                {
                    if (!found.TryGetValue(entry, out var known) || rule < known.Item1)
                    {
                        found[entry] = (rule, key);
                    }
                }
            }

            foreach (var id in party.ExternalIds)
            {
                Consider(_byExternalId, id.ToString(), ListingMatchRule.ExternalId);
            }

            var name = ListingNameKey.From(party.Name);
            Consider(_byName, name, ListingMatchRule.Name);
            Consider(_byAlias, name, ListingMatchRule.NameToAlias);
            foreach (var alias in party.Aliases)
            {
                var key = ListingNameKey.From(alias);
                Consider(_byName, key, ListingMatchRule.AliasToName);
                Consider(_byAlias, key, ListingMatchRule.AliasToAlias);
            }

            return found;
        }

        private static void Add(Dictionary<string, List<Listed>> index, string key, Listed entry)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (!index.TryGetValue(key, out var entries))
            {
                index[key] = entries = [];
            }

            if (!entries.Contains(entry))
            {
                entries.Add(entry);
            }
        }

        private static EquatableArray<string> Chain(PartyId authority, Dictionary<PartyId, Party> parties)
        {
            var names = new List<string>();
            var seen = new HashSet<PartyId>();
            for (PartyId? at = authority; at is { } id && seen.Add(id) && parties.TryGetValue(id, out var party); at = party.ParentId)
            {
                names.Add(party.Name);
            }

            return names.ToArray();
        }
    }

    /// <summary>A listed party, its sanctions, and its place in the list.</summary>
    private sealed class Listed(Party party, EquatableArray<ListedSanction> sanctions, int order)
    {
        public Party Party { get; } = party;

        public EquatableArray<ListedSanction> Sanctions { get; } = sanctions;

        public int Order { get; } = order;
    }
}
