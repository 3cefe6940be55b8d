using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Stances;

namespace Negotiation.Cli.Briefing;

/// <summary>Writes a briefing a person reads top to bottom: who is involved, who asks what, what is sanctioned, what is on the table, and when.</summary>
internal sealed class BriefingWriter(NegotiationDocument document, TextWriter output)
{
    public void Write()
    {
        output.WriteLine(document.Title);
        output.WriteLine(new string('=', Math.Min(document.Title.Length, 100)));
        if (document.Description is { } description)
        {
            output.WriteLine(description);
        }

        output.WriteLine();
        WriteParties();
        WriteDemands();
        WriteSanctions();
        WriteAgreements();
        WritePledges();
        WriteStances();
        WriteTimeline();
    }

    private void Heading(string title, int count)
    {
        output.WriteLine($"{title} ({count})");
    }

    private void WriteParties()
    {
        Heading("PARTIES", document.Parties.Count);
        var written = new HashSet<PartyId>();
        foreach (var state in document.Parties.OfType<State>())
        {
            output.WriteLine($"  {state.Name} ({state.Country})");
            written.Add(state.Id);
            foreach (var id in document.SubordinatesOf(state.Id))
            {
                var party = document.Find(id)!;
                var depth = document.AncestorsOf(id).TakeWhile(a => a != state.Id).Count() + 2;
                output.WriteLine($"{new string(' ', depth * 2)}{party.Name} ({Describe(party)})");
                written.Add(id);
            }
        }

        foreach (var party in document.Parties.Where(p => !written.Contains(p.Id)))
        {
            output.WriteLine($"  {party.Name} ({Describe(party)})");
        }

        output.WriteLine();
    }

    private static string Describe(Party party) => party switch
    {
        GovernmentBody body => Words(body.Type.ToString()),
        Organization organization => Words(organization.Type.ToString()),
        Person person when !person.Positions.IsEmpty => string.Join("; ", person.Positions.Select(p => p.From is { } from ? $"{p.Office}, from {from}" : p.Office)),
        Person => "person",
        Group { Size: { } size } group => $"{Words(group.Type.ToString())}, {size}",
        Group group => Words(group.Type.ToString()),
        Coalition coalition => $"coalition of {coalition.Members.Count}",
        _ => "party",
    };

    private void WriteDemands()
    {
        Heading("DEMANDS", document.Demands.Count);
        foreach (var demand in document.Demands)
        {
            output.WriteLine($"  * {Name(demand.From)} asks {string.Join(" and ", demand.Addressees.Select(Name))}: {Action(demand.Action)}");
            output.WriteLine($"      {Words(demand.Status.ToString())}{On(demand.Date)} · issue: {document.Find(demand.Issue)!.Title} · {Claim(demand.Attribution)}");
            if (!demand.InExchangeFor.IsEmpty)
            {
                output.WriteLine($"      in exchange for: {List(demand.InExchangeFor.Select(Label))}");
            }

            if (demand.Response is { } response)
            {
                var grounds = response.Grounds.IsEmpty ? string.Empty : $" (grounds: {List(response.Grounds.Select(Label))})";
                output.WriteLine($"      answer: {response.Reason}{grounds}");
            }
        }

        output.WriteLine();
    }

    private void WriteSanctions()
    {
        Heading("SANCTIONS", document.Sanctions.Count);
        foreach (var sanction in document.Sanctions)
        {
            var program = sanction.Program is null ? string.Empty : $"{sanction.Program}: ";
            output.WriteLine($"  * {program}{Name(sanction.Authority)} on {string.Join(", ", sanction.Targets.Select(Name))}");
            var since = sanction.ListingDate ?? sanction.StartDate;
            output.WriteLine($"      {Words(sanction.Status.ToString())}{(since is null ? string.Empty : $" since {since}")}{(sanction.EndDate is { } end ? $", ended {end}" : string.Empty)} · {string.Join(", ", sanction.Measures.Select(m => Words(m.ToString())))} · {Claim(sanction.Attribution)}");
            if (!sanction.History.IsEmpty)
            {
                output.WriteLine($"      history: {List(sanction.History.Select(c => $"{Words(c.Kind.ToString())}{(c.Date is { } d ? $" {d}" : string.Empty)}{(c.By is { } by ? $" (by {Label(by)})" : string.Empty)}"))}");
            }

            if (sanction.Reason is { } reason)
            {
                output.WriteLine($"      reason: {reason}");
            }
        }

        output.WriteLine();
    }

