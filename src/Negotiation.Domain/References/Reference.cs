using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.References;

/// <summary>
/// A pointer to any record of a document, by kind and id; its text form is <c>kind:id</c>
/// (<c>agreement:us-cn-fentanyl-deal</c>, <c>sanction:us-entity-list-ifs</c>). Used where a field may name records of
/// several kinds: the subject of a stance, what a demand is asked in exchange for, the grounds of a refusal.
/// Every typed id converts to a reference implicitly; a <c>default</c> id converts to the <c>default</c> reference
/// (which no record accepts), so the conversion itself never throws.
/// </summary>
[JsonConverter(typeof(ReferenceConverter))]
public readonly record struct Reference : IComparable<Reference>
{
    private static readonly string[] KindNames = ["", "party", "issue", "demand", "sanction", "agreement", "commitment", "stance", "event", "pledge", "recognition"];

    private readonly string? _id;

    /// <summary>Creates a reference.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <param name="id">The record's id, a slug.</param>
    /// <exception cref="ArgumentException">The kind is not defined or the id is not a slug.</exception>
    public Reference(ReferenceKind kind, string id)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reference kind.");
        }

        Kind = kind;
        _id = Guard.Against.InvalidSlug(id);
    }

    /// <summary>The JSON Schema pattern of the text form.</summary>
    /// <remarks>The lookahead holds the id to <see cref="Slug.MaxLength"/> (100) characters, as the id's own schema does with <c>maxLength</c>.</remarks>
    internal const string Pattern = "^(party|issue|demand|sanction|agreement|commitment|stance|event|pledge|recognition):(?=[a-z0-9-]{1,100}$)[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>The kind of record.</summary>
    public ReferenceKind Kind { get; }

    /// <summary>The record's id.</summary>
    public string Id => _id ?? string.Empty;

    /// <summary>Whether this is the unset <c>default</c> value.</summary>
    public bool IsDefault => _id is null;

    /// <summary>The word for a kind in the text form (<c>agreement</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string KindName(ReferenceKind kind) => KindNames[(int)Guard.Against.UndefinedEnumValue(kind, nameof(kind))];

    /// <summary>Says why the text is not a reference, or returns <see langword="null"/> when it is.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns>A sentence a person understands, or <see langword="null"/>.</returns>
    public static string? Explain(string? text) => TryParseCore(text, out _, out var problem) ? null : problem;

    /// <summary>Parses the <c>kind:id</c> form.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="FormatException">The text is not a reference (<see cref="TryParse"/> and <see cref="Explain"/> do not throw).</exception>
    public static Reference Parse(string text)
        => TryParseCore(Guard.Against.Null(text, nameof(text)), out var r, out var problem) ? r : throw new FormatException(problem);

    /// <summary>Tries to parse the <c>kind:id</c> form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The reference, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a reference.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Reference reference) => TryParseCore(text, out reference, out _);

    private static bool TryParseCore(string? text, out Reference reference, out string? problem)
    {
        reference = default;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon < 0)
        {
            problem = $"{QuotedInput.Quote(text)} is not a reference: expected kind:id, such as agreement:us-cn-deal";
            return false;
        }

        var kindIndex = Array.IndexOf(KindNames, text[..colon], 1);
        if (kindIndex < 1)
        {
            problem = $"{QuotedInput.Quote(text)} is not a reference: the kind must be one of {string.Join(", ", KindNames[1..])}";
            return false;
        }

        var id = text[(colon + 1)..];
        problem = Slug.Explain(id);
        if (problem is not null)
        {
            return false;
        }

        reference = new Reference((ReferenceKind)kindIndex, id);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(Reference other)
    {
        var c = Kind.CompareTo(other.Kind);
        return c != 0 ? c : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>The text form, <c>kind:id</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDefault ? string.Empty : $"{KindName(Kind)}:{Id}";

    /// <summary>A reference to a party.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(PartyId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Party, id.Value);

    /// <summary>A reference to an issue.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(IssueId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Issue, id.Value);

    /// <summary>A reference to a demand.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(DemandId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Demand, id.Value);

    /// <summary>A reference to a sanction.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(SanctionId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Sanction, id.Value);

    /// <summary>A reference to an agreement.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(AgreementId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Agreement, id.Value);

    /// <summary>A reference to a commitment.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(CommitmentId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Commitment, id.Value);

    /// <summary>A reference to a stance.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(StanceId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Stance, id.Value);

    /// <summary>A reference to an event.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(EventId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Event, id.Value);

    /// <summary>A reference to a pledge.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(PledgeId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Pledge, id.Value);

    /// <summary>A reference to a recognition.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator Reference(RecognitionId id) => id.Value.Length == 0 ? default : new(ReferenceKind.Recognition, id.Value);
}
