using Ardalis.GuardClauses;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Lifecycle;
using Negotiation.Domain.Performance;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using OneOf;

namespace Negotiation.Domain.Analysis;

/// <summary>
/// What a document would become if an agreement were carried out: the demands its commitments fulfil become
/// fulfilled, the sanctions they lift, waive, suspend or re-impose get that change in their history, made by the
/// agreement, each commitment's performance stands carried out, the agreement is in force, and an event records it. The document given is never changed; a new one is returned.
/// </summary>
public static class WhatIf
{
    /// <summary>Applies an agreement to a document.</summary>
    /// <param name="document">The document; it is not changed.</param>
    /// <param name="agreement">The agreement to carry out.</param>
    /// <param name="date">When it is carried out: the end date of the sanctions lifted and the date of the event. When <see langword="null"/>, the agreement's own date.</param>
    /// <param name="assumeConcluded">
    /// Whether to treat an agreement that is only proposed or reported as if it had been concluded. Without it, such
    /// an agreement is refused; a suspended, terminated or collapsed agreement is refused either way.
    /// </param>
    /// <returns>The new document, or every reason the agreement cannot be applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// No agreement of the document has that id (a programmer error, as with <see cref="NegotiationDocument.CommitmentsByParty"/>),
    /// or <paramref name="date"/> is the <c>default</c> date, which is no date.
    /// </exception>
    /// <remarks>
    /// <para>The rules, checked together so that every reason is reported at once:</para>
    /// <list type="bullet">
    /// <item>State (<see cref="ErrorCodes.NotActionable"/>): agreed, signed and in-force agreements can be applied;
    /// proposed and reported ones only with <paramref name="assumeConcluded"/>; suspended, terminated and collapsed ones
    /// never. Applied, the agreement moves to in force along its legal transitions (reported → agreed → in force), so
    /// that an agreement that depends on it can be applied next; its date and confirmation are left as recorded.</item>
    /// <item>Conditions (<see cref="ErrorCodes.ConditionUnmet"/>): a commitment conditional on a commitment of the
    /// same agreement is met, since both are carried out together; one conditional on a commitment of another agreement
    /// is met when that commitment's performance stands carried out, or, when no performance of it is recorded, when its
    /// agreement is in force (taken to be kept).</item>
    /// <item>Changes (<see cref="ErrorCodes.IllegalTransition"/>): every demand a commitment fulfils must be able to
    /// become fulfilled, through <see cref="Demand.TransitionTo"/> (a rejected demand is made again first: the agreement
    /// reverses the refusal; a withdrawn one cannot change; a fulfilled one is left as it is). Every sanction a
    /// commitment lifts, waives, suspends, removes or restores the designation of, or imposes, gets that change in its
    /// history, through <see cref="Sanction.Append"/>, made by the agreement on the day: a waiver leaves the sanction in
    /// place, waived. A sanction that already stands where the change would put it is left as it is, so an agreement
    /// already carried out applies again without error.</item>
    /// <item>Date (<see cref="ErrorCodes.DateRequired"/>): without <paramref name="date"/> the agreement must have one.</item>
    /// </list>
    /// <para>The event added is of kind <see cref="EventKind.Agreement"/>, with the agreement's parties, related to the
    /// agreement and every record changed, with no attribution (no source reports a hypothesis), and an id made from the
    /// agreement's that no other event uses. Runs in time linear in the size of the document.</para>
    /// </remarks>
    public static OneOf<NegotiationDocument, WhatIfFailure> Apply(NegotiationDocument document, AgreementId agreement, PartialDate? date = null, bool assumeConcluded = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = document.Require(agreement, nameof(agreement));
        Guard.Against.DefaultDate(date, nameof(date));
        var problems = new List<WhatIfProblem>();
        var paths = new RecordPaths(document);

        var steps = StepsToInForce(found, assumeConcluded, paths, problems);
        CheckConditions(document, found, paths, problems);
        var when = date ?? found.Date;
        if (when is null)
        {
            problems.Add(new(ErrorCodes.DateRequired, $"{paths.Of(found.Id)}.date", $"agreement '{found.Id}' has no date: give the date it is carried out", found.Id));
        }

        var demands = new Dictionary<DemandId, Demand>();
        var sanctions = new Dictionary<SanctionId, Sanction>();
        var related = new List<Reference> { found.Id };
        var tried = new HashSet<Reference>(); // a record several commitments name changes, or fails, once
        foreach (var commitment in found.Commitments)
        {
            foreach (var id in commitment.Fulfils)
            {
                if (tried.Add(id) && document.Find(id)!.Status != DemandStatus.Fulfilled)
                {
                    Record(Fulfil(document.Find(id)!), id, demands);
                }
            }

            // A lift, a waiver, a suspension, a removed or restored designation, an imposition: each is a change
            // appended to the sanction's history, made by the agreement. A sanction that already stands where the
            // change would put it (lifted already, waived already) is left as it is: the agreement may have been
            // carried out before, and carrying it out again changes nothing.
            if (ChangeFor(commitment.Action.Kind) is { } kind)
            {
                foreach (var id in commitment.Action.Sanctions)
                {
                    var sanction = document.Find(id)!;
                    var change = kind == SanctionChangeKind.Reimposed && sanction.Status == SanctionStatus.Proposed ? SanctionChangeKind.Imposed : kind;
                    if (tried.Add(id) && sanction.Status != new SanctionChange(change).Status)
                    {
                        Record(sanction.Append(new SanctionChange(change, when, found.Id)), id, sanctions);
                    }
                }
            }
        }

        // Carried out, each commitment is: a performance change on the day, unless it already stands carried out.
        var commitments = found.Commitments.Select(c => c.Status == PerformanceStatus.CarriedOut || when is null
            ? c
            : c with { Performance = c.Performance.Add(new PerformanceChange(PerformanceStatus.CarriedOut, when, found.Id)) }).ToEquatableArray();

        var applied = found with { Commitments = commitments };
        foreach (var status in steps)
        {
            applied = Record(applied.TransitionTo(status), found.Id, null) ?? applied;
        }

        if (problems.Count > 0)
        {
            return new WhatIfFailure([.. problems]);
        }

        var content = document.Content;
        var changed = content with
        {
            Demands = content.Demands.Select(d => demands.GetValueOrDefault(d.Id) ?? d).ToEquatableArray(),
            Sanctions = content.Sanctions.Select(s => sanctions.GetValueOrDefault(s.Id) ?? s).ToEquatableArray(),
            Agreements = content.Agreements.Select(a => a.Id == found.Id ? applied : a).ToEquatableArray(),
            Events = content.Events.Add(EventFor(document, found, when!.Value, related)),
        };

        // Every change went through the records' own transitions and every id it adds is new, so the document stays
        // valid; a failure here is a bug in this method, not a problem of the caller's data.
        return NegotiationDocument.Create(document.Id, document.Title, changed, document.Description).Match(
            result => result,
            failure => throw new InvalidOperationException($"Applying agreement '{agreement}' made an invalid document (a bug): {failure}"));

        T? Record<TId, T>(OneOf<T, TransitionError> result, TId id, Dictionary<TId, T>? into)
            where TId : struct, ISlugId<TId>
            where T : class
        {
            if (result.TryPickT1(out var error, out var changedRecord))
            {
                // The transition's path is from the record ($.status): the problem's is from the document's root.
                var subject = Subject(id);
                problems.Add(new(ErrorCodes.IllegalTransition, paths.Of(subject) + error.Path[1..], error.Message, subject, error));
                return null;
            }

            if (into is not null)
            {
                into[id] = changedRecord;
                related.Add(Subject(id));
            }

            return changedRecord;
        }
    }

