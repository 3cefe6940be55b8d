using System.Text;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// What a timeline of a document shows, worked out once for both writers (<see cref="TimelineSvg"/> and
/// <see cref="TimelineMermaid"/>): a lane per sanction (the period each dated change of its history opens), per
/// agreement (its date or milestones, its term and extensions, its clauses' invocations), per party's participation in
/// an agreement, for the performance of an agreement's commitments and of the pledges, and one for the events. A date
/// known only to the month or the year is a span from its first to its last day. Undated things are left out: they
/// have no place on a time axis. Lanes with nothing dated are left out too.
/// </summary>
internal sealed class TimelineModel
{
    private TimelineModel(string title, List<TimelineLane> lanes)
    {
        Title = title;
        Lanes = lanes;
    }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The lanes with at least one item, in document order: sanctions, agreements, pledges, events.</summary>
    public List<TimelineLane> Lanes { get; }

    /// <summary>The first day any item covers, or <see langword="null"/> when nothing is dated.</summary>
    public DateOnly? First => Lanes.Count == 0 ? null : Lanes.Min(l => l.Items.Min(i => i.Start));

    /// <summary>The last day any item covers, or <see langword="null"/> when nothing is dated.</summary>
    public DateOnly? Last => Lanes.Count == 0 ? null : Lanes.Max(l => l.Items.Max(i => i.End));

    /// <remarks>Linear in the size of the document, apart from sorting each lane's items.</remarks>
    public static TimelineModel Of(NegotiationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lanes = new List<TimelineLane>();
        string NameOf(PartyId id) => document.Find(id)?.Name ?? id.Value;

        foreach (var sanction in document.Sanctions)
        {
            var dated = sanction.History.Where(c => c.Date is not null).ToList();
            var items = new List<TimelineItem>();
            for (var i = 0; i < dated.Count; i++)
            {
                var change = dated[i];
                var date = change.Date!.Value;
                var label = $"{Words(change.Kind)} {date}";
                if (change.Kind is SanctionChangeKind.Lifted or SanctionChangeKind.Expired)
                {
                    items.Add(At(label, date));
                }
                else if (i + 1 < dated.Count)
                {
                    var next = dated[i + 1].Date!.Value.Start;
                    items.Add(new TimelineItem(label, date.Start, next > date.Start ? next.AddDays(-1) : date.Start, TimelineItemKind.Period));
                }
                else
                {
                    items.Add(new TimelineItem(label, date.Start, date.End, TimelineItemKind.OpenPeriod));
                }
            }

            Add(lanes, $"Sanction: {sanction.Program ?? sanction.Id.Value} ({NameOf(sanction.Authority)})", items);
        }

        foreach (var agreement in document.Agreements)
        {
            Agreement(lanes, agreement, NameOf);
        }

        var pledges = document.Pledges
            .SelectMany(p => p.Performance.Where(c => c.Date is not null).Select(c => At($"{p.Id.Value}: {Words(c.Status)} ({c.Date})", c.Date!.Value)))
            .ToList();
        Add(lanes, "Pledges: how they were kept", pledges);

        var events = document.Events
            .Select(e => e.EndDate is { } end
                ? new TimelineItem($"{e.Title} ({e.Date} to {end})", e.Date.Start, end.End, TimelineItemKind.Period)
                : At($"{e.Title} ({e.Date})", e.Date))
            .ToList();
        Add(lanes, "Events", events);
        return new TimelineModel(document.Title, lanes);
    }

    private static void Agreement(List<TimelineLane> lanes, Agreement agreement, Func<PartyId, string> nameOf)
    {
        var items = new List<TimelineItem>();
        var milestones = agreement.Milestones.Where(m => m.Date is not null).ToList();
        foreach (var milestone in milestones)
        {
            items.Add(At($"{milestone.Name} ({milestone.Date})", milestone.Date!.Value));
        }

        if (agreement.Date is { } date && !milestones.Any(m => m.Date == date))
        {
            items.Add(At($"date of the agreement ({date})", date));
        }

        if (agreement.Term is { Expires: { } expires } term)
        {
            // The term runs from entry into force, or the agreement's date when no entry into force is dated.
            var from = milestones.FirstOrDefault(m => m.Kind == MilestoneKind.EntryIntoForce)?.Date ?? agreement.Date;
            if (from is { } start && start.Start <= expires.End)
            {
                items.Add(new TimelineItem($"term to {expires}", start.Start, expires.End, TimelineItemKind.Period));
            }
            else
            {
                items.Add(At($"term ends ({expires})", expires));
            }

            var previous = expires;
            foreach (var extension in term.Extensions)
            {
                var label = $"extended on {extension.Date} to {extension.NewExpiry}";
                items.Add(previous.End < extension.NewExpiry.End
                    ? new TimelineItem(label, previous.End.AddDays(1), extension.NewExpiry.End, TimelineItemKind.Period)
                    : At(label, extension.Date));
                previous = extension.NewExpiry;
            }
        }

        foreach (var clause in agreement.Clauses)
        {
            foreach (var invocation in clause.Invocations)
            {
                items.Add(At($"{Words(clause.Kind)} clause invoked by {nameOf(invocation.Party)} ({invocation.Date})", invocation.Date));
            }
        }

        Add(lanes, $"Agreement: {agreement.Title}", items);

        foreach (var party in agreement.Participation.Select(s => s.Party).Distinct())
        {
            var steps = agreement.Participation.Where(s => s.Party == party).Select(s => At($"{Words(s.Step)} ({s.Date})", s.Date)).ToList();
            Add(lanes, $"{nameOf(party)}: participation", steps);
        }

        var performance = agreement.Commitments
            .SelectMany(c => c.Performance.Where(p => p.Date is not null).Select(p => At($"{c.Id.Value}: {Words(p.Status)} ({p.Date})", p.Date!.Value)))
            .ToList();
        Add(lanes, "Commitments: how they were kept", performance);
    }

    private static TimelineItem At(string label, PartialDate date)
        => new(label, date.Start, date.End, date.Precision == DatePrecision.Day ? TimelineItemKind.Day : TimelineItemKind.PartialDate);

    private static void Add(List<TimelineLane> lanes, string title, List<TimelineItem> items)
    {
        if (items.Count > 0)
        {
            lanes.Add(new TimelineLane(title, [.. items.OrderBy(i => i.Start).ThenBy(i => i.End)]));
        }
    }

    /// <summary>An enum value in words: <c>NoticeOfWithdrawal</c> becomes "notice of withdrawal", <c>Reimposed</c> "re-imposed".</summary>
    internal static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        if (name == nameof(SanctionChangeKind.Reimposed))
        {
            return "re-imposed";
        }

        var words = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
