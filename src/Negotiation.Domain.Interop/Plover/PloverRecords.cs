using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Performance;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Interop.Plover;

/// <summary>The mapping of the design note, record by record: makes the PLOVER records of one document and the notes of what it leaves out.</summary>
internal sealed class PloverRecords
{
    private readonly NegotiationDocument _document;
    private readonly string _prefix;
    private readonly List<PloverRecord> _records = [];
    private readonly List<ImportNote> _notes = [];
    private readonly PloverEntities _entities;

    private PloverRecords(NegotiationDocument document)
    {
        _document = document;
        _prefix = document.Id.Value;
        _entities = new PloverEntities(document, _notes);
    }

    public static PloverExportResult Make(NegotiationDocument document)
    {
        var export = new PloverRecords(document);
        foreach (var demand in document.Demands)
        {
            export.Demand(demand);
        }

        foreach (var sanction in document.Sanctions)
        {
            export.Sanction(sanction);
        }

        foreach (var agreement in document.Agreements)
        {
            export.Agreement(agreement);
        }

        foreach (var e in document.Events)
        {
            export.Event(e);
        }

        foreach (var stance in document.Stances)
        {
            export.Stance(stance);
        }

        foreach (var pledge in document.Pledges)
        {
            export.Note(PloverNoteCodes.RecordKindNotExported, pledge.Id, null, "A pledge is not one of the records the PLOVER export covers (demands, sanctions, commitments, events, stances).");
        }

        foreach (var recognition in document.Recognitions)
        {
            export.Note(PloverNoteCodes.RecordKindNotExported, recognition.Id, null, "A recognition is not one of the records the PLOVER export covers (demands, sanctions, commitments, events, stances).");
        }

        return new PloverExportResult(export._records, export._notes);
    }

    // ---- demands: REQUEST, then the answer ----

    private void Demand(Demand demand)
    {
        var requested = PloverMapping.For(demand.Action.Kind, ActionStage.Requested);
        var context = Contexts([demand.Issue]);
        var confidence = demand.Attribution?.Confidence;
        if (demand.Date is { } date)
        {
            Add(new PloverRecord(Id(demand.Id, "request"), date, Entities([demand.From], date), Entities(demand.Addressees, date), requested.Category, requested.Mode, demand.Id)
            {
                Cameo = requested.Cameo,
                EventText = demand.Action.Description,
                Context = context,
                Confidence = confidence,
                Comment = demand.Note,
            });
        }
        else
        {
            Note(PloverNoteCodes.Undated, demand.Id, "date", "The demand has no date: its REQUEST is not exported.");
        }

        var response = demand.Response;
        switch (demand.Status)
        {
            case DemandStatus.Rejected:
                // REJECT shares REQUEST's modes: the rejection of a request to yield is REJECT yield.
                Answer(demand, "reject", new PloverCode(PloverCategory.Reject, requested.Mode, null), demand.Addressees, [demand.From], response?.Reason, context, "rejection");
                break;
            case DemandStatus.Withdrawn:
                // The manual, under REQUEST: "Withdrawing a demand should be coded as CONCEDE."
                Answer(demand, "withdraw", new PloverCode(PloverCategory.Concede, null, null), [demand.From], demand.Addressees, response?.Reason, context, "withdrawal");
                break;
            case DemandStatus.Accepted or DemandStatus.Fulfilled when !IsFulfilledByACommitment(demand.Id):
                var stage = demand.Status == DemandStatus.Accepted ? ActionStage.Promised : ActionStage.CarriedOut;
                Answer(demand, demand.Status == DemandStatus.Accepted ? "accept" : "fulfil", PloverMapping.For(demand.Action.Kind, stage), demand.Addressees, [demand.From], demand.Action.Description, context, demand.Status == DemandStatus.Accepted ? "acceptance" : "fulfilment");
                break;

            // Accepted or fulfilled through an agreement: the commitment that fulfils the demand is exported, as the
            // promise and as the acts of its performance, and names the demand (fulfils); it is not coded twice.
            default:
                break;
        }
    }

    private void Answer(Demand demand, string what, PloverCode code, IEnumerable<PartyId> actor, IEnumerable<PartyId> recipient, string? text, EquatableArray<string> context, string name)
    {
        if (demand.Response?.Date is not { } date)
        {
            Note(PloverNoteCodes.Undated, demand.Id, "response.date", $"The demand's {name} has no date (the response gives none): its {PloverScores.NameOf(code.Category)} is not exported.");
            return;
        }

        Add(new PloverRecord(Id(demand.Id, what), date, Entities(actor, date), Entities(recipient, date), code.Category, code.Mode, demand.Id)
        {
            Cameo = code.Cameo,
            EventText = text,
            Context = context,
            Confidence = demand.Response.Attribution?.Confidence ?? demand.Attribution?.Confidence,
        });
    }

