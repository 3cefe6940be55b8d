using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Schedules;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The rules a valid document keeps that <see cref="FormatDescription"/> does not carry, and so the document generator
/// (<see cref="DocumentDrafter"/>) keeps by hand. This is the whole list; everything else the generator does follows
/// from the description. The description says what each member holds and names the guards its record applies to it;
/// these rules reach across members or records (DocumentValidator, PolicyAction), or are checked inline in an
/// <c>init</c> accessor without a guard's name. A rule added there belongs here: until it is, the generator makes
/// documents that break it, and every test that uses them fails with the document-level error.
/// <list type="number">
/// <item>The first two parties are states: a government body needs a state or a body above it, and a demand, a sanction and an agreement need two parties.</item>
/// <item>No cycle, and nothing names itself: an id (or a reference) of the kind of a record that holds it names an earlier record of that kind (parents, affiliations, coalition members, conditions, exchanges).</item>
/// <item>A government body's parent is a state, a government body or an intergovernmental organization.</item>
/// <item>A demand is made of another party: <c>to</c> is not <c>from</c>, and <c>alsoTo</c> holds neither.</item>
/// <item>A sanction's authority is not among its targets, and no target is a coalition (which might hold the authority, directly or through another coalition).</item>
/// <item>An agreement has at least two parties.</item>
/// <item>A commitment is made by a party to its agreement or a member of a coalition that is (directly or through another), and fulfils only demands made of the party that makes it.</item>
/// <item>An action's kind asks for more (a lift names a sanction, "other" has a description, a limit a term or an item: <see cref="PolicyAction"/> lists them). The drafter asks the record which members its kind takes, and adds one it lacks.</item>
/// <item>A record's dates come in the order of its members (a sanction's listing, start and end; a position's from and to), and a nested record's after them (a demand's date, then its response's). The drafter keeps this one for every record.</item>
/// <item>A whole number (a group's size) is a count, at least one. The drafter keeps this one too.</item>
/// <item>An agreement gives a party each role once (<c>RepeatedRoles</c> compares two members of two items, which no member's description says).</item>
/// <item>A party does not recognise itself: a recognition's <c>recognized</c> is not its <c>by</c>.</item>
/// <item>A term's extensions come in date order, and each sets an expiry no earlier than the one it extends (the term's <c>expires</c>, or the previous extension's).</item>
/// <item>A participation step is taken by a party to its agreement; a party's steps come in date order, a ratification, acceptance or approval after its signature, a resumption after a suspension, nothing after its withdrawal.</item>
/// <item>A clause is invoked by a party it allows: one of its <c>invocableBy</c>, or of its agreement's parties when it names none.</item>
/// <item>A commitment's timing has exactly one anchor (a date, a milestone, a commitment), and its milestone is one of the commitment's own agreement.</item>
/// <item>A history (a sanction's changes, a commitment's or a pledge's performance) comes in date order: no dated change counts from before the dated change listed before it.</item>
/// <item>A bargaining domain names each document issue once, each party's preferences once and each agreement's outcome once; an issue's option labels differ; each party's preferences name the domain's issues in order, a value per option, a weight above zero somewhere, and its reservation one way; every outcome names one option label per issue.</item>
/// <item>A change in a sanction's history follows from the change before it (<c>Sanction.Follows</c>): a proposal only first, an imposition first or after a proposal, a re-imposition after a waiver, a suspension, a lift or an expiry, ....</item>
/// </list>
/// </summary>
internal static class UndescribedRules
{
    /// <summary>Rule 1: the kind a record of several kinds must be at <paramref name="position"/> of its array, or <see langword="null"/> for any.</summary>
    public static Type? KindAt(RecordDescription record, int position)
        => record.Type == typeof(Party) && position < 2 ? typeof(State) : null;

    /// <summary>Rule 1: the fewest records of <paramref name="record"/> a document has.</summary>
    public static int LeastRecords(RecordDescription record) => record.Type == typeof(Party) ? 2 : 0;

    /// <summary>Rule 6: the fewest items the array <paramref name="member"/> of <paramref name="record"/> has.</summary>
    public static int LeastItems(RecordDescription record, MemberDescription member)
        => record.Type == typeof(Agreement) && member.JsonName == "parties" ? 2 : 0;