    /// <summary>The statuses the agreement goes through to be in force, or none (with a problem) when it cannot be carried out.</summary>
    private static AgreementStatus[] StepsToInForce(Agreement agreement, bool assumeConcluded, RecordPaths paths, List<WhatIfProblem> problems)
    {
        switch (agreement.Status)
        {
            case AgreementStatus.InForce:
                return [];
            case AgreementStatus.Agreed or AgreementStatus.Signed:
                return [AgreementStatus.InForce];
            case AgreementStatus.Proposed or AgreementStatus.Reported when assumeConcluded:
                return [AgreementStatus.Agreed, AgreementStatus.InForce];
            case AgreementStatus.Proposed or AgreementStatus.Reported:
                problems.Add(new(ErrorCodes.NotActionable, $"{paths.Of(agreement.Id)}.status", $"agreement '{agreement.Id}' is {agreement.Status}, not concluded; assume it concluded to apply it all the same", agreement.Id));
                return [];
            default:
                problems.Add(new(ErrorCodes.NotActionable, $"{paths.Of(agreement.Id)}.status", $"agreement '{agreement.Id}' is {agreement.Status}: it cannot be carried out", agreement.Id));
                return [];
        }
    }

    private static void CheckConditions(NegotiationDocument document, Agreement agreement, RecordPaths paths, List<WhatIfProblem> problems)
    {
        for (var j = 0; j < agreement.Commitments.Count; j++)
        {
            var commitment = agreement.Commitments[j];
            for (var k = 0; k < commitment.ConditionalOn.Count; k++)
            {
                var condition = commitment.ConditionalOn[k];
                var other = document.AgreementOf(condition)!;
                var kept = document.Find(condition)!;
                var met = other.Id == agreement.Id
                    || kept.Status == PerformanceStatus.CarriedOut
                    || (kept.Performance.IsEmpty && other.Status == AgreementStatus.InForce);
                if (!met)
                {
                    var why = kept.Performance.IsEmpty
                        ? $"of agreement '{other.Id}', which is {other.Status}, not in force"
                        : $"which is {kept.Status}, not carried out";
                    problems.Add(new(
                        ErrorCodes.ConditionUnmet,
                        $"{paths.Of(agreement.Id)}.commitments[{j}].conditionalOn[{k}]",
                        $"commitment '{commitment.Id}' is conditional on commitment '{condition}' {why}",
                        commitment.Id));
                }
            }
        }
    }