    private void WriteAgreements()
    {
        Heading("AGREEMENTS", document.Agreements.Count);
        foreach (var agreement in document.Agreements)
        {
            output.WriteLine($"  * {agreement.Title}");
            var venue = agreement.Venue is null ? string.Empty : $" · {agreement.Venue}";
            output.WriteLine($"      {Words(agreement.Status.ToString())}, {Words(agreement.Confirmation.ToString())}{On(agreement.Date)}{venue} · {Claim(agreement.Attribution)}");
            WriteVersionTwo(agreement);

            // The same action undertaken by several parties is a mutual undertaking: each gives it and has the
            // others', so it is told once, rather than as gifts that the ledger, counting only what acts on or is
            // for a party, finds nobody receiving.
            var mutual = agreement.Commitments.GroupBy(c => c.Action).Where(g => g.Select(c => c.By).Distinct().Count() > 1).ToList();
            var inMutual = mutual.SelectMany(g => g).Select(c => c.Id).ToHashSet();
            foreach (var undertaking in mutual)
            {
                output.WriteLine($"      {Names(undertaking.Select(c => c.By).Distinct())} each: {Item(Action(undertaking.Key))}");
            }

            var ledger = TradeOffLedger.Of(document, agreement.Id);
            foreach (var entry in ledger.Parties)
            {
                var gives = entry.Commitments.Where(c => !inMutual.Contains(c.Id)).Select(c => Action(c.Action)).ToList();
                var gets = entry.CommitmentsReceived.Where(c => !inMutual.Contains(c.Id)).Select(c => $"{Name(c.By)}: {Action(c.Action)}").ToList();
                if (gives.Count == 0 && gets.Count == 0 && inMutual.Count > 0)
                {
                    continue; // all it gives and gets is mutual, told above
                }

                output.WriteLine($"      {Name(entry.Party)} gives: {(gives.Count == 0 ? "nothing recorded" : List(gives))}");
                output.WriteLine($"      {Name(entry.Party)} gets:  {(gets.Count == 0 ? "nothing recorded" : List(gets))}");
            }

            foreach (var pair in ledger.QuidProQuos)
            {
                output.WriteLine($"      quid pro quo: {Name(pair.Giver)} ({pair.Gives.Id}) for {Name(pair.Receiver)} ({pair.InReturnFor.Id}){(pair.IsMutual ? ", each conditional on the other" : string.Empty)}");
            }
        }

        output.WriteLine();
    }

    /// <summary>
    /// What version 2 of the format says of an agreement beyond its commitments' ledger: who else takes part, its named
    /// days, its term, each party's steps, its clauses, and each commitment's terms, deadline and performance.
    /// </summary>
    private void WriteVersionTwo(Agreement agreement)
    {
        if (!agreement.Roles.IsEmpty)
        {
            output.WriteLine($"      roles: {List(agreement.Roles.Select(r => $"{Name(r.Party)} ({Words(r.Role.ToString())})"))}");
        }

        if (!agreement.Milestones.IsEmpty)
        {
            output.WriteLine($"      milestones: {List(agreement.Milestones.Select(m => $"{m.Name}{(m.Date is { } d ? $" {d}" : " (date not known)")}"))}");
        }

        if (agreement.Term is { } term)
        {
            var parts = new List<string>();
            if (term.Years is not null || term.Months is not null)
            {
                parts.Add($"{Count(term.Years, "year")}{(term.Years is not null && term.Months is not null ? " " : string.Empty)}{Count(term.Months, "month")}");
            }

            if (term.Expires is { } expires)
            {
                parts.Add($"expires {expires}");
            }

            if (term.Renewal != RenewalKind.None)
            {
                var period = term.RenewalYears is not null || term.RenewalMonths is not null ? $" for {Count(term.RenewalYears, "year")}{Count(term.RenewalMonths, "month")}" : string.Empty;
                parts.Add($"renewal {Words(term.Renewal.ToString())}{period}");
            }

            parts.AddRange(term.Extensions.Select(e => $"extended on {e.Date} to {e.NewExpiry}"));
            output.WriteLine($"      term: {string.Join(", ", parts)}");
        }

        foreach (var party in agreement.Participation.Select(p => p.Party).Distinct())
        {
            var steps = agreement.Participation.Where(p => p.Party == party).Select(p => $"{Words(p.Step.ToString())} {p.Date}{(p.Grounds is { } g ? $" (grounds: {Item(g)})" : string.Empty)}");
            output.WriteLine($"      participation of {Name(party)}: {List(steps)}");
        }

        foreach (var clause in agreement.Clauses)
        {
            var who = clause.InvocableBy.IsEmpty ? "any party" : Names(clause.InvocableBy);
            var restores = clause.Restores.IsEmpty ? string.Empty : $", restores {List(clause.Restores.Select(Label))}";
            var invoked = clause.Invocations.IsEmpty ? string.Empty : $"; invoked by {List(clause.Invocations.Select(i => $"{Name(i.Party)} on {i.Date}"))}";
            output.WriteLine($"      clause: {Words(clause.Kind.ToString())}, invocable by {who}{restores}{invoked}");
        }

        foreach (var commitment in agreement.Commitments.Where(c => !c.Action.Terms.IsEmpty || c.Deadline is not null || !c.Performance.IsEmpty || c.VerifiedBy is not null))
        {
            var details = new List<string>();
            details.AddRange(commitment.Action.Terms.Select(Quantity));
            if (document.DueDate(commitment.Id) is { } due)
            {
                details.Add($"due {due:yyyy-MM-dd}");
            }

            if (commitment.VerifiedBy is { } verifier)
            {
                details.Add($"verified by {Name(verifier)}");
            }

            if (!commitment.Performance.IsEmpty)
            {
                details.Add(Kept(commitment.Performance));
            }

            output.WriteLine($"      - {Name(commitment.By)}: {Item(Action(commitment.Action))} · {string.Join(" · ", details)}");
        }
    }

