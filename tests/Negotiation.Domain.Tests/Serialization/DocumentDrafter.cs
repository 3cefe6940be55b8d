using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Negotiation.Domain.Dates;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Drafts a random valid document from <see cref="FormatDescription"/>: every record member by member, each value by
/// its <see cref="ValueKind"/> and the rules its record's guards apply, so that a member added to a record is drafted
/// with no edit here. Two passes. The first drafts every record in document order: plain values at once, a fresh slug
/// for each record's own id, a placeholder for each id of another record. The second chooses those ids among the
/// records of the kind the id's type names (a reference, among records of any kind), so that every one resolves.
/// What the description does not carry is in <see cref="UndescribedRules"/>.
/// </summary>
/// <param name="random">The source of every choice: a seed drafts the same document again.</param>
internal sealed class DocumentDrafter(Random random)
{
    /// <summary>The most items a drafted array has, unless a rule asks for more.</summary>
    private const int MaxItems = 3;

    // Many samples draft at once, on CsCheck's threads.
    private static readonly ConcurrentDictionary<Type, string> KindNames = new();
    private static readonly ConcurrentDictionary<Type, ConstructorInfo> IdConstructors = new();

    /// <summary>
    /// The ids a record can't be made without: those a required member holds, or a required array that can't be empty.
    /// A collection of records with such ids has at least one, or nothing could name one.
    /// </summary>
    private static readonly HashSet<Type> NeededIds = [.. FormatDescription.Records
        .SelectMany(record => record.Members)
        .Where(member => member.Required && !IsOwnId(member)
            && (member.Value.Kind == ValueKind.Id || (member.Value is { Kind: ValueKind.Array, Element.Kind: ValueKind.Id } && member.Rules.Contains("EmptyList"))))
        .Select(member => (member.Value.Element ?? member.Value).Type)];

    private readonly RandomValues _values = new(random);
    private readonly List<RecordDraft> _records = []; // every record, in document order
    private readonly Dictionary<Type, List<RecordDraft>> _owners = []; // the records that have an own id, by its type, in document order
    private readonly List<(RecordDraft Owner, object Value)> _referable = []; // the records a reference can name, each with a reference to it
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    /// <summary>The root's collections (parties, issues, ...), whose sizes the caller draws.</summary>
    public static ImmutableArray<MemberDescription> Collections { get; } =
        [.. FormatDescription.Of(typeof(RawDocument)).Members.Where(member => member.Value is { Kind: ValueKind.Array, Element.Kind: ValueKind.Record })];

    /// <summary>The random values this drafter draws from, for the rules that add one.</summary>
    public RandomValues Values => _values;

    /// <summary>Drafts a document whose collections each have as many records as <paramref name="sizes"/> says beyond the fewest they need.</summary>
    /// <param name="sizes">One size per member of <see cref="Collections"/>, in order.</param>
    /// <returns>The root's draft, with every id chosen.</returns>
    public RecordDraft Draft(IReadOnlyList<int> sizes)
    {
        var root = DraftRecord(FormatDescription.Of(typeof(RawDocument)), null, null, sizes, 0);
        foreach (var record in _records)
        {
            foreach (var member in record.Record.Members)
            {
                ValueOf(record, member.JsonName);
            }

            UndescribedRules.Finish(record, this);
        }

        return root;
    }

    /// <summary>
    /// The value of a member of a draft (<see langword="null"/> if it is left out), its ids chosen first if they are
    /// still pending: a rule about one member may need another's, in this record or another.
    /// </summary>
    public object? ValueOf(RecordDraft draft, string jsonName)
    {
        if (!draft.Values.TryGetValue(jsonName, out var value) || value is not PendingIds pending)
        {
            return value;
        }

        var member = draft.Record.Members.First(m => m.JsonName == jsonName);
        var chosen = Choose(draft, member, pending);
        if (chosen.Count < pending.Least)
        {
            throw new InvalidOperationException($"The generator found {chosen.Count} records for {draft}'s {jsonName}, which needs {pending.Least}.");
        }

        if (chosen.Count == 0)
        {
            draft.Values.Remove(jsonName); // an optional member with nothing to name is left out
            return null;
        }

