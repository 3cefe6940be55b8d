using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Events;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;
using Negotiation.Domain.Validation;
using OneOf;

namespace Negotiation.Domain.Documents;

/// <summary>
/// A negotiation: the parties, issues, demands, sanctions, agreements, pledges, stances, events and sources of one case, kept
/// consistent. A document can only be made through <see cref="Create(Identifiers.NegotiationId, string, NegotiationContent, string?)"/> or <see cref="NegotiationBuilder"/>, which
/// check every document-level rule and return all violations together; so every document you hold is valid.
/// </summary>
/// <remarks>
/// It is a class rather than a record so that no <c>with</c> can skip those checks; it is immutable and value-equal
/// all the same. Use <see cref="ToBuilder"/> to derive a changed document.
/// </remarks>
[JsonConverter(typeof(NegotiationDocumentConverter))]
public sealed partial class NegotiationDocument : IEquatable<NegotiationDocument>
{
    /// <summary>The version of the format this library writes, and the latest it reads.</summary>
    /// <remarks>
    /// A property, not a constant: a constant would be compiled into the code that reads it, which would then go on
    /// stating the old version once a newer library writes a newer one. Version 2 is open: members are still being
    /// added to it (see the changelog); once frozen, a new member means version 3.
    /// </remarks>
    public static int CurrentFormatVersion => 2;

    /// <summary>
    /// The earliest version of the format this library reads. A document of an earlier version than
    /// <see cref="CurrentFormatVersion"/> is upgraded as it is read, losing nothing, and is written in the current version.
    /// </summary>
    public static int EarliestFormatVersion => 1;

    /// <summary>
    /// The deepest chain of parent links a document may hold (state, ministry, department, agency, ... is rarely
    /// deeper than six). The limit keeps every walk of a hierarchy, in a briefing or a diagram, small.
    /// </summary>
    public const int MaxParentDepth = 32;

    private readonly DocumentIndex _index;

    /// <summary>The root record the document was validated from, kept so that writing it allocates nothing for it.</summary>
    internal RawDocument Root { get; }

    private NegotiationDocument(RawDocument root, NegotiationId id, string title, string? description, NegotiationContent content, DocumentIndex index)
    {
        Root = root;
        Id = id;
        Title = title;
        Description = description;
        Parties = content.Parties;
        Issues = content.Issues;
        Demands = content.Demands;
        Sanctions = content.Sanctions;
        Agreements = content.Agreements;
        Pledges = content.Pledges;
        Stances = content.Stances;
        Events = content.Events;
        Sources = content.Sources;
        Recognitions = content.Recognitions;
        Bargaining = content.Bargaining;
        _index = index;
    }

    /// <summary>The version of the format; always <see cref="CurrentFormatVersion"/> for a document in memory.</summary>
    public int FormatVersion => CurrentFormatVersion;

    /// <summary>The document's id.</summary>
    public NegotiationId Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>What the case is about, in a few sentences.</summary>
    public string? Description { get; }

    /// <summary>The actors.</summary>
    public EquatableArray<Party> Parties { get; }

    /// <summary>The subjects under negotiation.</summary>
    public EquatableArray<Issue> Issues { get; }

    /// <summary>What the parties ask of each other.</summary>
    public EquatableArray<Demand> Demands { get; }

    /// <summary>The sanctions in play.</summary>
    public EquatableArray<Sanction> Sanctions { get; }

    /// <summary>The deals, reported, agreed or signed.</summary>
    public EquatableArray<Agreement> Agreements { get; }

    /// <summary>The unilateral pledges: undertakings made outside any agreement, which no trade-off ledger counts.</summary>
    public EquatableArray<Pledge> Pledges { get; }

    /// <summary>The parties' positions.</summary>
    public EquatableArray<Stance> Stances { get; }

    /// <summary>The timeline.</summary>
    public EquatableArray<Event> Events { get; }

    /// <summary>Where the facts come from.</summary>
    public EquatableArray<Source> Sources { get; }

    /// <summary>Who recognises whom, as a state or a government, and who does not.</summary>
    public EquatableArray<Recognition> Recognitions { get; }