    /// <summary>Rules 2 to 5, 7, 12 and 13: whether the member <paramref name="member"/> of <paramref name="holder"/> may name <paramref name="candidate"/>.</summary>
    public static bool Allows(RecordDraft holder, MemberDescription member, RecordDraft candidate, DocumentDrafter drafter)
    {
        // Rule 2: within the nearest record of the candidate's kind that holds this member, only earlier ones.
        for (var record = holder; record is not null; record = record.Holder)
        {
            if (record.OwnId?.GetType() == candidate.OwnId!.GetType())
            {
                if (candidate.Ordinal >= record.Ordinal)
                {
                    return false;
                }

                break;
            }
        }

        return (holder.Record.Type, member.JsonName) switch
        {
            (var type, "parent") when type == typeof(GovernmentBody) => candidate.Record.Type == typeof(State) || candidate.Record.Type == typeof(GovernmentBody)
                || (candidate.Record.Type == typeof(Organization) && Equals(candidate.Values["type"], OrganizationType.Intergovernmental)),
            (var type, "to") when type == typeof(Demand) => !Equals(candidate.OwnId, drafter.ValueOf(holder, "from")),
            (var type, "alsoTo") when type == typeof(Demand) => !Equals(candidate.OwnId, drafter.ValueOf(holder, "from")) && !Equals(candidate.OwnId, drafter.ValueOf(holder, "to")),
            (var type, "targets") when type == typeof(Sanction) => !Equals(candidate.OwnId, drafter.ValueOf(holder, "authority")) && candidate.Record.Type != typeof(Coalition),
            (var type, "by") when type == typeof(Commitment) => ((List<object?>)drafter.ValueOf(holder.Holder!, "parties")!).Any(party => Equals(party, candidate.OwnId) || IsMember(candidate.OwnId!, party!, drafter, [])),
            (var type, "fulfils") when type == typeof(Commitment) => Equals(drafter.ValueOf(candidate, "to"), drafter.ValueOf(holder, "by")),
            (var type, "party") when type == typeof(ParticipationStep) => ((List<object?>)drafter.ValueOf(holder.Holder!, "parties")!).Any(party => Equals(party, candidate.OwnId)),
            (var type, "party") when type == typeof(ClauseInvocation) => drafter.ValueOf(holder.Holder!, "invocableBy") is List<object?> { Count: > 0 } allowed
                ? allowed.Any(party => Equals(party, candidate.OwnId))
                : ((List<object?>)drafter.ValueOf(holder.Holder!.Holder!, "parties")!).Any(party => Equals(party, candidate.OwnId)),
            (var type, "recognized") when type == typeof(Recognition) => !Equals(candidate.OwnId, drafter.ValueOf(holder, "by")),
            (var type, "milestone") when type == typeof(Timing) => candidate.Holder == holder.Holder?.Holder,
            _ => true,
        };
    }

    /// <summary>Rule 7: whether <paramref name="member"/> is a member of the coalition <paramref name="party"/>, if it is one, directly or through coalitions in it.</summary>
    private static bool IsMember(object member, object party, DocumentDrafter drafter, HashSet<object> seen)
    {
        if (!seen.Add(party) || drafter.Owner(party) is not { } coalition || coalition.Record.Type != typeof(Coalition))
        {
            return false;
        }

        return ((List<object?>)drafter.ValueOf(coalition, "members")!).Any(inner => Equals(inner, member) || IsMember(member, inner!, drafter, seen));
    }