    private bool IsFulfilledByACommitment(DemandId demand)
        => _document.Agreements.Any(a => a.Commitments.Any(c => c.Fulfils.AsSpan().Contains(demand)));

    // ---- sanctions: SANCTION discontinue, THREATEN restrict, RETREAT ----

    private void Sanction(Sanction sanction)
    {
        var text = sanction.Description ?? sanction.Program;
        var confidence = sanction.Attribution?.Confidence;

        // In force since before its history (or with none): the listing is its imposition.
        if (sanction.History.IsEmpty || sanction.History[0].Kind is not (SanctionChangeKind.Proposed or SanctionChangeKind.Imposed or SanctionChangeKind.Reimposed))
        {
            var imposed = PloverMapping.For(SanctionChangeKind.Imposed)!.Value;
            if (sanction.ListingDate is { } listed)
            {
                Add(SanctionRecord(sanction, Id(sanction.Id, "listed"), listed, imposed, text, confidence, null));
            }
            else
            {
                Note(PloverNoteCodes.Undated, sanction.Id, "listingDate", "The sanction has no listing date and its history no dated imposition: its SANCTION is not exported.");
            }
        }

        for (var i = 0; i < sanction.History.Count; i++)
        {
            var change = sanction.History[i];
            var property = $"history[{i}]";
            if (PloverMapping.For(change.Kind) is not { } code)
            {
                Note(PloverNoteCodes.SanctionExpired, sanction.Id, property, "The sanction expired: no one's act, so not exported.");
                continue;
            }

            // An imposition with no date of its own is dated by the listing.
            var date = change.Date ?? (change.Kind == SanctionChangeKind.Imposed ? sanction.ListingDate : null);
            if (date is not { } dated)
            {
                Note(PloverNoteCodes.Undated, sanction.Id, $"{property}.date", $"The sanction's change '{Name(change.Kind)}' has no date: its {PloverScores.NameOf(code.Category)} is not exported.");
                continue;
            }

            Add(SanctionRecord(sanction, Id(sanction.Id, $"history-{i + 1}"), dated, code, text, change.Attribution?.Confidence ?? confidence, change.Note));
        }
    }

    private PloverRecord SanctionRecord(Sanction sanction, string id, PartialDate date, PloverCode code, string? text, Confidence? confidence, string? comment)
        => new(id, date, Entities([sanction.Authority], date), Entities(sanction.Targets, date), code.Category, code.Mode, sanction.Id)
        {
            Cameo = code.Cameo,
            EventText = text,
            Confidence = confidence,
            Comment = comment,
        };

    // ---- agreements: one record per commitment, and one per act of its performance ----

    private void Agreement(Agreement agreement)
    {
        var date = agreement.Date ?? agreement.Milestones.FirstOrDefault(m => m.Kind == MilestoneKind.Signature && m.Date is not null)?.Date;
        var context = Contexts(agreement.Issues);
        foreach (var commitment in agreement.Commitments)
        {
            var others = agreement.Parties.Where(p => p != commitment.By).ToList();
            var promised = PloverMapping.For(commitment.Action.Kind, ActionStage.Promised);
            var confidence = commitment.Attribution?.Confidence ?? agreement.Attribution?.Confidence;
            var conditionalOn = EquatableArray.Create([.. commitment.ConditionalOn.Select(c => (Reference)c)]);
            var fulfils = EquatableArray.Create([.. commitment.Fulfils.Select(d => (Reference)d)]);
            if (date is { } agreed)
            {
                Add(new PloverRecord(Id(commitment.Id, "promise"), agreed, Entities([commitment.By], agreed), Entities(others, agreed), promised.Category, promised.Mode, commitment.Id)
                {
                    Cameo = promised.Cameo,
                    EventText = commitment.Action.Description,
                    Context = context,
                    Confidence = confidence,
                    Comment = commitment.Note,
                    Agreement = agreement.Id,
                    ConditionalOn = conditionalOn,
                    Fulfils = fulfils,
                });
            }
            else
            {
                Note(PloverNoteCodes.Undated, commitment.Id, "date", $"The agreement {agreement.Id} has no date nor a dated signature: the commitment's {PloverScores.NameOf(promised.Category)} is not exported.");
            }

            Performance(agreement, commitment, others, context, conditionalOn, fulfils);
        }
    }