    /// <summary>Unilateral pledges, each with its party, when, and how far it has been kept.</summary>
    private void WritePledges()
    {
        if (document.Pledges.IsEmpty)
        {
            return;
        }

        Heading("PLEDGES", document.Pledges.Count);
        foreach (var pledge in document.Pledges)
        {
            var kept = pledge.Performance.IsEmpty ? string.Empty : $" · {Kept(pledge.Performance)}";
            output.WriteLine($"  * {Name(pledge.By)}: {Item(Action(pledge.Action))}{On(pledge.Date)}{kept} · {Claim(pledge.Attribution)}");
        }

        output.WriteLine();
    }

    private static string Quantity(Domain.Quantities.Quantity quantity)
    {
        var place = quantity.Place is { } p ? $" at {p}" : string.Empty;
        // Whole amounts with thousands separated (6,000,000,000), others as written (3.67).
        var amount = quantity.Amount == decimal.Truncate(quantity.Amount)
            ? quantity.Amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : quantity.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{Words(quantity.Comparator.ToString())} {amount} {(quantity.Unit == Domain.Quantities.QuantityUnit.Count ? string.Empty : quantity.Unit + " ")}{quantity.Item}{place}";
    }

    /// <summary>How a commitment or a pledge was kept, change by change: <c>in progress 2011-02-05, then suspended 2020-03</c>.</summary>
    private static string Kept(Domain.Collections.EquatableArray<Domain.Performance.PerformanceChange> performance)
        => string.Join(", then ", performance.Select(p => $"{Words(p.Status.ToString())}{(p.Date is { } d ? $" {d}" : string.Empty)}"));

    private static string Count(int? amount, string unit) => amount is { } n ? $"{n} {unit}{(n == 1 ? string.Empty : "s")}" : string.Empty;

    /// <summary>Every stance of the document, grouped by what it is on, the subjects in the order the document first names them.</summary>
    private void WriteStances()
    {
        Heading("STANCES", document.Stances.Count);
        foreach (var subject in document.Stances.GroupBy(s => s.Subject))
        {
            output.WriteLine($"  * on {Subject(subject.Key)}");
            foreach (var stance in subject)
            {
                var statement = stance.Statement is { } s ? $": {s}" : string.Empty;
                var condition = stance.Condition is { } c ? $" (on condition: {Item(c)})" : string.Empty;
                output.WriteLine($"      {Position(stance.Position)}: {Name(stance.Party)}{statement}{condition} ({Claim(stance.Attribution)}{On(stance.Date)})");
            }
        }

        output.WriteLine();
    }

    private static string Position(StancePosition position) => position switch
    {
        StancePosition.Support => "for",
        StancePosition.Oppose => "against",
        _ => Words(position.ToString()),
    };