    /// <summary>
    /// Rule 8: completes a drafted action (once its ids are chosen) with what its kind asks for. Which members make an
    /// action of a kind acceptable is asked of <see cref="PolicyAction"/>'s own constructor, as the schema generator
    /// asks it, so a kind added with a rule of its own is drafted right without a line here. Rule 11: gives a role
    /// whose party already has its kind in an earlier role of the agreement (finished before it) a kind the party
    /// has not: an agreement has at most three roles, and there are eleven kinds.
    /// </summary>
    public static void Finish(RecordDraft draft, DocumentDrafter drafter)
    {
        if (draft.Record.Type == typeof(ParticipationStep))
        {
            FinishParticipation(draft, drafter);
            return;
        }

        if (draft.Record.Type == typeof(TermExtension))
        {
            FinishExtension(draft);
            return;
        }

        if (draft.Record.Type == typeof(Domain.Bargaining.BargainingDomain))
        {
            FinishDomain(draft, drafter);
            return;
        }

        if (draft.Record.Type == typeof(Domain.Bargaining.NegotiableIssue))
        {
            // Labels are random names, which may repeat: the later copy gets a number.
            var labels = new HashSet<string>(StringComparer.Ordinal);
            foreach (var option in ((List<object?>)draft.Values["options"]!).Cast<RecordDraft>())
            {
                var label = (string)option.Values["label"]!;
                for (var n = 2; !labels.Add(label); n++)
                {
                    label = $"{option.Values["label"]} {n}";
                }

                option.Values["label"] = label;
            }

            return;
        }

        if (draft.Record.Type == typeof(Domain.Bargaining.PartyPreferences))
        {
            FinishPreferences(draft, drafter);
            return;
        }

        if (draft.Record.Type == typeof(Domain.Bargaining.AgreementOutcome))
        {
            draft.Values["options"] = Outcome(draft.Holder!, drafter);
            return;
        }

        if (draft.Record.Type == typeof(SanctionChange) || draft.Record.Type == typeof(Performance.PerformanceChange))
        {
            FinishChange(draft, draft.Record.Type == typeof(SanctionChange) ? "history" : "performance");
            return;
        }

        if (draft.Record.Type == typeof(Timing))
        {
            // Rule 16: one anchor stays, an id rather than a date where one was drafted (ids are the rarer, and each
            // needs a record to name); with none (a milestone or a commitment with nothing to name), a date.
            var ids = TimingAnchors.Skip(1).Where(draft.Values.ContainsKey).ToList();
            if (ids.Count == 0 && draft.Holder?.Holder?.Values.GetValueOrDefault("milestones") is List<object?> { Count: > 0 } milestones)
            {
                // A milestone of the agreement when it has one: only a timing can name it, so it is named often enough to be tested.
                draft.Values["milestone"] = ((RecordDraft)drafter.Values.Pick(milestones)!).OwnId;
                ids.Add("milestone");
            }

            var kept = ids.Count > 0 ? drafter.Values.Pick(ids) : "date";
            foreach (var extra in TimingAnchors.Where(anchor => anchor != kept))
            {
                draft.Values.Remove(extra);
            }

            if (!draft.Values.ContainsKey(kept))
            {
                draft.Values["date"] = drafter.Values.Date(null);
            }

            return;
        }

        if (draft.Record.Type == typeof(AgreementRole))
        {
            var party = drafter.ValueOf(draft, "party");
            var taken = ((List<object?>)draft.Holder!.Values["roles"]!)
                .Cast<RecordDraft>()
                .TakeWhile(role => role != draft)
                .Where(role => Equals(role.Values["party"], party))
                .Select(role => (RoleKind)role.Values["role"]!)
                .ToHashSet();
            if (taken.Contains((RoleKind)draft.Values["role"]!))
            {
                draft.Values["role"] = Enum.GetValues<RoleKind>().First(kind => !taken.Contains(kind));
            }

            return;
        }

        if (draft.Record.Type != typeof(PolicyAction))
        {
            return;
        }

        var values = draft.Values;
        var kind = (ActionKind)values["kind"]!;
        var present = ActionMembers.Where(values.ContainsKey).ToHashSet();
        if (Accepts(kind, present))
        {
            return;
        }

        // The cheapest member that makes it acceptable: text first, then a party (a document has two at least), a
        // sanction if the document has one, then a term.
        foreach (var member in new[] { "items", "description", "targets", "sanctions", "terms" })
        {
            if (!Accepts(kind, new HashSet<string>(present) { member }))
            {
                continue;
            }

            object? value = member switch
            {
                "items" => new List<object?> { drafter.Values.Text(multiline: false) },
                "description" => drafter.Values.Text(multiline: true),
                "targets" => drafter.AnyId(typeof(PartyId)) is { } party ? new List<object?> { party } : null,
                "sanctions" => drafter.AnyId(typeof(SanctionId)) is { } sanction ? new List<object?> { sanction } : null,
                _ => new List<object?> { new Quantities.Quantity("units", Quantities.Comparator.AtMost, drafter.Values.Amount(), drafter.Values.Unit()) },
            };
            if (value is not null)
            {
                values[member] = value;
                return;
            }
        }

        values["kind"] = ActionKind.Release; // a kind that needs a sanction, in a document without one, has nothing to name
    }