    /// <summary>The change an action of kind <paramref name="kind"/> makes to the sanctions it names, if any.</summary>
    private static SanctionChangeKind? ChangeFor(ActionKind kind) => kind switch
    {
        ActionKind.LiftSanction or ActionKind.RemoveDesignation => SanctionChangeKind.Lifted,
        ActionKind.WaiveSanction => SanctionChangeKind.Waived,
        ActionKind.SuspendSanction => SanctionChangeKind.Suspended,
        ActionKind.ImposeSanction or ActionKind.RestoreDesignation => SanctionChangeKind.Reimposed, // imposed, when only proposed
        _ => null,
    };

    private static OneOf<Demand, TransitionError> Fulfil(Demand demand)
        => demand.Status == DemandStatus.Rejected
            ? demand.TransitionTo(DemandStatus.Made).Match(made => made.TransitionTo(DemandStatus.Fulfilled), error => error)
            : demand.TransitionTo(DemandStatus.Fulfilled);

    private static Reference Subject<TId>(TId id)
        where TId : struct, ISlugId<TId>
        => Reference.Parse($"{TId.KindName}:{id.Value}");

    private static Event EventFor(NegotiationDocument document, Agreement agreement, PartialDate date, List<Reference> related)
    {
        var title = $"What-if: {agreement.Title} carried out";
        return new Event(
            NewEventId(document, agreement.Id),
            EventKind.Agreement,
            title.Length <= TextGuards.MaxNameLength ? title : agreement.Title,
            date,
            parties: agreement.Parties,
            related: related.ToEquatableArray(),
            note: "Hypothetical: added by a what-if analysis that applied the agreement.");
    }

    /// <summary>
    /// The JSON paths of the records a problem can be about (<c>$.sanctions[3]</c>), found on the first problem: a
    /// failure is the rare case, and one pass over the document keeps even a failure of many problems linear.
    /// </summary>
    private sealed class RecordPaths(NegotiationDocument document)
    {
        private Dictionary<Reference, string>? _paths;

        public string Of(Reference record) => (_paths ??= Build())[record];

        private Dictionary<Reference, string> Build()
        {
            var paths = new Dictionary<Reference, string>(document.Demands.Count + document.Sanctions.Count + document.Agreements.Count);
            Add(document.Demands, d => d.Id, "demands");
            Add(document.Sanctions, s => s.Id, "sanctions");
            Add(document.Agreements, a => a.Id, "agreements");
            return paths;

            void Add<T>(EquatableArray<T> records, Func<T, Reference> idOf, string collection)
            {
                for (var i = 0; i < records.Count; i++)
                {
                    paths.Add(idOf(records[i]), FormattableString.Invariant($"$.{collection}[{i}]"));
                }
            }
        }
    }

    /// <summary>An event id made from the agreement's, with a number when another event already has it.</summary>
    private static EventId NewEventId(NegotiationDocument document, AgreementId agreement)
    {
        // Leave room for "-" and any int, so that a numbered id still fits a slug's length.
        var stem = $"what-if-{agreement.Value}";
        var room = Slug.MaxLength - 1 - int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        if (stem.Length > room)
        {
            stem = stem[..room].TrimEnd('-');
        }

        var id = new EventId(stem);
        for (var n = 2; document.Find(id) is not null; n++)
        {
            id = new EventId(FormattableString.Invariant($"{stem}-{n}"));
        }

        return id;
    }
}