        value = member.Value.Kind == ValueKind.Array ? chosen : chosen[0];
        draft.Values[jsonName] = value;
        return value;
    }

    /// <summary>The id of a record of the id type <paramref name="idType"/>, or <see langword="null"/> if the document has none.</summary>
    public object? AnyId(Type idType) => _owners.TryGetValue(idType, out var owners) ? _values.Pick(owners).OwnId : null;

    /// <summary>The record whose own id is <paramref name="id"/>, or <see langword="null"/>.</summary>
    public RecordDraft? Owner(object id) => _owners.GetValueOrDefault(id.GetType())?.Find(owner => Equals(owner.OwnId, id));

    /// <summary>Whether <paramref name="member"/> is its record's own id, which the record is known by, rather than an id of another.</summary>
    public static bool IsOwnId(MemberDescription member) => member is { JsonName: "id", Value.Kind: ValueKind.Id };

    private RecordDraft DraftRecord(RecordDescription described, RecordDraft? holder, PartialDate? earliest, IReadOnlyList<int>? sizes, int position)
    {
        // A record of several kinds (a party) is drafted as one of them.
        var record = described.Kinds.IsEmpty ? described : FormatDescription.Of(UndescribedRules.KindAt(described, position) ?? _values.Pick(described.Kinds).Type);
        var draft = new RecordDraft(record, holder);
        _records.Add(draft);
        var collection = 0;
        foreach (var member in record.Members)
        {
            if (sizes is not null && Collections.Contains(member))
            {
                var element = FormatDescription.Of(member.Value.Element!.Type);
                var items = new List<object?>();
                for (var i = 0; i < LeastRecords(element) + sizes[collection]; i++)
                {
                    items.Add(DraftRecord(element, draft, earliest, null, i));
                }

                draft.Values[member.JsonName] = items;
                collection++;
                continue;
            }

            if (!member.Required && _values.Toss())
            {
                continue; // an optional member is left out half the time
            }

            if (IsOwnId(member))
            {
                string slug;
                do
                {
                    slug = _values.Slug();
                }
                while (!_slugs.Add(slug)); // unique across the document, not only among its kind, so that messages are plain

                draft.OwnId = IdConstructors.GetOrAdd(member.Value.Type, static type => type.GetConstructor([typeof(string)])!).Invoke([slug]);
                draft.OwnSlug = slug;
                draft.Ordinal = _records.Count;
                if (!_owners.TryGetValue(member.Value.Type, out var owners))
                {
                    _owners[member.Value.Type] = owners = [];
                }

                owners.Add(draft);
                if (ReferenceTo(draft) is { } reference)
                {
                    _referable.Add((draft, reference));
                }

                draft.Values[member.JsonName] = draft.OwnId;
                continue;
            }

            if (!member.Required && member.Value.Kind == ValueKind.Record && NoneToName(FormatDescription.Of(member.Value.Type)))
            {
                continue; // an optional record that must name a kind of record the document has none of yet (a milestone's verification, before any commitment)
            }

            var value = member.Value.Kind == ValueKind.Array ? DraftItems(draft, member, earliest) : DraftValue(draft, member, member.Value, earliest, 0);
            if (value is PartialDate date)
            {
                earliest = date; // rule 9: a record's dates come in the order of its members, and its nested records' after them
            }

            draft.Values[member.JsonName] = value;
        }

        return draft;
    }

    private object DraftItems(RecordDraft draft, MemberDescription member, PartialDate? earliest)
    {
        var element = member.Value.Element!;
        var least = Math.Max(member.Rules.Contains("EmptyList") ? 1 : 0, UndescribedRules.LeastItems(draft.Record, member));

        // An optional array that is there has items: an empty one is written as no array at all.
        var fewest = member.Required ? least : Math.Max(least, 1);
        var count = _values.Random.Next(fewest, Math.Max(fewest, MaxItems) + 1);
        if (element.Kind is ValueKind.Id or ValueKind.Reference)
        {
            return new PendingIds(count, least);
        }

        if (element.Kind == ValueKind.Enum && member.Rules.Any(rule => rule.Contains("Repeated", StringComparison.Ordinal)))
        {
            return _values.EnumValues(element.Type, count);
        }

