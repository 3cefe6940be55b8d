using Negotiation.Domain.Actions;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;

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
                output.WriteLine($"      in exchange for: {string.Join("; ", demand.InExchangeFor.Select(Label))}");
            }

            if (demand.Response is { } response)
            {
                var grounds = response.Grounds.IsEmpty ? string.Empty : $" (grounds: {string.Join("; ", response.Grounds.Select(Label))})";
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

            var ledger = TradeOffLedger.Of(document, agreement.Id);
            foreach (var entry in ledger.Parties)
            {
                var gives = entry.Commitments.Select(c => Action(c.Action)).DefaultIfEmpty("nothing recorded");
                var gets = entry.CommitmentsReceived.Select(c => $"{Name(c.By)}: {Action(c.Action)}").DefaultIfEmpty("nothing recorded");
                output.WriteLine($"      {Name(entry.Party)} gives: {string.Join("; ", gives)}");
                output.WriteLine($"      {Name(entry.Party)} gets:  {string.Join("; ", gets)}");
            }

            foreach (var pair in ledger.QuidProQuos)
            {
                output.WriteLine($"      quid pro quo: {Name(pair.Giver)} ({pair.Gives.Id}) for {Name(pair.Receiver)} ({pair.InReturnFor.Id}){(pair.IsMutual ? ", each conditional on the other" : string.Empty)}");
            }

            WriteStakeholders("for", ledger.Stakeholders.Support);
            WriteStakeholders("conditional", ledger.Stakeholders.Conditional);
            WriteStakeholders("against", ledger.Stakeholders.Oppose);
        }

        output.WriteLine();
    }

    private void WriteStakeholders(string label, IEnumerable<StakeholderStance> stances)
    {
        foreach (var stance in stances)
        {
            var statement = stance.Stance.Statement is { } s ? $": {s}" : string.Empty;
            output.WriteLine($"      {label}: {Name(stance.Stance.Party)}{statement} ({Claim(stance.Stance.Attribution)})");
        }
    }

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
        ReferenceKind.Demand when document.Find(new DemandId(reference.Id)) is { } d => $"{Name(d.From)}'s demand: {Action(d.Action)}",
        ReferenceKind.Sanction when document.Find(new SanctionId(reference.Id)) is { } s => $"the sanction {s.Program ?? s.Id.Value} on {string.Join(", ", s.Targets.Select(Name))}",
        ReferenceKind.Party => Name(new PartyId(reference.Id)),
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

    /// <summary>Turns an enum name into words: <c>InForce</c> → <c>in force</c>.</summary>
    private static string Words(string pascal)
        => string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i == 0 ? char.ToLowerInvariant(c).ToString() : " " + char.ToLowerInvariant(c)) : c.ToString()));
}
