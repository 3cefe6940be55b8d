using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Documents;

/// <summary>
/// Checks the document-level rules: unique ids, references that resolve, no self-demand or self-sanction, no cycle of parents or of
/// coalition membership, commitments only by parties to their agreement, actions whole, dates in order. It collects
/// every violation, in document order, rather than stopping at the first. Runs in time linear in the document.
/// </summary>
internal static class DocumentValidator
{
    public static (DocumentIndex Index, List<ValidationError> Errors) Validate(NegotiationContent content)
    {
        var index = new DocumentIndex();
        var errors = new List<ValidationError>();

        // First pass: ids, so that references can be resolved whatever order the records come in.
        Register(content.Parties, "parties", p => p.Id, index.Parties, errors);
        Register(content.Issues, "issues", i => i.Id, index.Issues, errors);
        Register(content.Demands, "demands", d => d.Id, index.Demands, errors);
        Register(content.Sanctions, "sanctions", s => s.Id, index.Sanctions, errors);
        Register(content.Agreements, "agreements", a => a.Id, index.Agreements, errors);
        Register(content.Stances, "stances", s => s.Id, index.Stances, errors);
        Register(content.Events, "events", e => e.Id, index.Events, errors);
        Register(content.Sources, "sources", s => s.Id, index.Sources, errors);
        var commitments = 0;
        foreach (var agreement in content.Agreements)
        {
            commitments += agreement.Commitments.Count;
        }

        index.Commitments.EnsureCapacity(commitments);
        for (var i = 0; i < content.Agreements.Count; i++)
        {
            var agreement = content.Agreements[i];
            for (var j = 0; j < agreement.Commitments.Count; j++)
            {
                var commitment = agreement.Commitments[j];
                if (index.Commitments.TryGetValue(commitment.Id, out var first))
                {
                    errors.Add(new(ErrorCodes.DuplicateId, $"$.agreements[{i}].commitments[{j}].id", $"commitment id '{commitment.Id}' is already used in agreement '{first.Agreement.Id}'"));
                }
                else
                {
                    index.Commitments.Add(commitment.Id, (agreement, commitment));
                }
            }
        }

        var check = new ReferenceChecker(index, errors);
        CheckParties(content, index, check, errors);
        CheckDemands(content, check, errors);
        CheckSanctions(content, check, errors);
        CheckAgreements(content, index, check, errors);
        for (var i = 0; i < content.Stances.Count; i++)
        {
            var stance = content.Stances[i];
            var path = ValidationPath.Of("stances", i);
            check.Party(stance.Party, path.Dot("party"));
            check.Reference(stance.Subject, path.Dot("subject"));
            check.Attribution(stance.Attribution, path.Dot("attribution"));
        }

        for (var i = 0; i < content.Events.Count; i++)
        {
            var @event = content.Events[i];
            var path = ValidationPath.Of("events", i);
            check.Parties(@event.Parties, path.Dot("parties"));
            check.References(@event.Related, path.Dot("related"));
            check.Attribution(@event.Attribution, path.Dot("attribution"));
        }

        return (index, errors);
    }