        var items = new List<object?>();
        if (!member.Required && element.Kind == ValueKind.Record && NothingToName(draft, FormatDescription.Of(element.Type)))
        {
            return items; // left out when written, as an empty array is
        }

        for (var i = 0; i < count; i++)
        {
            items.Add(DraftValue(draft, member, element, earliest, i));
        }

        return items;
    }

    /// <summary>
    /// Rule 2 leaves an item with nothing to name when it must name an earlier record of its holder's kind and the
    /// holder is the first of its kind: the first agreement has no links to other agreements.
    /// </summary>
    private bool NothingToName(RecordDraft holder, RecordDescription element)
        => element.Members.Any(m => m.Required && m.Value.Kind == ValueKind.Id && !IsOwnId(m)
            && holder.OwnId?.GetType() == m.Value.Type
            && _owners[m.Value.Type].All(owner => owner.Ordinal >= holder.Ordinal));

    /// <summary>Whether <paramref name="record"/> must name a record of a kind none of which has been drafted yet.</summary>
    private bool NoneToName(RecordDescription record)
        => record.Members.Any(m => m.Required && m.Value.Kind == ValueKind.Id && !IsOwnId(m) && !_owners.ContainsKey(m.Value.Type));

    private object DraftValue(RecordDraft draft, MemberDescription member, ValueDescription value, PartialDate? earliest, int position) => value.Kind switch
    {
        // Rules named ...Text take free text, which may span lines; ...Name(s), a name on one line.
        ValueKind.String => _values.Text(multiline: member.Rules.Any(rule => rule.Contains("Text", StringComparison.Ordinal))),
        ValueKind.Int32 => _values.Count(), // rule 10: the only whole numbers are counts
        ValueKind.Decimal => _values.Amount(member.Rules),
        ValueKind.Unit => _values.Unit(),
        ValueKind.Version => FormatVersion.Current,
        ValueKind.Uri => _values.WebAddress(),
        ValueKind.Date => _values.Date(earliest),
        ValueKind.Country => _values.Country(),
        ValueKind.Enum => _values.EnumValue(value.Type),
        ValueKind.Id or ValueKind.Reference => new PendingIds(1, member.Required ? 1 : 0),
        ValueKind.Record => DraftRecord(FormatDescription.Of(value.Type), draft, earliest, null, position),
        _ => throw new NotSupportedException($"The document generator has no way to draft a {value.Kind} ({draft.Record.Name}.{member.JsonName}); add one."),
    };

    /// <summary>Ids for a pending member: as many as asked, all different, among the records the id's type names that the rules allow.</summary>
    private List<object?> Choose(RecordDraft draft, MemberDescription member, PendingIds pending)
    {
        var item = member.Value.Element ?? member.Value;
        var candidates = item.Kind == ValueKind.Reference
            ? _referable.ToArray()
            : [.. _owners.GetValueOrDefault(item.Type, []).Select(owner => (owner, owner.OwnId!))];

        // Shuffled as they are taken, and the rules asked only of those taken: most members want one or two of many.
        var chosen = new List<object?>();
        for (var i = 0; i < candidates.Length && chosen.Count < pending.Count; i++)
        {
            var pick = _values.Random.Next(i, candidates.Length);
            (candidates[i], candidates[pick]) = (candidates[pick], candidates[i]);
            if (UndescribedRules.Allows(draft, member, candidates[i].Owner, this))
            {
                chosen.Add(candidates[i].Value);
            }
        }

        return chosen;
    }

    /// <summary>A reference (<c>party:us</c>) to a record, or <see langword="null"/> for a record of a kind no reference names (a source).</summary>
    private static object? ReferenceTo(RecordDraft owner)
    {
        var kind = KindNames.GetOrAdd(owner.OwnId!.GetType(), type => (string)type.GetProperty("KindName", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);
        return Reference.TryParse($"{kind}:{owner.OwnSlug}", out var reference) ? reference : null;
    }

    /// <summary>The fewest records a root collection of <paramref name="element"/> has.</summary>
    private static int LeastRecords(RecordDescription element)
    {
        var ownId = element.Members.FirstOrDefault(IsOwnId)?.Value.Type;
        return Math.Max(ownId is not null && NeededIds.Contains(ownId) ? 1 : 0, UndescribedRules.LeastRecords(element));
    }
}