    /// <summary>
    /// Rule 14: moves a step's date up to its party's step before it, and makes its kind one that follows from the
    /// party's steps before it: a ratification (acceptance, approval) before a signature becomes the signature, a
    /// resumption without a suspension a suspension, and a withdrawal that is not the agreement's last step a notice of
    /// withdrawal, so that nothing follows a withdrawal.
    /// </summary>
    private static void FinishParticipation(RecordDraft draft, DocumentDrafter drafter)
    {
        var all = ((List<object?>)draft.Holder!.Values["participation"]!).Cast<RecordDraft>().ToList();
        var party = drafter.ValueOf(draft, "party");
        var before = all.TakeWhile(s => s != draft).Where(s => Equals(drafter.ValueOf(s, "party"), party)).Select(s => (ParticipationStepKind)s.Values["step"]!).ToList();
        var previous = all.TakeWhile(s => s != draft).LastOrDefault(s => Equals(drafter.ValueOf(s, "party"), party));
        if (previous is not null && ((PartialDate)draft.Values["date"]!).IsBefore((PartialDate)previous.Values["date"]!))
        {
            draft.Values["date"] = previous.Values["date"];
        }

        var suspended = before.LastOrDefault(k => k is ParticipationStepKind.Suspension or ParticipationStepKind.Resumption) == ParticipationStepKind.Suspension;
        draft.Values["step"] = (ParticipationStepKind)draft.Values["step"]! switch
        {
            ParticipationStepKind.Ratification or ParticipationStepKind.Acceptance or ParticipationStepKind.Approval when !before.Contains(ParticipationStepKind.Signature) => ParticipationStepKind.Signature,
            ParticipationStepKind.Resumption when !suspended => ParticipationStepKind.Suspension,
            ParticipationStepKind.Withdrawal when all[^1] != draft => ParticipationStepKind.NoticeOfWithdrawal,
            var kind => kind,
        };
    }

    /// <summary>Rule 19: a domain's issues, parties and agreements each once (the first kept); their ids chosen now, for the rules of the records inside.</summary>
    private static void FinishDomain(RecordDraft draft, DocumentDrafter drafter)
    {
        foreach (var (member, key) in new[] { ("issues", "issue"), ("preferences", "party"), ("outcomes", "agreement") })
        {
            if (draft.Values.GetValueOrDefault(member) is not List<object?> items)
            {
                continue;
            }

            var seen = new HashSet<object>();
            var kept = items.Cast<RecordDraft>().Where(item => drafter.ValueOf(item, key) is { } id && seen.Add(id)).Cast<object?>().ToList();
            if (kept.Count == 0)
            {
                draft.Values.Remove(member);
            }
            else
            {
                draft.Values[member] = kept;
            }
        }
    }

    /// <summary>Rule 19: one preference per issue of the domain, in order, a value per option, some weight above zero, the reservation one way.</summary>
    private static void FinishPreferences(RecordDraft draft, DocumentDrafter drafter)
    {
        var issues = ((List<object?>)draft.Holder!.Values["issues"]!).Cast<RecordDraft>().ToList();
        var drafted = ((List<object?>)draft.Values["issues"]!).Cast<RecordDraft>().ToList();
        var preferences = new List<object?>();
        for (var k = 0; k < issues.Count; k++)
        {
            var preference = k < drafted.Count ? drafted[k] : Copy(drafted[0], draft);
            preference.Values["issue"] = drafter.ValueOf(issues[k], "issue");
            preference.Values["values"] = ((List<object?>)issues[k].Values["options"]!).Select(_ => (object?)drafter.Values.Amount(["OutsideUnitInterval"])).ToList();
            preferences.Add(preference);
        }

        if (preferences.Cast<RecordDraft>().All(p => (decimal)p.Values["weight"]! == 0))
        {
            ((RecordDraft)preferences[0]!).Values["weight"] = 0.5m;
        }

        draft.Values["issues"] = preferences;
        if (draft.Values.ContainsKey("reservationOutcome"))
        {
            draft.Values.Remove("reservationValue");
            draft.Values["reservationOutcome"] = Outcome(draft.Holder, drafter);
        }
    }