    private void Performance(Agreement agreement, Commitment commitment, List<PartyId> others, EquatableArray<string> context, EquatableArray<Reference> conditionalOn, EquatableArray<Reference> fulfils)
    {
        var done = PloverMapping.For(commitment.Action.Kind, ActionStage.CarriedOut);
        for (var i = 0; i < commitment.Performance.Count; i++)
        {
            var change = commitment.Performance[i];
            var property = $"performance[{i}]";
            if (change.Status is not (PerformanceStatus.CarriedOut or PerformanceStatus.PartlyCarriedOut))
            {
                Note(PloverNoteCodes.PerformanceNotCoded, commitment.Id, property, $"The commitment's performance step '{Name(change.Status)}' is not an act carried out: not exported.");
                continue;
            }

            if (change.Date is not { } date)
            {
                Note(PloverNoteCodes.Undated, commitment.Id, $"{property}.date", $"The commitment's performance step '{Name(change.Status)}' has no date: its {PloverScores.NameOf(done.Category)} is not exported.");
                continue;
            }

            var partly = change.Status == PerformanceStatus.PartlyCarriedOut ? "Partly carried out." : null;
            Add(new PloverRecord(Id(commitment.Id, $"performance-{i + 1}"), date, Entities([commitment.By], date), Entities(others, date), done.Category, done.Mode, commitment.Id)
            {
                Cameo = done.Cameo,
                EventText = commitment.Action.Description,
                Context = context,
                Confidence = change.Attribution?.Confidence ?? commitment.Attribution?.Confidence ?? agreement.Attribution?.Confidence,
                Comment = partly is null ? change.Note : change.Note is null ? partly : $"{partly} {change.Note}",
                Agreement = agreement.Id,
                ConditionalOn = conditionalOn,
                Fulfils = fulfils,
            });
        }
    }

    // ---- events: meetings CONSULT, visits CONSULT visit ----

    private void Event(Event e)
    {
        if (e.Kind is not (EventKind.Meeting or EventKind.Visit))
        {
            var designation = e.Kind == EventKind.Designation ? " (a designation is exported from its sanction)" : "";
            Note(PloverNoteCodes.EventKindNotCoded, e.Id, "kind", $"An event of kind '{Name(e.Kind)}' is not coded: only meetings and visits are (CONSULT){designation}.");
            return;
        }

        if (e.Parties.IsEmpty)
        {
            Note(PloverNoteCodes.NoActor, e.Id, "parties", "The event names no party: nobody to code as its actor.");
            return;
        }

        List<PartyId> actor;
        List<PartyId> recipient;
        string? mode = null;
        if (e.Kind == EventKind.Meeting)
        {
            // The manual, under CONSULT: with no clear host and visitor, all participants are the actor.
            actor = [.. e.Parties];
            recipient = [];
        }
        else
        {
            // The visitor is the actor and the host the recipient: the host is of the country visited.
            mode = "visit";
            recipient = [.. e.Parties.Where(p => e.Country is { } visited && _document.Find(p)?.Country == visited)];
            actor = [.. e.Parties.Where(p => !recipient.Contains(p))];
            if (actor.Count == 0 || recipient.Count == 0)
            {
                actor = [e.Parties[0]];
                recipient = [.. e.Parties.Skip(1)];
            }
        }

        Add(new PloverRecord(Id(e.Id, e.Kind == EventKind.Meeting ? "meeting" : "visit"), e.Date, Entities(actor, e.Date), Entities(recipient, e.Date), PloverCategory.Consult, mode, e.Id)
        {
            EndDate = e.EndDate,
            Cameo = e.Kind == EventKind.Meeting ? "040" : "042",
            EventText = e.Title,
            Confidence = e.Attribution?.Confidence,
            Comment = e.Note,
        });
    }

    // ---- stances: SUPPORT, REJECT, ACCUSE disapprove ----