    /// <summary>What could have been agreed, if the document says: its bargaining domain (<see cref="Negotiation.Domain.Bargaining.BargainingAnalysis"/> analyses it).</summary>
    public BargainingDomain? Bargaining { get; }

    /// <summary>Makes a document, if its content keeps every document-level rule.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="content">The records.</param>
    /// <param name="description">What the case is about.</param>
    /// <returns>The document, or the rules it breaks, each with its code and path (at most <see cref="ValidationFailure.DefaultMaxErrors"/>, and a count of the rest).</returns>
    /// <exception cref="ArgumentException">The id is default, or the title blank (programmer errors).</exception>
    public static OneOf<NegotiationDocument, ValidationFailure> Create(NegotiationId id, string title, NegotiationContent content, string? description = null)
        => Create(id, title, content, description, ValidationFailure.DefaultMaxErrors);

    /// <summary>Makes a document, if its content keeps every document-level rule; lists at most <paramref name="maxErrors"/> broken rules.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="content">The records.</param>
    /// <param name="description">What the case is about.</param>
    /// <param name="maxErrors">How many broken rules to list, at least 1; the rest are counted in <see cref="ValidationFailure.OmittedErrorCount"/>.</param>
    /// <returns>The document, or the rules it breaks, each with its code and path.</returns>
    /// <exception cref="ArgumentException">The id is default, the title blank, or <paramref name="maxErrors"/> less than 1 (programmer errors).</exception>
    public static OneOf<NegotiationDocument, ValidationFailure> Create(NegotiationId id, string title, NegotiationContent content, string? description, int maxErrors)
    {
        Guard.Against.DefaultId(id, nameof(id));
        Guard.Against.NullOrInvalidName(title, nameof(title));
        Guard.Against.InvalidText(description, nameof(description));
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxErrors, 1);

        return FromRoot(new RawDocument(Serialization.Format.FormatVersion.Current, id, title, description, content.Parties, content.Issues, content.Demands, content.Sanctions, content.Agreements, content.Pledges, content.Stances, content.Events, content.Sources, content.Recognitions, content.Bargaining), maxErrors);
    }

    /// <summary>Checks the document-level rules of a root as read or as built, listing at most <paramref name="maxErrors"/> broken ones.</summary>
    internal static OneOf<NegotiationDocument, ValidationFailure> FromRoot(RawDocument root, int maxErrors)
    {
        root = Serialization.Format.FormatUpgrade.ToCurrent(root);
        var (index, errors) = DocumentValidator.Validate(root, maxErrors);
        var (id, title, description, content) = (root.Id, root.Title, root.Description, root.Content);
        return errors.Any
            ? new ValidationFailure([.. errors.Listed()], errors.Omitted)
            : new NegotiationDocument(root, id, title, description, content, index);
    }

    /// <summary>Starts a builder that holds this document's content, to derive a changed document.</summary>
    /// <returns>The builder.</returns>
    public NegotiationBuilder ToBuilder() => new NegotiationBuilder(Id, Title).Describe(Description).Add(Content);

    /// <summary>The records of this document as one value.</summary>
    public NegotiationContent Content => new(Parties, Issues, Demands, Sanctions, Agreements, Stances, Events, Sources, Recognitions) { Pledges = Pledges, Bargaining = Bargaining };

    /// <inheritdoc />
    public bool Equals(NegotiationDocument? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Id == other.Id
                    && Title == other.Title
                    && Description == other.Description
                    && Content == other.Content));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NegotiationDocument);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Description, Content);

    /// <summary>The id and title, for debugging.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id}: {Title} ({Parties.Count} parties, {Demands.Count} demands, {Sanctions.Count} sanctions, {Agreements.Count} agreements)";

    /// <summary>Content equality.</summary>
    /// <param name="left">One document.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they hold equal content.</returns>
    public static bool operator ==(NegotiationDocument? left, NegotiationDocument? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Content inequality.</summary>
    /// <param name="left">One document.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(NegotiationDocument? left, NegotiationDocument? right) => !(left == right);
}
