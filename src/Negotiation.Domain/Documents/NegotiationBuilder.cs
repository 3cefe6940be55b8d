using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Events;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;
using Negotiation.Domain.Validation;
using OneOf;

namespace Negotiation.Domain.Documents;

/// <summary>
/// Builds a document step by step, in the order a case is told: sources, parties, issues, sanctions, demands, the
/// agreement and the roles in it, pledges, who stands where, the timeline. <see cref="Build()"/> checks the document-level rules and returns every
/// violation together; the builder itself never throws for an invalid document, only for programmer errors (a null
/// record, a blank name: the records' own rules).
/// </summary>
/// <example>
/// <code>
/// var result = new NegotiationBuilder("us-cn-2023", "US–China fentanyl deal")
///     .Source("bloomberg", "Bloomberg", SourceType.News)
///     .State("us", "United States", "US")
///     .State("cn", "China", "CN")
///     .Issue("fentanyl", "Fentanyl precursors", IssueCategory.IllegalDrugs)
///     .Demand("us-asks-crackdown", from: "us", to: "cn", issue: "fentanyl",
///             new PolicyAction(ActionKind.Enforce, items: ["fentanyl precursors"]))
///     .Build();
/// </code>
/// </example>
public sealed class NegotiationBuilder
{
    private readonly NegotiationId _id;
    private readonly string _title;
    private readonly ImmutableArray<Party>.Builder _parties = ImmutableArray.CreateBuilder<Party>();
    private readonly ImmutableArray<Issue>.Builder _issues = ImmutableArray.CreateBuilder<Issue>();
    private readonly ImmutableArray<Demand>.Builder _demands = ImmutableArray.CreateBuilder<Demand>();
    private readonly ImmutableArray<Sanction>.Builder _sanctions = ImmutableArray.CreateBuilder<Sanction>();
    private readonly ImmutableArray<Agreement>.Builder _agreements = ImmutableArray.CreateBuilder<Agreement>();
    private BargainingDomain? _bargaining;

    private readonly ImmutableArray<Pledge>.Builder _pledges = ImmutableArray.CreateBuilder<Pledge>();
    private readonly ImmutableArray<Stance>.Builder _stances = ImmutableArray.CreateBuilder<Stance>();
    private readonly ImmutableArray<Event>.Builder _events = ImmutableArray.CreateBuilder<Event>();
    private readonly ImmutableArray<Source>.Builder _sources = ImmutableArray.CreateBuilder<Source>();
    private readonly ImmutableArray<Recognition>.Builder _recognitions = ImmutableArray.CreateBuilder<Recognition>();
    private string? _description;

    /// <summary>Starts a document.</summary>
    /// <param name="id">The document's id, a slug.</param>
    /// <param name="title">A short title.</param>
    /// <exception cref="ArgumentException">The id is not a slug, or the title is blank.</exception>
    public NegotiationBuilder(NegotiationId id, string title)
    {
        _id = Guard.Against.DefaultId(id, nameof(id));
        _title = Guard.Against.NullOrInvalidName(title, nameof(title));
    }

    /// <summary>Starts a document.</summary>
    /// <param name="id">The document's id, a slug.</param>
    /// <param name="title">A short title.</param>
    /// <exception cref="ArgumentException">The id is not a slug, or the title is blank.</exception>
    public NegotiationBuilder(string id, string title)
        : this(Id<NegotiationId>(id, nameof(id)), title)
    {
    }

    /// <summary>Sets what the case is about.</summary>
    /// <param name="description">A few sentences, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Describe(string? description)
    {
        _description = Guard.Against.InvalidText(description, nameof(description));
        return this;
    }