    private void Stance(Stance stance)
    {
        if (stance.Position is not (StancePosition.Support or StancePosition.Oppose))
        {
            Note(PloverNoteCodes.StanceNotCoded, stance.Id, "position", $"A stance '{Name(stance.Position)}' is neither support nor opposition: not exported.");
            return;
        }

        if (stance.Date is not { } date)
        {
            Note(PloverNoteCodes.Undated, stance.Id, "date", "The stance has no date: not exported.");
            return;
        }

        PloverCode code;
        if (stance.Position == StancePosition.Support)
        {
            code = new PloverCode(PloverCategory.Support, null, "051");
        }
        else if (IsAnswerOf(stance))
        {
            // Opposing a demand made of oneself, or a deal one is party to, is refusing it: REJECT, with the demand's mode.
            var mode = stance.Subject.Kind == ReferenceKind.Demand && _document.Find(new DemandId(stance.Subject.Id)) is { } demand
                ? PloverMapping.For(demand.Action.Kind, ActionStage.Requested).Mode
                : null;
            code = new PloverCode(PloverCategory.Reject, mode, "12");
        }
        else
        {
            // Opposing what others do or agree is disapproval: ACCUSE disapprove (the manual: "express disapproval; condemn; complain").
            code = new PloverCode(PloverCategory.Accuse, "disapprove", "111");
        }

        Add(new PloverRecord(Id(stance.Id, PloverScores.NameOf(code.Category).ToLowerInvariant()), date, Entities([stance.Party], date), Entities(PartiesOf(stance.Subject).Where(p => p != stance.Party), date), code.Category, code.Mode, stance.Id)
        {
            Cameo = code.Cameo,
            EventText = stance.Statement,
            Comment = stance.Condition,
            Confidence = stance.Attribution?.Confidence,
        });
    }

    private bool IsAnswerOf(Stance stance) => stance.Subject.Kind switch
    {
        ReferenceKind.Demand => _document.Find(new DemandId(stance.Subject.Id))?.IsAddressedTo(stance.Party) == true,
        ReferenceKind.Agreement => _document.Find(new AgreementId(stance.Subject.Id))?.Parties.AsSpan().Contains(stance.Party) == true,
        _ => false,
    };

    /// <summary>Whom a stance on a record is aimed at: who made the demand, the parties to the deal, the sanction's authority, the party itself.</summary>
    private IEnumerable<PartyId> PartiesOf(Reference subject) => subject.Kind switch
    {
        ReferenceKind.Party => [new PartyId(subject.Id)],
        ReferenceKind.Demand => _document.Find(new DemandId(subject.Id)) is { } d ? [d.From] : [],
        ReferenceKind.Agreement => _document.Find(new AgreementId(subject.Id))?.Parties.AsEnumerable() ?? [],
        ReferenceKind.Sanction => _document.Find(new SanctionId(subject.Id)) is { } s ? [s.Authority] : [],
        ReferenceKind.Commitment => _document.Find(new CommitmentId(subject.Id)) is { } c ? [c.By] : [],
        ReferenceKind.Pledge => _document.Find(new PledgeId(subject.Id)) is { } p ? [p.By] : [],
        ReferenceKind.Stance => _document.Find(new StanceId(subject.Id)) is { } st ? [st.Party] : [],
        ReferenceKind.Event => _document.Find(new EventId(subject.Id))?.Parties.AsEnumerable() ?? [],
        _ => [],
    };

    // ---- shared ----

    /// <summary>An enum value as the document's JSON writes it: <c>carried_out</c>.</summary>
    private static string Name<T>(T value)
        where T : struct, Enum
        => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private string Id(Reference record, string what) => $"{_prefix}:{record}:{what}";

    private EquatableArray<PloverEntity> Entities(IEnumerable<PartyId> parties, PartialDate date) => _entities.Of(parties, date);

    private void Add(PloverRecord record) => _records.Add(record);

    private void Note(string code, Reference record, string? property, string message)
        => _notes.Add(new ImportNote(code, 0, record.ToString(), property, message));

    /// <summary>The PLOVER contexts of the issues' categories, each once, in order.</summary>
    private EquatableArray<string> Contexts(IEnumerable<IssueId> issues)
    {
        var contexts = new List<string>();
        foreach (var id in issues)
        {
            if (_document.Find(id) is { } issue && ContextOf(issue.Category) is { } context && !contexts.Contains(context))
            {
                contexts.Add(context);
            }
        }

        return EquatableArray.Create([.. contexts]);
    }

    /// <summary>The PLOVER manual's general context closest to an issue's category; none for those it has no context for.</summary>
    private static string? ContextOf(IssueCategory category) => category switch
    {
        IssueCategory.IllegalDrugs => "illegal_drugs",
        IssueCategory.HumanRights => "human_rights",
        IssueCategory.Military => "military",
        IssueCategory.Technology => "technology",
        IssueCategory.Economic or IssueCategory.SanctionsPolicy => "economic",
        IssueCategory.Diplomatic => "diplomatic",
        IssueCategory.Territory => "territory",
        IssueCategory.Intelligence => "intelligence",
        IssueCategory.Nuclear => "cbrn",
        IssueCategory.Crime => "crime",
        IssueCategory.Cyber => "cyber",
        IssueCategory.Environment => "environment",
        IssueCategory.Health => "health",
        IssueCategory.Migration => "migration",
        IssueCategory.Terrorism => "terrorism",
        IssueCategory.FoodAndAgriculture => "human_security",
        _ => null,
    };
}
