using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Performance;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Format;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Documents;

/// <summary>
/// Checks the document-level rules: unique ids, references that resolve, no self-demand or self-sanction, no cycle of parents or of
/// coalition membership, commitments only by parties to their agreement, dates in order. It collects
/// every violation rather than stopping at the first: it lists the first ones found, up to a cap, in document order, and
/// counts the rest without building them. Runs in time linear in the document.
/// </summary>
internal static class DocumentValidator
{
    /// <summary>The root's collections in the order they are written, which is the order errors are listed in.</summary>
    private static readonly string[] RootOrder = [.. FormatDescription.Of(typeof(RawDocument)).Members.Select(m => m.JsonName)];

    /// <summary>Checks every rule; lists at most <paramref name="maxErrors"/> errors and counts the rest.</summary>
    public static (DocumentIndex Index, ErrorList Errors) Validate(RawDocument root, int maxErrors)
    {
        var content = root.Content;
        var index = new DocumentIndex();
        var errors = new ErrorList(maxErrors, RootOrder);

        // First pass: ids, so that references can be resolved whatever order the records come in.
        Register(content.Parties, "parties", p => p.Id, index.Parties, errors);
        Register(content.Issues, "issues", i => i.Id, index.Issues, errors);
        Register(content.Demands, "demands", d => d.Id, index.Demands, errors);
        Register(content.Sanctions, "sanctions", s => s.Id, index.Sanctions, errors);
        Register(content.Agreements, "agreements", a => a.Id, index.Agreements, errors);
        Register(content.Pledges, "pledges", p => p.Id, index.Pledges, errors);
        Register(content.Stances, "stances", s => s.Id, index.Stances, errors);
        Register(content.Events, "events", e => e.Id, index.Events, errors);
        Register(content.Sources, "sources", s => s.Id, index.Sources, errors);
        Register(content.Recognitions, "recognitions", r => r.Id, index.Recognitions, errors);
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
                    if (errors.ShouldList("agreements", i))
                    {
                        errors.Add(new(ErrorCodes.DuplicateId, $"$.agreements[{i}].commitments[{j}].id", $"commitment id '{commitment.Id}' is already used in agreement '{first.Agreement.Id}'"));
                    }
                }
                else
                {
                    index.Commitments.Add(commitment.Id, (agreement, commitment));
                }
            }
        }

        // Milestones, like commitments, are held by agreements and named across the document.
        for (var i = 0; i < content.Agreements.Count; i++)
        {
            var agreement = content.Agreements[i];
            for (var j = 0; j < agreement.Milestones.Count; j++)
            {
                var milestone = agreement.Milestones[j];
                if (index.Milestones.TryGetValue(milestone.Id, out var first))
                {
                    if (errors.ShouldList("agreements", i))
                    {
                        errors.Add(new(ErrorCodes.DuplicateId, $"$.agreements[{i}].milestones[{j}].id", $"milestone id '{milestone.Id}' is already used in agreement '{first.Agreement.Id}'"));
                    }
                }
                else
                {
                    index.Milestones.Add(milestone.Id, (agreement, milestone));
                }
            }
        }

        // Second pass: every id a record holds of another must resolve. The walk is generated from the records, so a
        // new member that holds an id is checked without a line here.
        RawDocumentFormat.Visit(root, new ReferenceWalker(index, errors), 0);

        // Third pass: the rules across records.
        CheckParties(content, index, errors);
        CheckDemands(content, errors);
        CheckSanctions(content, index, errors);
        CheckAgreements(content, index, errors);
        for (var i = 0; i < content.Pledges.Count; i++)
        {
            var path = ValidationPath.Of("pledges", i);
            CheckHistoryDates(content.Pledges[i].Performance, path.Dot("performance"), path, errors);
        }

        CheckSelfReferences(content, errors);
        if (content.Bargaining is { } bargaining)
        {
            BargainingRules.Check(bargaining, errors);
        }

        return (index, errors);
    }

    private static void Register<TId, T>(EquatableArray<T> items, string collection, Func<T, TId> idOf, Dictionary<TId, T> byId, ErrorList errors)
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

            if (errors.ShouldList(collection, i))
            {
                errors.Add(new(ErrorCodes.DuplicateId, $"$.{collection}[{i}].id", $"{TId.KindName} id '{id}' is already used by $.{collection}[{firstIndex[id]}]"));
            }
        }
    }

    private static void CheckParties(NegotiationContent content, DocumentIndex index, ErrorList errors)
    {
        for (var i = 0; i < content.Parties.Count; i++)
        {
            var party = content.Parties[i];
            // A body belongs to a state, to another body, or to an intergovernmental organization, whose organs are
            // bodies too (the UN's Security Council, the EU's Council): the organization's type says it is one.
            if (party is GovernmentBody body && index.Parties.TryGetValue(body.Parent, out var parent)
                && parent is not (State or GovernmentBody or Organization { Type: OrganizationType.Intergovernmental }))
            {
                if (errors.ShouldList("parties", i))
                {
                    errors.Add(new(ErrorCodes.InvalidParent, ValidationPath.Of("parties", i).Dot("parent").ToString(), $"the parent of a government body is a state, a government body or an intergovernmental organization; '{body.Parent}' is none of these"));
                }
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
    private static void FindCycles(NegotiationContent content, DocumentIndex index, ErrorList errors)
    {
        Dictionary<PartyId, int>? positions = null; // where each party is, made only for a message (see PositionOf)

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
                // Reported at the party where the walk entered the cycle, which is on it, even when the walk came
                // from a tail below it.
                var cycle = walk.SkipWhile(p => p != hit).ToList();
                onCycle.UnionWith(cycle);
                var at = PositionOf(hit);
                var field = content.Parties[at] is Group ? "affiliation" : "parent";
                if (errors.ShouldList("parties", at))
                {
                    errors.Add(new(ErrorCodes.ParentCycle, $"$.parties[{at}].{field}", $"parent links form a cycle: {CycleText(cycle, cycle.Count, hit)}"));
                }
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
                if (errors.ShouldList("parties", i))
                {
                    errors.Add(new(ErrorCodes.ParentTooDeep, $"$.parties[{i}].{field}", $"'{content.Parties[i].Id}' is more than {NegotiationDocument.MaxParentDepth} parent links below the top of its hierarchy"));
                }
            }
        }

        // Coalition membership: a depth-first search over coalitions only, reporting each cycle once, at the coalition
        // that closes it. Iterative, with a stack of its own: a chain of coalitions is as long as the document allows,
        // and recursion would overflow the thread's stack.
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
                    if (errors.ShouldList("parties", PositionOf(coalition.Id)))
                    {
                        errors.Add(new(ErrorCodes.MembershipCycle, $"$.parties[{PositionOf(coalition.Id)}].members", $"coalition memberships form a cycle: {cycle}"));
                    }
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

    private static void CheckDemands(NegotiationContent content, ErrorList errors)
    {
        for (var i = 0; i < content.Demands.Count; i++)
        {
            var demand = content.Demands[i];
            var path = ValidationPath.Of("demands", i);
            if (demand.From == demand.To)
            {
                if (errors.ShouldList(path))
                {
                    errors.Add(new(ErrorCodes.SelfDemand, path.Dot("to").ToString(), $"party '{demand.From}' cannot demand something of itself"));
                }
            }

            for (var k = 0; k < demand.AlsoTo.Count; k++)
            {
                var also = demand.AlsoTo[k];
                if ((also == demand.From || also == demand.To) && errors.ShouldList(path))
                {
                    errors.Add(also == demand.From
                        ? new(ErrorCodes.SelfDemand, path.Dot("alsoTo").At(k).ToString(), $"party '{demand.From}' cannot demand something of itself")
                        : new(ErrorCodes.RepeatedAddressee, path.Dot("alsoTo").At(k).ToString(), $"'{also}' is already the demand's first addressee ('to')"));
                }
            }

            for (var k = 0; k < demand.InExchangeFor.Count; k++)
            {
                if (demand.InExchangeFor[k] == (Reference)demand.Id)
                {
                    if (errors.ShouldList(path))
                    {
                        errors.Add(new(ErrorCodes.SelfCondition, path.Dot("inExchangeFor").At(k).ToString(), $"demand '{demand.Id}' cannot be asked in exchange for itself"));
                    }
                }
            }

            if (demand.Response is { Date: { } answered } && demand.Date is { } made && answered.IsBefore(made))
            {
                if (errors.ShouldList(path))
                {
                    errors.Add(new(ErrorCodes.DateOrder, path.Dot("response").Dot("date").ToString(), $"the answer ({answered}) is dated before the demand ({made})"));
                }
            }
        }
    }

    private static void CheckSanctions(NegotiationContent content, DocumentIndex index, ErrorList errors)
    {
        for (var i = 0; i < content.Sanctions.Count; i++)
        {
            var sanction = content.Sanctions[i];
            var path = ValidationPath.Of("sanctions", i);

            // The same party, not the same state: a state's treasury may well list a citizen or a company of its own.
            // A coalition the authority belongs to (directly or through another) is the authority too.
            for (var k = 0; k < sanction.Targets.Count; k++)
            {
                var target = sanction.Targets[k];
                if (target == sanction.Authority)
                {
                    if (errors.ShouldList(path))
                    {
                        errors.Add(new(ErrorCodes.SelfSanction, path.Dot("targets").At(k).ToString(), $"'{sanction.Authority}' is the sanction's authority and cannot also be its target"));
                    }
                }
                else if (index.Parties.GetValueOrDefault(target) is Coalition coalition && HasMember(coalition, sanction.Authority, index))
                {
                    if (errors.ShouldList(path))
                    {
                        errors.Add(new(ErrorCodes.SelfSanction, path.Dot("targets").At(k).ToString(), $"'{sanction.Authority}', the sanction's authority, is a member of coalition '{target}', its target"));
                    }
                }
            }

            CheckSanctionHistory(sanction, path, errors);
        }
    }

    /// <summary>
    /// A sanction's history: each change follows from the one before (<see cref="Sanction.Follows"/>), none is dated
    /// before the dated change listed before it (the period it opens would overlap that one's), no lift or expiry is
    /// dated before the listing, and no change is made by the sanction itself. A version-1 member left in the record
    /// means the document is not version 1, or also gives a history: either way the member has no meaning.
    /// </summary>
    private static void CheckSanctionHistory(Sanction sanction, ValidationPath path, ErrorList errors)
    {
        if (sanction.HasVersion1Members && errors.ShouldList(path))
        {
            var member = sanction.Version1Status is not null ? "status" : sanction.Version1StartDate is not null ? "startDate" : sanction.Version1EndDate is not null ? "endDate" : "endedBy";
            errors.Add(new(ErrorCodes.EarlierVersionMember, path.Dot(member).ToString(), $"'{member}' is a member of format version 1 only: from version 2 a sanction's status, dates and what ended it are its history"));
        }

        var history = sanction.History;
        for (var k = 0; k < history.Count; k++)
        {
            var change = history[k];
            var at = path.Dot("history").At(k);
            if (!Sanction.Follows(change.Kind, k == 0 ? null : history[k - 1]) && errors.ShouldList(path))
            {
                var before = k == 0 ? "an empty history" : $"'{JsonNames.EnumValue(history[k - 1].Kind.ToString())}'";
                errors.Add(new(ErrorCodes.SanctionHistoryOrder, at.Dot("kind").ToString(), $"a change '{JsonNames.EnumValue(change.Kind.ToString())}' cannot follow {before} in the history of sanction '{sanction.Id}'"));
            }

            if (change.Date is { } date && change.Kind is SanctionChangeKind.Lifted or SanctionChangeKind.Expired
                && sanction.ListingDate is { } listed && date.IsBefore(listed) && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.DateOrder, at.Dot("date").ToString(), $"the sanction ends ({date}) before its listing date ({listed})"));
            }

            if (change.By == (Reference)sanction.Id && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.SelfReference, at.Dot("by").ToString(), $"sanction '{sanction.Id}' cannot be changed by itself"));
            }
        }

        CheckHistoryDates(history, path.Dot("history"), path, errors);
    }

    /// <summary>
    /// The first of the agreement's parties, in its order, that is a coalition <paramref name="member"/> belongs to
    /// (directly or through coalitions in it), or <see langword="null"/>: the party a member's commitment is made as.
    /// </summary>
    internal static PartyId? CoalitionCommittingFor(Agreement agreement, PartyId member, DocumentIndex index)
    {
        foreach (var party in agreement.Parties)
        {
            if (index.Parties.GetValueOrDefault(party) is Coalition coalition && HasMember(coalition, member, index))
            {
                return party;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="party"/> belongs to the coalition, directly or through coalitions in it (each visited once: memberships may form a cycle, reported apart).</summary>
    private static bool HasMember(Coalition coalition, PartyId party, DocumentIndex index)
    {
        var seen = new HashSet<PartyId> { coalition.Id };
        var queue = new Queue<Coalition>([coalition]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var member in next.Members)
            {
                if (member == party)
                {
                    return true;
                }

                if (seen.Add(member) && index.Parties.GetValueOrDefault(member) is Coalition inner)
                {
                    queue.Enqueue(inner);
                }
            }
        }

        return false;
    }

    /// <summary>Records that point at themselves: a stance on itself, an event related to itself, a party that recognises itself.</summary>
    private static void CheckSelfReferences(NegotiationContent content, ErrorList errors)
    {
        for (var i = 0; i < content.Stances.Count; i++)
        {
            var stance = content.Stances[i];
            if (stance.Subject == (Reference)stance.Id)
            {
                if (errors.ShouldList("stances", i))
                {
                    errors.Add(new(ErrorCodes.SelfReference, ValidationPath.Of("stances", i).Dot("subject").ToString(), $"stance '{stance.Id}' cannot be a stance on itself"));
                }
            }
        }

        for (var i = 0; i < content.Events.Count; i++)
        {
            var e = content.Events[i];
            var self = e.Related.AsSpan().IndexOf((Reference)e.Id);
            if (self >= 0)
            {
                if (errors.ShouldList("events", i))
                {
                    errors.Add(new(ErrorCodes.SelfReference, ValidationPath.Of("events", i).Dot("related").At(self).ToString(), $"event '{e.Id}' cannot be related to itself"));
                }
            }
        }

        // Recognition is of another: a party that exists is not recognised by itself, and a claim that it is says
        // nothing a reader could use.
        for (var i = 0; i < content.Recognitions.Count; i++)
        {
            var recognition = content.Recognitions[i];
            if (recognition.Recognized == recognition.By)
            {
                if (errors.ShouldList("recognitions", i))
                {
                    errors.Add(new(ErrorCodes.SelfReference, ValidationPath.Of("recognitions", i).Dot("recognized").ToString(), $"'{recognition.By}' cannot recognise itself, nor refuse to"));
                }
            }
        }
    }

    /// <summary>
    /// A term's extensions are its history: in date order, and each moves the expiry later (or leaves it), never
    /// earlier, than the one it extends. Dates of different precision are compared only where the order is certain.
    /// </summary>
    private static void CheckTerm(Agreement agreement, ValidationPath path, ErrorList errors)
    {
        if (agreement.Term is not { } term)
        {
            return;
        }

        var extensions = term.Extensions;
        for (var k = 0; k < extensions.Count; k++)
        {
            var at = path.Dot("term").Dot("extensions").At(k);
            if (k > 0 && extensions[k].Date.IsBefore(extensions[k - 1].Date) && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.DateOrder, at.Dot("date").ToString(), $"extension {k} ({extensions[k].Date}) is dated before the extension it follows ({extensions[k - 1].Date})"));
            }

            var previous = k > 0 ? extensions[k - 1].NewExpiry : term.Expires;
            if (previous is { } before && extensions[k].NewExpiry.IsBefore(before) && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.EarlierExpiry, at.Dot("newExpiry").ToString(), $"extension {k} sets the expiry to {extensions[k].NewExpiry}, before the expiry it extends ({before})"));
            }
        }
    }

    /// <summary>
    /// Each party's steps, read in the list's order (which must be their date order), must follow from its steps before:
    /// consent to be bound by ratification, acceptance or approval comes after a signature (an accession needs none), a
    /// resumption after a suspension, and nothing after a withdrawal. Only parties to the agreement take steps.
    /// </summary>
    private static void CheckParticipation(Agreement agreement, ValidationPath path, ErrorList errors)
    {
        var steps = agreement.Participation;
        if (steps.Count == 0)
        {
            return;
        }

        var seen = new Dictionary<PartyId, (PartialDate Last, bool Signed, bool Suspended, bool Withdrawn)>();
        for (var k = 0; k < steps.Count; k++)
        {
            var step = steps[k];
            var at = path.Dot("participation").At(k);
            if (!agreement.Parties.AsSpan().Contains(step.Party))
            {
                if (errors.ShouldList(path))
                {
                    errors.Add(new(ErrorCodes.ParticipationByNonParty, at.Dot("party").ToString(), $"'{step.Party}' is not a party to agreement '{agreement.Id}', so it takes no step in it"));
                }

                continue;
            }

            var found = seen.TryGetValue(step.Party, out var state);
            if (found && step.Date.IsBefore(state.Last) && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.DateOrder, at.Dot("date").ToString(), $"the step of '{step.Party}' ({step.Date}) is dated before its step listed before it ({state.Last})"));
            }

            var problem = state.Withdrawn ? "after its withdrawal"
                : step.Step is ParticipationStepKind.Ratification or ParticipationStepKind.Acceptance or ParticipationStepKind.Approval && !state.Signed ? "before its signature"
                : step.Step is ParticipationStepKind.Resumption && !state.Suspended ? "without a suspension to resume from"
                : null;
            if (problem is not null && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.ParticipationOrder, at.Dot("step").ToString(), $"'{step.Party}' cannot take the step '{JsonNames.EnumValue(step.Step.ToString())}' {problem}"));
            }

            seen[step.Party] = (
                step.Date,
                state.Signed || step.Step is ParticipationStepKind.Signature,
                step.Step is ParticipationStepKind.Suspension || (state.Suspended && step.Step is not ParticipationStepKind.Resumption),
                state.Withdrawn || step.Step is ParticipationStepKind.Withdrawal);
        }
    }

    /// <summary>
    /// A history (a sanction's changes, a commitment's or a pledge's performance) comes in date order: no dated change
    /// counts from before the dated change listed before it, or the period it opens would overlap that one's.
    /// </summary>
    private static void CheckHistoryDates<T>(EquatableArray<T> changes, ValidationPath at, ValidationPath record, ErrorList errors)
        where T : IDatedChange
    {
        PartialDate? lastDated = null;
        for (var k = 0; k < changes.Count; k++)
        {
            if (changes[k].Date is not { } date)
            {
                continue;
            }

            if (lastDated is { } previous && date.Start < previous.Start && errors.ShouldList(record))
            {
                errors.Add(new(ErrorCodes.OverlappingPeriod, at.At(k).Dot("date").ToString(), $"the change dated {date} opens a period from {date.Start:yyyy-MM-dd}, inside the period opened on {previous} by the change before it: the changes of a history come in date order"));
            }

            lastDated = date;
        }
    }

    /// <summary>A clause is invoked only by a party it allows: one it names, or, when it names none, a party to the agreement.</summary>
    private static void CheckClauses(Agreement agreement, ValidationPath path, ErrorList errors)
    {
        for (var c = 0; c < agreement.Clauses.Count; c++)
        {
            var clause = agreement.Clauses[c];
            for (var k = 0; k < clause.Invocations.Count; k++)
            {
                var party = clause.Invocations[k].Party;
                if (!clause.MayBeInvokedBy(party, agreement.Parties) && errors.ShouldList(path))
                {
                    errors.Add(new(ErrorCodes.InvocationNotAllowed, path.Dot("clauses").At(c).Dot("invocations").At(k).Dot("party").ToString(), $"'{party}' may not invoke clause {c} of agreement '{agreement.Id}'"));
                }
            }
        }
    }

    private static void CheckAgreements(NegotiationContent content, DocumentIndex index, ErrorList errors)
    {
        for (var i = 0; i < content.Agreements.Count; i++)
        {
            var agreement = content.Agreements[i];
            var path = ValidationPath.Of("agreements", i);

            for (var k = 0; k < agreement.Links.Count; k++)
            {
                if (agreement.Links[k].Agreement == agreement.Id && errors.ShouldList(path))
                {
                    errors.Add(new(ErrorCodes.SelfReference, path.Dot("links").At(k).Dot("agreement").ToString(), $"agreement '{agreement.Id}' cannot be linked to itself"));
                }
            }

            CheckTerm(agreement, path, errors);
            CheckParticipation(agreement, path, errors);
            CheckClauses(agreement, path, errors);

            // Agreements have a few parties: a scan beats building a set for each, which a large one still gets.
            var parties = agreement.Parties.Count > 16 ? agreement.Parties.ToHashSet() : null;
            for (var j = 0; j < agreement.Commitments.Count; j++)
            {
                var commitment = agreement.Commitments[j];
                var cpath = path.Dot("commitments").At(j);
                // A coalition that is a party lets its members commit, directly or through coalitions in it (the EU's
                // member states, when the EU is a party).
                if (index.Parties.ContainsKey(commitment.By)
                    && !(parties?.Contains(commitment.By) ?? agreement.Parties.AsSpan().Contains(commitment.By))
                    && CoalitionCommittingFor(agreement, commitment.By, index) is null)
                {
                    if (errors.ShouldList(path))
                    {
                        errors.Add(new(ErrorCodes.CommitmentByNonParty, cpath.Dot("by").ToString(), $"'{commitment.By}' is not a party to agreement '{agreement.Id}', nor a member of a coalition that is"));
                    }
                }

                for (var k = 0; k < commitment.ConditionalOn.Count; k++)
                {
                    if (commitment.ConditionalOn[k] == commitment.Id)
                    {
                        if (errors.ShouldList(path))
                        {
                            errors.Add(new(ErrorCodes.SelfCondition, cpath.Dot("conditionalOn").At(k).ToString(), $"commitment '{commitment.Id}' cannot be conditional on itself"));
                        }
                    }
                }

                for (var k = 0; k < commitment.ConditionalOnVerified.Count; k++)
                {
                    if (commitment.ConditionalOnVerified[k].Commitment == commitment.Id && errors.ShouldList(path))
                    {
                        errors.Add(new(ErrorCodes.SelfCondition, cpath.Dot("conditionalOnVerified").At(k).Dot("commitment").ToString(), $"commitment '{commitment.Id}' cannot be conditional on its own verification"));
                    }
                }

                CheckTiming(agreement, commitment, commitment.Start, cpath.Dot("start"), path, index, errors);
                CheckTiming(agreement, commitment, commitment.Deadline, cpath.Dot("deadline"), path, index, errors);
                CheckHistoryDates(commitment.Performance, cpath.Dot("performance"), path, errors);

                for (var k = 0; k < commitment.Fulfils.Count; k++)
                {
                    if (!index.Demands.TryGetValue(commitment.Fulfils[k], out var demand))
                    {
                        continue; // dangling, reported by the walk
                    }

                    if (demand.From == commitment.By)
                    {
                        if (errors.ShouldList(path))
                        {
                            errors.Add(new(ErrorCodes.SelfFulfilment, cpath.Dot("fulfils").At(k).ToString(), $"'{commitment.By}' made demand '{commitment.Fulfils[k]}' itself; a commitment fulfils demands made of its party, not by it"));
                        }
                    }
                    else if (!demand.Addressees.Any(to => IsOrBelongsTo(commitment.By, to, index)))
                    {
                        if (errors.ShouldList(path))
                        {
                            errors.Add(new(ErrorCodes.FulfilmentByOtherParty, cpath.Dot("fulfils").At(k).ToString(), $"demand '{commitment.Fulfils[k]}' is made of {string.Join(", ", demand.Addressees.Select(a => $"'{a}'"))}; a commitment by '{commitment.By}' cannot fulfil it"));
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// A commitment's start or deadline counts from a milestone of its own agreement, and from the completion of
    /// another commitment, never its own. A dangling milestone or commitment is reported by the walk.
    /// </summary>
    private static void CheckTiming(Agreement agreement, Commitment commitment, Schedules.Timing? timing, ValidationPath at, ValidationPath path, DocumentIndex index, ErrorList errors)
    {
        if (timing is null)
        {
            return;
        }

        if (timing.Milestone is { } milestone && index.Milestones.TryGetValue(milestone, out var found) && found.Agreement.Id != agreement.Id && errors.ShouldList(path))
        {
            errors.Add(new(ErrorCodes.MilestoneOfAnotherAgreement, at.Dot("milestone").ToString(), $"milestone '{milestone}' is of agreement '{found.Agreement.Id}'; commitment '{commitment.Id}' of agreement '{agreement.Id}' cannot be timed from it"));
        }

        if (timing.After == commitment.Id && errors.ShouldList(path))
        {
            errors.Add(new(ErrorCodes.SelfReference, at.Dot("after").ToString(), $"commitment '{commitment.Id}' cannot be timed from its own completion"));
        }
    }

    /// <summary>
    /// Whether <paramref name="party"/> is <paramref name="asked"/>, or one of its bodies or parts (a chain of parent
    /// links up to it), or a member of it when it is a coalition: a ministry can meet a demand made of its state, and
    /// a member state one made of its coalition. The walk is bounded, as parent chains are.
    /// </summary>
    private static bool IsOrBelongsTo(PartyId party, PartyId asked, DocumentIndex index)
    {
        var coalition = index.Parties.GetValueOrDefault(asked) as Coalition;
        PartyId? current = party;
        for (var steps = 0; current is { } id && steps <= NegotiationDocument.MaxParentDepth + 1; steps++)
        {
            if (id == asked || (coalition is not null && HasMember(coalition, id, index)))
            {
                return true;
            }

            current = index.Parties.GetValueOrDefault(id)?.ParentId;
        }

        return false;
    }
}