    /// <summary>Adds every record of <paramref name="content"/>.</summary>
    /// <param name="content">The records.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(NegotiationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _parties.AddRange(content.Parties.AsImmutableArray());
        _issues.AddRange(content.Issues.AsImmutableArray());
        _demands.AddRange(content.Demands.AsImmutableArray());
        _sanctions.AddRange(content.Sanctions.AsImmutableArray());
        _agreements.AddRange(content.Agreements.AsImmutableArray());
        _pledges.AddRange(content.Pledges.AsImmutableArray());
        _stances.AddRange(content.Stances.AsImmutableArray());
        _events.AddRange(content.Events.AsImmutableArray());
        _sources.AddRange(content.Sources.AsImmutableArray());
        _recognitions.AddRange(content.Recognitions.AsImmutableArray());
        _bargaining = content.Bargaining ?? _bargaining;
        return this;
    }

    /// <summary>Sets the document's bargaining domain: what could have been agreed, and each party's estimated preferences.</summary>
    /// <param name="domain">The domain; <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Bargaining(BargainingDomain? domain)
    {
        _bargaining = domain;
        return this;
    }

    /// <summary>Adds a party of any kind.</summary>
    /// <param name="party">The party.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Party party) => Append(_parties, party, nameof(party));

    /// <summary>Adds an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Issue issue) => Append(_issues, issue, nameof(issue));

    /// <summary>Adds a demand.</summary>
    /// <param name="demand">The demand.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Demand demand) => Append(_demands, demand, nameof(demand));

    /// <summary>Adds a sanction.</summary>
    /// <param name="sanction">The sanction.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Sanction sanction) => Append(_sanctions, sanction, nameof(sanction));

    /// <summary>Adds an agreement.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Agreement agreement) => Append(_agreements, agreement, nameof(agreement));

    /// <summary>Adds a unilateral pledge.</summary>
    /// <param name="pledge">The pledge.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Pledge pledge) => Append(_pledges, pledge, nameof(pledge));

    /// <summary>Adds a stance.</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Stance stance) => Append(_stances, stance, nameof(stance));

    /// <summary>Adds an event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Event @event) => Append(_events, @event, nameof(@event));

    /// <summary>Adds a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Source source) => Append(_sources, source, nameof(source));

    /// <summary>Adds a recognition, or a refusal or withdrawal of one.</summary>
    /// <param name="recognition">The recognition.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Add(Recognition recognition) => Append(_recognitions, recognition, nameof(recognition));

    /// <summary>Adds a source.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="publisher">Who published it.</param>
    /// <param name="type">What kind of publisher it is.</param>
    /// <param name="title">The title of the piece.</param>
    /// <param name="url">Its absolute address.</param>
    /// <param name="published">When it was published.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Source(string id, string publisher, SourceType type, string? title = null, Uri? url = null, PartialDate? published = null)
        => Add(new Source(Id<SourceId>(id, nameof(id)), publisher, type, title, url, published));

    /// <summary>Adds a state.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="country">Its ISO 3166-1 alpha-2 code.</param>
    /// <param name="aliases">Other names.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder State(string id, string name, string country, params string[] aliases)
        => Add(new State(Id<PartyId>(id, nameof(id)), name, Country(country, nameof(country)), aliases));

    /// <summary>Adds an organization: a company, an NGO, an intergovernmental organization (whose organs are bodies under it), ....</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="type">What kind of organization it is.</param>
    /// <param name="country">The country it is based in, if one fits.</param>
    /// <param name="aliases">Other names and abbreviations.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Organization(string id, string name, OrganizationType type, string? country = null, params string[] aliases)
        => Add(new Organization(Id<PartyId>(id, nameof(id)), name, type, country is null ? null : Country(country, nameof(country)), aliases: aliases));

    /// <summary>Adds a government body, or an organ of an intergovernmental organization, under <paramref name="parent"/>.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="type">What kind of body it is.</param>
    /// <param name="parent">The state, body or intergovernmental organization it belongs to.</param>
    /// <param name="country">Its country.</param>
    /// <param name="aliases">Other names and abbreviations.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Body(string id, string name, GovernmentBodyType type, string parent, string? country = null, params string[] aliases)
        => Add(new GovernmentBody(Id<PartyId>(id, nameof(id)), name, type, Id<PartyId>(parent, nameof(parent)), country is null ? null : Country(country, nameof(country)), aliases));

    /// <summary>Adds an issue.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="category">Its subject area.</param>
    /// <param name="description">Nuance, in a few words.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Issue(string id, string title, IssueCategory category, string? description = null)
        => Add(new Issue(Id<IssueId>(id, nameof(id)), title, category, description));

    /// <summary>Adds a demand that <paramref name="from"/> makes of <paramref name="to"/>.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="from">The party that asks.</param>
    /// <param name="to">The party asked.</param>
    /// <param name="issue">The issue it concerns.</param>
    /// <param name="action">What is asked for.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="date">When it was made.</param>
    /// <param name="attribution">Who says it was made, and how sure.</param>
    /// <param name="alsoTo">The other parties asked, when the demand is made of several at once.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Demand(string id, string from, string to, string issue, PolicyAction action, DemandStatus status = DemandStatus.Made, PartialDate? date = null, Attribution? attribution = null, IEnumerable<string>? alsoTo = null)
        => Add(new Demand(Id<DemandId>(id, nameof(id)), Id<PartyId>(from, nameof(from)), Id<PartyId>(to, nameof(to)), action, Id<IssueId>(issue, nameof(issue)), status, date, attribution: attribution)
        {
            AlsoTo = alsoTo is null ? default : [.. alsoTo.Select(party => Id<PartyId>(party, nameof(alsoTo)))],
        });

    /// <summary>Adds a stance of <paramref name="party"/> on <paramref name="subject"/>.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="party">The party that holds it.</param>
    /// <param name="subject">What it is about.</param>
    /// <param name="position">For, against, conditional or neutral.</param>
    /// <param name="statement">A short quote or paraphrase.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Stance(string id, string party, Reference subject, StancePosition position, string? statement = null, Attribution? attribution = null)
        => Add(new Stance(Id<StanceId>(id, nameof(id)), Id<PartyId>(party, nameof(party)), subject, position, statement, attribution: attribution));

    /// <summary>Adds a unilateral pledge: <paramref name="by"/>'s undertaking outside any agreement.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="by">The party that pledges.</param>
    /// <param name="action">What it pledges to do.</param>
    /// <param name="date">When it pledged.</param>
    /// <param name="agreement">The agreement it was made in the context of, if any.</param>
    /// <param name="attribution">Who says it was made, and how sure.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Pledge(string id, string by, PolicyAction action, PartialDate? date = null, string? agreement = null, Attribution? attribution = null)
        => Add(new Pledge(Id<PledgeId>(id, nameof(id)), Id<PartyId>(by, nameof(by)), action, date, agreement: agreement is null ? null : Id<AgreementId>(agreement, nameof(agreement)), attribution: attribution));

    /// <summary>
    /// Adds a milestone (its signature, entry into force, implementation day, ...) to an agreement already added.
    /// Its id must be unique across the document, which <see cref="Build()"/> checks with the other ids.
    /// </summary>
    /// <param name="agreement">The agreement, added before.</param>
    /// <param name="id">The milestone's id.</param>
    /// <param name="name">Its name in the text ("Implementation Day").</param>
    /// <param name="kind">What it marks.</param>
    /// <param name="date">When it is (or was) reached, if known.</param>
    /// <param name="note">Nuance, in a few words.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No agreement with that id has been added yet, or a value breaks the milestone's own rules.</exception>
    public NegotiationBuilder Milestone(string agreement, string id, string name, MilestoneKind kind = MilestoneKind.Other, PartialDate? date = null, string? note = null)
    {
        var owner = Id<AgreementId>(agreement, nameof(agreement));
        var added = new Milestone(Id<MilestoneId>(id, nameof(id)), name, kind, date, note);
        var at = IndexOf(_agreements, a => a.Id == owner);

        if (at < 0)
        {
            throw new ArgumentException($"No agreement '{owner}' has been added yet: add the agreement before its milestones.", nameof(agreement));
        }

        _agreements[at] = _agreements[at] with { Milestones = [.. _agreements[at].Milestones, added] };
        return this;
    }

    /// <summary>
    /// Gives <paramref name="party"/> a role in an agreement already added (mediator, guarantor, verifier, ...): a part
    /// that binds it to nothing, whether or not it is a party to the agreement.
    /// </summary>
    /// <param name="agreement">The agreement, added before.</param>
    /// <param name="party">The party that plays the role.</param>
    /// <param name="role">What it does.</param>
    /// <param name="note">Nuance, in a few words.</param>
    /// <param name="attribution">Who says so, and how sure.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">
    /// No agreement with that id has been added yet, or the party already has that role in it (programmer errors:
    /// the agreement's own rule).
    /// </exception>
    public NegotiationBuilder Role(string agreement, string party, RoleKind role, string? note = null, Attribution? attribution = null)
    {
        var id = Id<AgreementId>(agreement, nameof(agreement));
        var added = new AgreementRole(Id<PartyId>(party, nameof(party)), role, note, attribution);
        var at = IndexOf(_agreements, a => a.Id == id);

        if (at < 0)
        {
            throw new ArgumentException($"No agreement '{id}' has been added yet: add the agreement before its roles.", nameof(agreement));
        }

        var found = _agreements[at];
        if (found.Roles.Any(r => r.Party == added.Party && r.Role == added.Role))
        {
            throw new ArgumentException($"'{added.Party}' already has the role '{JsonNames.EnumValue(role.ToString())}' in agreement '{id}'.", nameof(role));
        }

        _agreements[at] = found with { Roles = [.. found.Roles, added] };
        return this;
    }

    /// <summary>Adds a participation step of <paramref name="party"/> (a signature, a ratification, a withdrawal) to an agreement already added, after its earlier steps.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="party">The party that takes the step.</param>
    /// <param name="step">What it does.</param>
    /// <param name="date">When.</param>
    /// <param name="grounds">The grounds it gives, for a withdrawal or a notice of one.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An id is not a slug, <paramref name="date"/> is the <c>default</c> date, or no agreement <paramref name="agreement"/> has been added yet.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not a defined step.</exception>
    public NegotiationBuilder Participation(string agreement, string party, ParticipationStepKind step, PartialDate date, string? grounds = null, Attribution? attribution = null)
    {
        var id = Id<AgreementId>(agreement, nameof(agreement));
        var added = new ParticipationStep(Id<PartyId>(party, nameof(party)), Guard.Against.UndefinedEnumValue(step, nameof(step)), Guard.Against.DefaultDate(date, nameof(date)), grounds, attribution);
        var at = IndexOf(_agreements, a => a.Id == id);

        if (at < 0)
        {
            throw new ArgumentException($"No agreement '{id}' has been added yet: add the agreement before its participation.", nameof(agreement));
        }

        _agreements[at] = _agreements[at] with { Participation = [.. _agreements[at].Participation, added] };
        return this;
    }

    /// <summary>
    /// Appends a dated change (imposed, waived, suspended, lifted, re-imposed, ...) to the history of a sanction already
    /// added. Whether it follows from the changes before it, and comes in date order, is checked with the rest of the
    /// document by <see cref="Build()"/> (<c>sanction-history-order</c>, <c>overlapping-period</c>).
    /// </summary>
    /// <param name="sanction">The sanction's id.</param>
    /// <param name="kind">What the change does.</param>
    /// <param name="date">When it took effect, if known.</param>
    /// <param name="by">What made it (an agreement, an event), if it is in the document.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An id is not a slug, <paramref name="date"/> is the <c>default</c> date, or no sanction <paramref name="sanction"/> has been added yet.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public NegotiationBuilder SanctionChange(string sanction, SanctionChangeKind kind, PartialDate? date = null, Reference? by = null, Attribution? attribution = null, string? note = null)
    {
        var id = Id<SanctionId>(sanction, nameof(sanction));
        var added = new SanctionChange(kind, date, by, attribution, note);
        var at = IndexOf(_sanctions, s => s.Id == id);
        if (at < 0)
        {
            throw new ArgumentException($"No sanction '{id}' has been added yet: add the sanction before its history.", nameof(sanction));
        }

        _sanctions[at] = _sanctions[at] with { History = [.. _sanctions[at].History, added] };
        return this;
    }

    /// <summary>
    /// Appends a dated change in how far a commitment of an agreement already added has been kept (under way, carried
    /// out, suspended, breached, ...). Date order is checked with the rest of the document (<c>overlapping-period</c>).
    /// </summary>
    /// <param name="commitment">The commitment's id.</param>
    /// <param name="status">The status the change sets.</param>
    /// <param name="date">When, if known.</param>
    /// <param name="by">What made it (an event, the invocation of a clause), if it is in the document.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="commitment"/> is the <c>default</c> id, <paramref name="date"/> the <c>default</c> date, or no agreement added yet holds the commitment.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public NegotiationBuilder Performance(CommitmentId commitment, PerformanceStatus status, PartialDate? date = null, Reference? by = null, Attribution? attribution = null, string? note = null)
    {
        Guard.Against.DefaultId(commitment, nameof(commitment));
        var added = new PerformanceChange(status, date, by, attribution, note);
        for (var i = 0; i < _agreements.Count; i++)
        {
            var commitments = _agreements[i].Commitments;
            for (var j = 0; j < commitments.Count; j++)
            {
                if (commitments[j].Id == commitment)
                {
                    var changed = commitments[j] with { Performance = [.. commitments[j].Performance, added] };
                    _agreements[i] = _agreements[i] with { Commitments = [.. commitments.Select((c, k) => k == j ? changed : c)] };
                    return this;
                }
            }
        }

        throw new ArgumentException($"No agreement added yet holds a commitment '{commitment}': add the agreement before the commitment's performance.", nameof(commitment));
    }

    /// <summary>Appends a dated change in how far a unilateral pledge already added has been kept.</summary>
    /// <param name="pledge">The pledge's id.</param>
    /// <param name="status">The status the change sets.</param>
    /// <param name="date">When, if known.</param>
    /// <param name="by">What made it, if it is in the document.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <param name="note">Nuance, in a few words.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="pledge"/> is the <c>default</c> id, <paramref name="date"/> the <c>default</c> date, or no pledge with that id has been added yet.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public NegotiationBuilder Performance(PledgeId pledge, PerformanceStatus status, PartialDate? date = null, Reference? by = null, Attribution? attribution = null, string? note = null)
    {
        Guard.Against.DefaultId(pledge, nameof(pledge));
        var added = new PerformanceChange(status, date, by, attribution, note);
        var at = IndexOf(_pledges, p => p.Id == pledge);
        if (at < 0)
        {
            throw new ArgumentException($"No pledge '{pledge}' has been added yet: add the pledge before its performance.", nameof(pledge));
        }

        _pledges[at] = _pledges[at] with { Performance = [.. _pledges[at].Performance, added] };
        return this;
    }

    /// <summary>Adds that <paramref name="by"/> recognises <paramref name="recognized"/> as a state or a government, or (with <paramref name="position"/>) that it does not, or withdraws its recognition.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="by">The party that recognises, refuses or withdraws recognition.</param>
    /// <param name="recognized">The party recognised, or not.</param>
    /// <param name="type">As a state or as a government.</param>
    /// <param name="position">Recognises (the default), does not recognise, or withdraws recognition.</param>
    /// <param name="date">When.</param>
    /// <param name="attribution">Who reports it, and how sure.</param>
    /// <returns>This builder.</returns>
    public NegotiationBuilder Recognition(string id, string by, string recognized, RecognitionType type, RecognitionPosition position = RecognitionPosition.Recognizes, PartialDate? date = null, Attribution? attribution = null)
        => Add(new Recognition(Id<RecognitionId>(id, nameof(id)), Id<PartyId>(by, nameof(by)), Id<PartyId>(recognized, nameof(recognized)), Guard.Against.UndefinedEnumValue(type, nameof(type)), Guard.Against.UndefinedEnumValue(position, nameof(position)), Guard.Against.DefaultDate(date, nameof(date)), attribution));

    /// <summary>Checks every document-level rule and makes the document.</summary>
    /// <returns>The document, or the rules it breaks, each with its code and path (at most <see cref="ValidationFailure.DefaultMaxErrors"/>, and a count of the rest).</returns>
    public OneOf<NegotiationDocument, ValidationFailure> Build() => Build(ValidationFailure.DefaultMaxErrors);

    /// <summary>Checks every document-level rule and makes the document; lists at most <paramref name="maxErrors"/> broken rules.</summary>
    /// <param name="maxErrors">How many broken rules to list, at least 1; the rest are counted in <see cref="ValidationFailure.OmittedErrorCount"/>.</param>
    /// <returns>The document, or the rules it breaks, each with its code and path.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxErrors"/> is less than 1.</exception>
    public OneOf<NegotiationDocument, ValidationFailure> Build(int maxErrors)
        => NegotiationDocument.Create(
            _id,
            _title,
            new NegotiationContent(
                _parties.ToImmutable(),
                _issues.ToImmutable(),
                _demands.ToImmutable(),
                _sanctions.ToImmutable(),
                _agreements.ToImmutable(),
                _stances.ToImmutable(),
                _events.ToImmutable(),
                _sources.ToImmutable(),
                _recognitions.ToImmutable()) { Pledges = _pledges.ToImmutable(), Bargaining = _bargaining },
            _description,
            maxErrors);

    /// <summary>The index of the first record added that <paramref name="match"/> accepts, or -1.</summary>
    private static int IndexOf<T>(ImmutableArray<T>.Builder records, Func<T, bool> match)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (match(records[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An id from the text of one of this builder's parameters, refused in that parameter's name (not the id's <c>value</c>).</summary>
    private static TId Id<TId>(string text, string parameterName)
        where TId : struct, ISlugId<TId>
        => TId.Create(Guard.Against.InvalidSlug(text, parameterName));

    /// <summary>A country code from the text of one of this builder's parameters, refused in that parameter's name.</summary>
    private static CountryCode Country(string text, string parameterName)
        => CountryCode.Explain(text) is { } problem
            ? throw (text is null ? new ArgumentNullException(parameterName, problem) : new ArgumentException(problem, parameterName))
            : new CountryCode(text);

    private NegotiationBuilder Append<T>(ImmutableArray<T>.Builder list, T item, string parameterName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(item, parameterName);
        list.Add(item);
        return this;
    }
}