    /// <summary>Rule 19: one option label of each issue of <paramref name="domain"/>, in order.</summary>
    private static List<object?> Outcome(RecordDraft domain, DocumentDrafter drafter)
        => [.. ((List<object?>)domain.Values["issues"]!).Cast<RecordDraft>()
            .Select(issue => drafter.Values.Pick(((List<object?>)issue.Values["options"]!).Cast<RecordDraft>().ToList()).Values["label"])];

    private static RecordDraft Copy(RecordDraft original, RecordDraft holder)
    {
        var copy = new RecordDraft(original.Record, holder);
        foreach (var (name, value) in original.Values)
        {
            copy.Values[name] = value;
        }

        return copy;
    }

    /// <summary>
    /// Rule 17: moves a change's date up to the last dated change before it, where it counts from before it. Rule 18:
    /// makes a sanction change's kind one that follows from the change before it: the first kind, in the enum's order,
    /// that does (every change has one: a re-imposition follows the changes that end or waive, a lift those that impose).
    /// </summary>
    private static void FinishChange(RecordDraft draft, string member)
    {
        var before = ((List<object?>)draft.Holder!.Values[member]!).Cast<RecordDraft>().TakeWhile(c => c != draft).ToList();
        var lastDated = before.Select(c => c.Values.GetValueOrDefault("date") as PartialDate?).LastOrDefault(d => d is not null);
        if (lastDated is { } floor && draft.Values.GetValueOrDefault("date") is PartialDate date && date.Start < floor.Start)
        {
            draft.Values["date"] = floor;
        }

        if (member == "history")
        {
            var previous = before.Count == 0 ? null : new SanctionChange((SanctionChangeKind)before[^1].Values["kind"]!);
            if (!Sanction.Follows((SanctionChangeKind)draft.Values["kind"]!, previous))
            {
                draft.Values["kind"] = Enum.GetValues<SanctionChangeKind>().First(kind => Sanction.Follows(kind, previous));
            }
        }
    }

    /// <summary>Rule 13: moves an extension's date and new expiry up to those it follows, where they are before them.</summary>
    private static void FinishExtension(RecordDraft draft)
    {
        var term = draft.Holder!;
        var previous = ((List<object?>)term.Values["extensions"]!).Cast<RecordDraft>().TakeWhile(e => e != draft).LastOrDefault();
        var expiry = previous is null ? term.Values.GetValueOrDefault("expires") as PartialDate? : (PartialDate)previous.Values["newExpiry"]!;
        if (previous is not null && ((PartialDate)draft.Values["date"]!).IsBefore((PartialDate)previous.Values["date"]!))
        {
            draft.Values["date"] = previous.Values["date"];
        }

        if (expiry is { } before && ((PartialDate)draft.Values["newExpiry"]!).IsBefore(before))
        {
            draft.Values["newExpiry"] = before;
        }
    }

    /// <summary>Rule 16: a timing's anchors, of which it has exactly one.</summary>
    private static readonly string[] TimingAnchors = ["date", "milestone", "after"];

    /// <summary>The optional members of an action that its kind may ask for.</summary>
    private static readonly string[] ActionMembers = ["description", "targets", "sanctions", "items", "terms"];

    /// <summary>Whether <see cref="PolicyAction"/>'s constructor takes an action of <paramref name="kind"/> with <paramref name="members"/> set.</summary>
    private static bool Accepts(ActionKind kind, IReadOnlySet<string> members)
    {
        try
        {
            _ = new PolicyAction(
                kind,
                members.Contains("description") ? "d" : null,
                members.Contains("targets") ? [new PartyId("p")] : default,
                members.Contains("sanctions") ? [new SanctionId("s")] : default,
                members.Contains("items") ? ["i"] : default,
                members.Contains("terms") ? [new Quantities.Quantity("q", Quantities.Comparator.AtMost, 1, Quantities.QuantityUnit.Count)] : default);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