    /// <summary>What a stance is on, said as a person would: its kind and its title, or what it asks or does.</summary>
    private string Subject(Reference subject) => subject.Kind switch
    {
        ReferenceKind.Agreement when document.Find(new AgreementId(subject.Id)) is { } a => $"the agreement \"{a.Title}\"",
        ReferenceKind.Issue when document.Find(new IssueId(subject.Id)) is { } i => $"the issue \"{i.Title}\"",
        ReferenceKind.Demand when document.Find(new DemandId(subject.Id)) is { } d => $"the demand \"{Item(Action(d.Action))}\", asked by {Name(d.From)}",
        ReferenceKind.Commitment when document.Find(new CommitmentId(subject.Id)) is { } c => $"the commitment \"{Item(Action(c.Action))}\", by {Name(c.By)}",
        ReferenceKind.Pledge when document.Find(new PledgeId(subject.Id)) is { } p => $"the pledge \"{Item(Action(p.Action))}\", by {Name(p.By)}",
        ReferenceKind.Event when document.Find(new EventId(subject.Id)) is { } e => $"the event \"{e.Title}\"",
        ReferenceKind.Party => Name(new PartyId(subject.Id)),
        _ => Label(subject),
    };

    private void WriteTimeline()
    {
        Heading("TIMELINE", document.Events.Count);
        foreach (var e in document.Timeline())
        {
            var place = e.Place is null ? string.Empty : $" ({e.Place})";
            var until = e.EndDate is { } end ? $" (until {end})" : string.Empty;
            output.WriteLine($"  {e.Date,-10}  {e.Title}{until}{place}");
        }
    }

    private string Name(PartyId id) => document.Find(id)?.Name ?? id.Value;

    private string Action(PolicyAction action)
    {
        var text = action.Description ?? Words(action.Kind.ToString());
        if (action.Kind == ActionKind.LiftSanction && action.Description is null)
        {
            text = $"lift {string.Join(", ", action.Sanctions.Select(s => document.Find(s)?.Program ?? s.Value))}";
        }

        return text;
    }

    private string Label(Reference reference) => reference.Kind switch
    {
        ReferenceKind.Demand when document.Find(new DemandId(reference.Id)) is { } d => $"{Item(Action(d.Action))}, asked by {Name(d.From)}",
        ReferenceKind.Sanction when document.Find(new SanctionId(reference.Id)) is { } s => $"the sanction {s.Program ?? s.Id.Value} on {string.Join(", ", s.Targets.Select(Name))}",
        ReferenceKind.Party => Name(new PartyId(reference.Id)),
        ReferenceKind.Agreement when document.Find(new AgreementId(reference.Id)) is { } a => $"the agreement \"{a.Title}\"",
        ReferenceKind.Event when document.Find(new EventId(reference.Id)) is { } e => $"the event \"{e.Title}\"",
        _ => reference.ToString(),
    };

    private string Claim(Attribution? attribution)
    {
        if (attribution is null)
        {
            return "unattributed";
        }

        var sources = string.Join(", ", attribution.Sources.Select(s => document.Find(s)?.Publisher ?? s.Value));
        var contested = attribution.Counterclaims.IsEmpty ? string.Empty : $"; contested by {string.Join(", ", attribution.Counterclaims.SelectMany(c => c.Sources).Select(s => document.Find(s)?.Publisher ?? s.Value))}";
        return $"{Words(attribution.Confidence.ToString())} ({sources}{contested})";
    }

    private static string On(Domain.Dates.PartialDate? date) => date is { } d ? $", {d}" : string.Empty;

    /// <summary>
    /// Items of a list joined by semicolons, each without the full stop a description may end with (so never ".;").
    /// </summary>
    private static string List(IEnumerable<string> items) => string.Join("; ", items.Select(Item));

    /// <summary>A description as an item of a list or a quotation: without its final full stop.</summary>
    private static string Item(string text) => text.EndsWith('.') && !text.EndsWith("...", StringComparison.Ordinal) ? text[..^1] : text;

    /// <summary>Party names as a list: <c>A</c>, <c>A and B</c>, <c>A, B and C</c>.</summary>
    private string Names(IEnumerable<PartyId> parties)
    {
        var names = parties.Select(Name).ToList();
        return names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    /// <summary>Turns an enum name into words: <c>InForce</c> → <c>in force</c>.</summary>
    private static string Words(string pascal)
        => string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i == 0 ? char.ToLowerInvariant(c).ToString() : " " + char.ToLowerInvariant(c)) : c.ToString()));
}
