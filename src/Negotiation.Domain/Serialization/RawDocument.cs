using Ardalis.GuardClauses;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization.Format;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// The root object of the format, as read and before the document-level rules are checked. Its declaration is the
/// root's description: the generator reads and writes it like any other record, and walks its records' references.
/// </summary>
[FormatRecord(Streamed = true)]
internal sealed record RawDocument
{
    /// <summary>Creates the root.</summary>
    /// <param name="formatVersion">The format version the text declares.</param>
    /// <param name="id">The document's id.</param>
    /// <param name="title">Its title.</param>
    /// <param name="description">Its description, if any.</param>
    /// <param name="parties">Its parties.</param>
    /// <param name="issues">Its issues.</param>
    /// <param name="demands">Its demands.</param>
    /// <param name="sanctions">Its sanctions.</param>
    /// <param name="agreements">Its agreements.</param>
    /// <param name="pledges">Its unilateral pledges.</param>
    /// <param name="stances">Its stances.</param>
    /// <param name="events">Its events.</param>
    /// <param name="sources">Its sources.</param>
    /// <param name="recognitions">Its recognitions.</param>
    /// <param name="bargaining">Its bargaining domain, if any.</param>
    public RawDocument(
        FormatVersion formatVersion,
        NegotiationId id,
        string title,
        string? description = null,
        EquatableArray<Party> parties = default,
        EquatableArray<Issue> issues = default,
        EquatableArray<Demand> demands = default,
        EquatableArray<Sanction> sanctions = default,
        EquatableArray<Agreement> agreements = default,
        EquatableArray<Pledge> pledges = default,
        EquatableArray<Stance> stances = default,
        EquatableArray<Event> events = default,
        EquatableArray<Source> sources = default,
        EquatableArray<Recognition> recognitions = default,
        BargainingDomain? bargaining = null)
    {
        FormatVersion = formatVersion;
        Id = id;
        Title = title;
        Description = description;
        Parties = parties;
        Issues = issues;
        Demands = demands;
        Sanctions = sanctions;
        Agreements = agreements;
        Pledges = pledges;
        Stances = stances;
        Events = events;
        Sources = sources;
        Recognitions = recognitions;
        Bargaining = bargaining;
    }

    /// <summary>The root of a document, to write or to walk.</summary>
    /// <param name="document">The document.</param>
    public RawDocument(NegotiationDocument document)
        : this(FormatVersion.Current, document.Id, document.Title, document.Description, document.Parties, document.Issues, document.Demands, document.Sanctions, document.Agreements, document.Pledges, document.Stances, document.Events, document.Sources, document.Recognitions, document.Bargaining)
    {
    }

    public FormatVersion FormatVersion { get; init; }

    public NegotiationId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    public string Title { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Title)); }

    public string? Description { get; init => field = Guard.Against.InvalidText(value, nameof(Description)); }

    public EquatableArray<Party> Parties { get; init; }

    public EquatableArray<Issue> Issues { get; init; }

    public EquatableArray<Demand> Demands { get; init; }

    public EquatableArray<Sanction> Sanctions { get; init; }

    public EquatableArray<Agreement> Agreements { get; init; }

    public EquatableArray<Pledge> Pledges { get; init; }

    public EquatableArray<Stance> Stances { get; init; }

    public EquatableArray<Event> Events { get; init; }

    public EquatableArray<Source> Sources { get; init; }

    public EquatableArray<Recognition> Recognitions { get; init; }

    public BargainingDomain? Bargaining { get; init; }

    /// <summary>The records, as a document holds them.</summary>
    public NegotiationContent Content => new(Parties, Issues, Demands, Sanctions, Agreements, Stances, Events, Sources, Recognitions) { Pledges = Pledges, Bargaining = Bargaining };
}