    private static void Register<TId, T>(EquatableArray<T> items, string collection, Func<T, TId> idOf, Dictionary<TId, T> byId, List<ValidationError> errors)
        where TId : struct, ISlugId<TId>
        where T : class
    {
        // Sized once: growing a dictionary of a large document's records allocates it about twice over.
        byId.EnsureCapacity(items.Count);

        // Where each id was first used, for the message of a repeated one: built only once an id repeats.
        Dictionary<TId, int>? firstIndex = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? throw new ArgumentException($"{collection}[{i}] is null.", nameof(items));
            var id = idOf(item);
            if (byId.TryAdd(id, item))
            {
                continue;
            }

            if (firstIndex is null)
            {
                firstIndex = new Dictionary<TId, int>();
                for (var k = i - 1; k >= 0; k--)
                {
                    firstIndex[idOf(items[k])] = k; // from the end, so the earliest use wins
                }
            }

            errors.Add(new(ErrorCodes.DuplicateId, $"$.{collection}[{i}].id", $"{TId.KindName} id '{id}' is already used by $.{collection}[{firstIndex[id]}]"));
        }
    }

    private static void CheckParties(NegotiationContent content, DocumentIndex index, ReferenceChecker check, List<ValidationError> errors)
    {
        for (var i = 0; i < content.Parties.Count; i++)
        {
            var party = content.Parties[i];
            var path = ValidationPath.Of("parties", i);
            switch (party)
            {
                case GovernmentBody body:
                    if (check.Party(body.Parent, path.Dot("parent")) && index.Parties[body.Parent] is not (State or GovernmentBody))
                    {
                        errors.Add(new(ErrorCodes.InvalidParent, path.Dot("parent").ToString(), $"the parent of a government body is a state or a government body; '{body.Parent}' is neither"));
                    }

                    break;
                case Organization { Parent: { } parent }:
                    check.Party(parent, path.Dot("parent"));
                    break;
                case Group { Affiliation: { } affiliation }:
                    check.Party(affiliation, path.Dot("affiliation"));
                    break;
                case Coalition coalition:
                    check.Parties(coalition.Members, path.Dot("members"));
                    break;
                case Person person:
                    for (var k = 0; k < person.Positions.Count; k++)
                    {
                        if (person.Positions[k].Body is { } body)
                        {
                            check.Party(body, path.Dot("positions").At(k).Dot("body"));
                        }
                    }

                    break;
            }

            if (party.ParentId is { } parentId && index.Parties.ContainsKey(parentId))
            {
                index.Children.TryAdd(parentId, []);
                index.Children[parentId].Add(party.Id);
            }
        }

        FindCycles(content, index, errors);
    }

    /// <summary>Follows parent links and coalition memberships; each is a graph that must have no cycle.</summary>
    private static void FindCycles(NegotiationContent content, DocumentIndex index, List<ValidationError> errors)
    {
        // Parent links: each party has at most one parent, so walking up from each with a shared "done" set is linear.
        var state = new Dictionary<PartyId, int>(content.Parties.Count); // 1 = on the current walk, 2 = walked
        var onCycle = new HashSet<PartyId>();
        var walk = new List<PartyId>(); // one list for every walk: a walk is usually a step or two
        for (var i = 0; i < content.Parties.Count; i++)
        {
            walk.Clear();
            PartyId? current = content.Parties[i].Id;
            while (current is { } id && index.Parties.TryGetValue(id, out var party) && state.GetValueOrDefault(id) == 0)
            {
                state[id] = 1;
                walk.Add(id);
                current = party.ParentId;
            }

            if (current is { } hit && state.GetValueOrDefault(hit) == 1)
            {
                var cycle = walk.SkipWhile(p => p != hit).ToList();
                onCycle.UnionWith(cycle);
                var field = content.Parties[i] is Group ? "affiliation" : "parent";
                errors.Add(new(ErrorCodes.ParentCycle, $"$.parties[{i}].{field}", $"parent links form a cycle: {CycleText(cycle, cycle.Count, hit)}"));
            }

            foreach (var id in walk)
            {
                state[id] = 2;
            }
        }

        // Depth of parent chains, memoised so each party is walked once. A chain too deep to draw or brief is refused,
        // at the first party past the limit on each branch (not at every one below it). Parties that reach a cycle
        // are left out: the cycle is reported already.
        var depth = new Dictionary<PartyId, int>(content.Parties.Count);
        var chain = new List<PartyId>(); // one list for every chain, as for the walks above
        for (var i = 0; i < content.Parties.Count; i++)
        {
            chain.Clear();
            PartyId? current = content.Parties[i].Id;
            while (current is { } id && !depth.ContainsKey(id) && !onCycle.Contains(id) && index.Parties.TryGetValue(id, out var party))
            {
                chain.Add(id);
                current = party.ParentId;
            }

            if (current is { } stop && onCycle.Contains(stop))
            {
                continue;
            }

            var level = current is { } known && depth.TryGetValue(known, out var d) ? d : 0;
            for (var k = chain.Count - 1; k >= 0; k--)
            {
                depth[chain[k]] = ++level;
            }
        }

        for (var i = 0; i < content.Parties.Count; i++)
        {
            if (depth.GetValueOrDefault(content.Parties[i].Id) == NegotiationDocument.MaxParentDepth + 2)
            {
                var field = content.Parties[i] is Group ? "affiliation" : "parent";
                errors.Add(new(ErrorCodes.ParentTooDeep, $"$.parties[{i}].{field}", $"'{content.Parties[i].Id}' is more than {NegotiationDocument.MaxParentDepth} parent links below the top of its hierarchy"));
            }
        }

        // Coalition membership: a depth-first search over coalitions only, reporting each cycle once, at the coalition
        // that closes it. Iterative, with a stack of its own: a chain of coalitions is as long as the document allows,
        // and recursion would overflow the thread's stack.
        Dictionary<PartyId, int>? positions = null;
        var done = new HashSet<PartyId>();
        var path = new List<(Coalition Coalition, int Next)>(); // the coalitions being visited, and their next member
        var onPath = new Dictionary<PartyId, int>(); // where each of them is in the path
        foreach (var party in content.Parties)
        {
            if (party is not Coalition root || done.Contains(root.Id)) // the path is empty between searches
            {
                continue;
            }

            onPath[root.Id] = 0;
            path.Add((root, 0));
            while (path.Count > 0)
            {
                var (coalition, next) = path[^1];
                if (next == coalition.Members.Count)
                {
                    path.RemoveAt(path.Count - 1);
                    onPath.Remove(coalition.Id);
                    done.Add(coalition.Id);
                    continue;
                }

                path[^1] = (coalition, next + 1);
                var member = coalition.Members[next];
                if (onPath.TryGetValue(member, out var start))
                {
                    var cycle = CycleText(path.Skip(start).Select(step => step.Coalition.Id), path.Count - start, member);
                    errors.Add(new(ErrorCodes.MembershipCycle, $"$.parties[{PositionOf(coalition.Id)}].members", $"coalition memberships form a cycle: {cycle}"));
                }
                else if (!done.Contains(member) && index.Parties.GetValueOrDefault(member) is Coalition inner)
                {
                    onPath[member] = path.Count;
                    path.Add((inner, 0));
                }
                else
                {
                    done.Add(member); // a state, a body or a person: nothing below it to visit
                }
            }
        }

        // Where each party is, for the message of a cycle: built only once a cycle is found, which is rare.
        int PositionOf(PartyId id)
        {
            if (positions is null)
            {
                positions = new Dictionary<PartyId, int>(content.Parties.Count);
                for (var i = 0; i < content.Parties.Count; i++)
                {
                    positions.TryAdd(content.Parties[i].Id, i);
                }
            }

            return positions[id];
        }
    }

    /// <summary>
    /// A cycle as "a → b → c → a". A long one is shortened to its first and last few links, so that a document of long
    /// cycles can't make messages, and the time to write them, grow with the square of its size.
    /// </summary>
    private static string CycleText(IEnumerable<PartyId> cycle, int length, PartyId closing)
    {
        const int Shown = 4;
        if (length <= 2 * Shown + 1)
        {
            return $"{string.Join(" → ", cycle)} → {closing}";
        }

        var ids = cycle.Take(Shown).Concat(cycle.Skip(length - Shown)).ToList();
        return $"{string.Join(" → ", ids.Take(Shown))} → … ({length - 2 * Shown} more) → {string.Join(" → ", ids.Skip(Shown))} → {closing}";
    }

    private static void CheckDemands(NegotiationContent content, ReferenceChecker check, List<ValidationError> errors)
    {
        for (var i = 0; i < content.Demands.Count; i++)
        {
            var demand = content.Demands[i];
            var path = ValidationPath.Of("demands", i);
            check.Party(demand.From, path.Dot("from"));
            check.Party(demand.To, path.Dot("to"));
            if (demand.From == demand.To)
            {
                errors.Add(new(ErrorCodes.SelfDemand, path.Dot("to").ToString(), $"party '{demand.From}' cannot demand something of itself"));
            }

            check.Issue(demand.Issue, path.Dot("issue"));
            check.Action(demand.Action, path.Dot("action"));
            check.References(demand.InExchangeFor, path.Dot("inExchangeFor"));
            for (var k = 0; k < demand.InExchangeFor.Count; k++)
            {
                if (demand.InExchangeFor[k] == (Reference)demand.Id)
                {
                    errors.Add(new(ErrorCodes.SelfCondition, path.Dot("inExchangeFor").At(k).ToString(), $"demand '{demand.Id}' cannot be asked in exchange for itself"));
                }
            }

            check.Attribution(demand.Attribution, path.Dot("attribution"));
            if (demand.Response is { } response)
            {
                check.References(response.Grounds, path.Dot("response").Dot("grounds"));
                check.Attribution(response.Attribution, path.Dot("response").Dot("attribution"));
                if (response.Date is { } answered && demand.Date is { } made && answered.IsBefore(made))
                {
                    errors.Add(new(ErrorCodes.DateOrder, path.Dot("response").Dot("date").ToString(), $"the answer ({answered}) is dated before the demand ({made})"));
                }
            }
        }
    }

    private static void CheckSanctions(NegotiationContent content, ReferenceChecker check, List<ValidationError> errors)
    {
        for (var i = 0; i < content.Sanctions.Count; i++)
        {
            var sanction = content.Sanctions[i];
            var path = ValidationPath.Of("sanctions", i);
            check.Party(sanction.Authority, path.Dot("authority"));
            check.Parties(sanction.Targets, path.Dot("targets"));

            // The same party, not the same state: a state's treasury may well list a citizen or a company of its own.
            var self = sanction.Targets.AsSpan().IndexOf(sanction.Authority);
            if (self >= 0)
            {
                errors.Add(new(ErrorCodes.SelfSanction, path.Dot("targets").At(self).ToString(), $"'{sanction.Authority}' is the sanction's authority and cannot also be its target"));
            }

            if (sanction.EndedBy is { } endedBy)
            {
                check.Reference(endedBy, path.Dot("endedBy"));
            }

            check.Attribution(sanction.Attribution, path.Dot("attribution"));
        }
    }

    private static void CheckAgreements(NegotiationContent content, DocumentIndex index, ReferenceChecker check, List<ValidationError> errors)
    {
        for (var i = 0; i < content.Agreements.Count; i++)
        {
            var agreement = content.Agreements[i];
            var path = ValidationPath.Of("agreements", i);
            check.Parties(agreement.Parties, path.Dot("parties"));
            for (var k = 0; k < agreement.Issues.Count; k++)
            {
                check.Issue(agreement.Issues[k], path.Dot("issues").At(k));
            }

            check.Attribution(agreement.Attribution, path.Dot("attribution"));
            // Agreements have a few parties: a scan beats building a set for each, which a large one still gets.
            var parties = agreement.Parties.Count > 16 ? agreement.Parties.ToHashSet() : null;
            for (var j = 0; j < agreement.Commitments.Count; j++)
            {
                var commitment = agreement.Commitments[j];
                var cpath = path.Dot("commitments").At(j);
                if (check.Party(commitment.By, cpath.Dot("by")) && !(parties?.Contains(commitment.By) ?? agreement.Parties.AsSpan().Contains(commitment.By)))
                {
                    errors.Add(new(ErrorCodes.CommitmentByNonParty, cpath.Dot("by").ToString(), $"'{commitment.By}' is not a party to agreement '{agreement.Id}'"));
                }

                check.Action(commitment.Action, cpath.Dot("action"));
                for (var k = 0; k < commitment.ConditionalOn.Count; k++)
                {
                    var condition = commitment.ConditionalOn[k];
                    if (condition == commitment.Id)
                    {
                        errors.Add(new(ErrorCodes.SelfCondition, cpath.Dot("conditionalOn").At(k).ToString(), $"commitment '{commitment.Id}' cannot be conditional on itself"));
                    }
                    else
                    {
                        check.Commitment(condition, cpath.Dot("conditionalOn").At(k));
                    }
                }

                for (var k = 0; k < commitment.Fulfils.Count; k++)
                {
                    if (check.Demand(commitment.Fulfils[k], cpath.Dot("fulfils").At(k)) && index.Demands[commitment.Fulfils[k]].From == commitment.By)
                    {
                        errors.Add(new(ErrorCodes.SelfFulfilment, cpath.Dot("fulfils").At(k).ToString(), $"'{commitment.By}' made demand '{commitment.Fulfils[k]}' itself; a commitment fulfils demands made of its party, not by it"));
                    }
                }

                check.Attribution(commitment.Attribution, cpath.Dot("attribution"));
            }
        }
    }

    /// <summary>Resolves references against the index and reports those that dangle.</summary>
    private sealed class ReferenceChecker(DocumentIndex index, List<ValidationError> errors)
    {
        public bool Party(PartyId id, ValidationPath path) => Exists(index.Parties.ContainsKey(id), id, path);

        public void Parties(EquatableArray<PartyId> ids, ValidationPath path)
        {
            for (var k = 0; k < ids.Count; k++)
            {
                Party(ids[k], path.At(k));
            }
        }

        public bool Issue(IssueId id, ValidationPath path) => Exists(index.Issues.ContainsKey(id), id, path);

        public bool Demand(DemandId id, ValidationPath path) => Exists(index.Demands.ContainsKey(id), id, path);

        public bool Commitment(CommitmentId id, ValidationPath path) => Exists(index.Commitments.ContainsKey(id), id, path);

        public void Action(PolicyAction action, ValidationPath path)
        {
            Parties(action.Targets, path.Dot("targets"));
            for (var k = 0; k < action.Sanctions.Count; k++)
            {
                Exists(index.Sanctions.ContainsKey(action.Sanctions[k]), action.Sanctions[k], path.Dot("sanctions").At(k));
            }

            if (action.Explain() is { } problem)
            {
                errors.Add(new(ErrorCodes.InvalidAction, path.Dot(problem.Member).ToString(), problem.Message));
            }
        }

        public void Attribution(Attribution? attribution, ValidationPath path)
        {
            if (attribution is null)
            {
                return;
            }

            Sources(attribution.Sources, path.Dot("sources"));
            for (var k = 0; k < attribution.Counterclaims.Count; k++)
            {
                Sources(attribution.Counterclaims[k].Sources, path.Dot("counterclaims").At(k).Dot("sources"));
            }
        }

        public void References(EquatableArray<Reference> references, ValidationPath path)
        {
            for (var k = 0; k < references.Count; k++)
            {
                Reference(references[k], path.At(k));
            }
        }

        public void Reference(Reference reference, ValidationPath path)
        {
            var found = index.Contains(reference);
            if (!found)
            {
                var kind = Domain.References.Reference.KindName(reference.Kind);
                errors.Add(new(ErrorCodes.DanglingReference, path.ToString(), $"no {kind} has the id '{reference.Id}'"));
            }
        }

        private void Sources(EquatableArray<SourceId> ids, ValidationPath path)
        {
            for (var k = 0; k < ids.Count; k++)
            {
                Exists(index.Sources.ContainsKey(ids[k]), ids[k], path.At(k));
            }
        }

        private bool Exists<TId>(bool found, TId id, ValidationPath path)
            where TId : struct, ISlugId<TId>
        {
            if (!found)
            {
                errors.Add(new(ErrorCodes.DanglingReference, path.ToString(), $"no {TId.KindName} has the id '{id}'"));
            }

            return found;
        }
    }
}
