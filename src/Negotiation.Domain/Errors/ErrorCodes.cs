using Negotiation.Domain.Analysis;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Errors;

/// <summary>
/// Every stable code of every error this library returns, in one place: what reading JSON, the document rules, status
/// changes and <see cref="WhatIf.Apply"/> report. The codes are part of the public contract: they do not change.
/// </summary>
/// <remarks>
/// <para>Reading codes come from <see cref="NegotiationJson.Read(string, NegotiationJsonOptions?)"/>; import codes,
/// and the reading codes that apply to any file (<see cref="TooLarge"/>, <see cref="InvalidJson"/>, ...), from the
/// GENIUS and GeniusWeb importers (<see cref="Bargaining.Formats.GeniusXml"/>, <see cref="Bargaining.Formats.GeniusWebJson"/>). Document
/// rule codes come from <see cref="NegotiationDocument.Create(Identifiers.NegotiationId, string, NegotiationContent, string?)"/> and <see cref="NegotiationBuilder.Build()"/>, and from
/// reading a well-formed document that breaks a rule. <see cref="IllegalTransition"/> comes from the records'
/// <c>TransitionTo</c> and from <see cref="WhatIf.Apply"/>, which alone returns the what-if codes.</para>
/// <para>The README's table of codes is checked against this class.</para>
/// </remarks>
public static class ErrorCodes
{
    /// <summary>The input is not JSON: a syntax error, a truncated text, a comment, a trailing comma, a byte-order mark anywhere but at the very start, or text that is not valid UTF-8.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>The input is larger than <see cref="NegotiationJsonOptions.MaxBytes"/> without its whitespace, or longer than <see cref="NegotiationJsonOptions.MaxTextBytes"/> with it.</summary>
    public const string TooLarge = "too-large";

    /// <summary>Objects and arrays are nested deeper than <see cref="NegotiationJsonOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "too-deep";

    /// <summary>The root's <c>formatVersion</c> is not a version this library reads.</summary>
    public const string UnsupportedVersion = "unsupported-version";

    /// <summary>A value has the wrong JSON type: a number where a string is due, an object where an array is due, a null where a value is required.</summary>
    public const string WrongType = "wrong-type";

    /// <summary>An object has a member the format does not define (names are case-sensitive).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>An object has the same member twice.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>An object lacks a member the format requires.</summary>
    public const string MissingProperty = "missing-property";

    /// <summary>A party's <c>kind</c> is not one of the kinds of party.</summary>
    public const string UnknownKind = "unknown-kind";

    /// <summary>An id is not a slug (lower-case letters and digits joined by single hyphens, at most 100 characters).</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>A date is not a partial date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, a day that exists).</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A country is not an assigned ISO 3166-1 alpha-2 code in upper case.</summary>
    public const string InvalidCountry = "invalid-country";

    /// <summary>A reference is not <c>kind:id</c> with a known kind and a valid id.</summary>
    public const string InvalidReference = "invalid-reference";

    /// <summary>
    /// A value has the right JSON type but breaks a rule of its record: a blank or over-long name, a value not in a
    /// closed list, a number out of range, a lift that names no sanction, a relative address.
    /// </summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>Document rule: two records of the same kind share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>Document rule: a reference names a record that is not in the document.</summary>
    public const string DanglingReference = "dangling-reference";

    /// <summary>Document rule: a party demands something of itself.</summary>
    public const string SelfDemand = "self-demand";

    /// <summary>Document rule: a demand names its first addressee (<c>to</c>) again among its other addressees (<c>alsoTo</c>).</summary>
    public const string RepeatedAddressee = "repeated-addressee";

    /// <summary>Document rule: a sanction names its own authority among its targets, or a coalition the authority belongs to: a party does not sanction itself.</summary>
    public const string SelfSanction = "self-sanction";

    /// <summary>Document rule: parent bodies (or group affiliations) form a cycle; a body that is its own parent is one, and is refused when read.</summary>
    public const string ParentCycle = "parent-cycle";

    /// <summary>Document rule: a chain of parent links is deeper than <see cref="NegotiationDocument.MaxParentDepth"/>: no real hierarchy is, and tools that draw or brief a document walk it.</summary>
    public const string ParentTooDeep = "parent-too-deep";

    /// <summary>Document rule: coalition memberships form a cycle.</summary>
    public const string MembershipCycle = "membership-cycle";

    /// <summary>Document rule: a government body's parent is not a state, a government body or an intergovernmental organization (an organization of type <c>intergovernmental</c>, whose organs are bodies).</summary>
    public const string InvalidParent = "invalid-parent";

    /// <summary>Document rule: a commitment is made by a party that is not a party to the agreement, nor a member of a coalition that is (directly or through coalitions in it).</summary>
    public const string CommitmentByNonParty = "commitment-by-non-party";

    /// <summary>Document rule: a commitment is conditional on itself, or a demand is asked in exchange for itself.</summary>
    public const string SelfCondition = "self-condition";

    /// <summary>Document rule: a commitment claims to fulfil a demand its own party made: only the party asked (or a body of it) can meet a demand.</summary>
    public const string SelfFulfilment = "self-fulfilment";

    /// <summary>Document rule: a commitment claims to fulfil a demand made of another party (not its own party, nor a party its own belongs to through parent links, nor a coalition it is a member of).</summary>
    public const string FulfilmentByOtherParty = "fulfilment-by-other-party";

    /// <summary>Document rule: a record refers to itself: a stance on itself, an event related to itself, a sanction changed by itself, an agreement linked to itself, a party that recognises itself (or refuses to).</summary>
    public const string SelfReference = "self-reference";

    /// <summary>Document rule: two dates are out of order: an end before its start (refused when read), an answer before the demand it answers.</summary>
    public const string DateOrder = "date-order";

    /// <summary>
    /// Document rule: an agreement gives a party the same role twice (the IAEA as its verifier twice). Refused as the
    /// agreement is made or read: a JSON Schema cannot say that no two items of a list share two of their members.
    /// </summary>
    public const string DuplicateRole = "duplicate-role";

    /// <summary>
    /// Document rule: an extension of an agreement's term sets an expiry before the one it extends (the term's fixed
    /// expiry, or the previous extension's): an extension moves the end later, never earlier.
    /// </summary>
    public const string EarlierExpiry = "earlier-expiry";

    /// <summary>Document rule: a participation step (a signature, a ratification, a withdrawal) is taken by a party that is not a party to its agreement.</summary>
    public const string ParticipationByNonParty = "participation-by-non-party";

    /// <summary>
    /// Document rule: a party's participation step does not follow from its steps before it: a ratification, an
    /// acceptance or an approval before the party has signed (an accession needs no signature), a resumption without
    /// a suspension, any step after its withdrawal.
    /// </summary>
    public const string ParticipationOrder = "participation-order";

    /// <summary>Document rule: a clause (a snapback, a withdrawal clause) is invoked by a party it does not allow to invoke it: one not among those it names, or, when it names none, not a party to the agreement.</summary>
    public const string InvocationNotAllowed = "invocation-not-allowed";

    /// <summary>
    /// Document rule: a change in a sanction's history does not follow from the change before it: a proposal after
    /// anything, an imposition after anything but a proposal, a waiver or a lift of a sanction already lifted, a
    /// re-imposition of one in force.
    /// </summary>
    public const string SanctionHistoryOrder = "sanction-history-order";

    /// <summary>
    /// Document rule: a dated change in a history (a sanction's, a commitment's performance) is dated before the dated
    /// change listed before it, so the period it opens would overlap the one before: a history comes in date order,
    /// each change counting from the first day of its date.
    /// </summary>
    public const string OverlappingPeriod = "overlapping-period";

    /// <summary>
    /// Document rule: a record holds a member of an earlier format version that the current version gives otherwise
    /// (a sanction's <c>status</c>, now its history) in a document of the current version, or beside the member that
    /// replaced it.
    /// </summary>
    public const string EarlierVersionMember = "earlier-version-member";

    /// <summary>Document rule: a party's bargaining preferences give every issue a weight of zero, so every outcome is worth nothing to it.</summary>
    public const string ZeroWeights = "zero-weights";

    /// <summary>
    /// Document rule: a party's bargaining preferences do not name the domain's negotiable issues, each once, in the
    /// domain's order (an issue missing, one more, or out of order).
    /// </summary>
    public const string PreferenceIssueOrder = "preference-issue-order";

    /// <summary>Document rule: a party gives a negotiable issue more or fewer option values than the issue has options (a missing option value).</summary>
    public const string OptionValueCount = "option-value-count";

    /// <summary>
    /// Document rule: an outcome (a party's reservation outcome, what an agreement amounts to) does not give one option
    /// of each negotiable issue, in order, by a label the issue has.
    /// </summary>
    public const string IncompleteOutcome = "incomplete-outcome";

    /// <summary>Document rule: a party's preferences give its reservation both as a value and as an outcome.</summary>
    public const string ConflictingReservation = "conflicting-reservation";

    /// <summary>Bargaining analysis: the Pareto frontier grew past the cap (<c>BargainingOptions.MaxFrontierSize</c>), so the analysis stopped.</summary>
    public const string FrontierTooLarge = "frontier-too-large";

    /// <summary>Bargaining analysis: fewer than two parties have preferences in the domain.</summary>
    public const string TooFewParties = "too-few-parties";

    /// <summary>Import: a GENIUS file is not well-formed XML (a syntax error, a truncated text, an encoding it does not have).</summary>
    public const string InvalidXml = "invalid-xml";

    /// <summary>
    /// Import: a GENIUS file has a document type declaration (<c>&lt;!DOCTYPE …&gt;</c>). GENIUS files have none, and one
    /// could declare entities (an external entity that reads a local file, a billion nested ones), so it is refused
    /// before anything in it is read.
    /// </summary>
    public const string DtdNotAllowed = "dtd-not-allowed";

    /// <summary>Import: a profile names an issue the domain does not have (a GENIUS profile's issue or weight, a GeniusWeb member keyed by issue).</summary>
    public const string UnknownIssue = "unknown-issue";

    /// <summary>Import: a profile names an option its issue does not have (a GENIUS item's value, a GeniusWeb value or a reservation bid's value).</summary>
    public const string UnknownOption = "unknown-option";

    /// <summary>Import: a profile leaves out something of the domain: an issue, an item's evaluation, an issue's weight, or an issue of the reservation bid.</summary>
    public const string IncompleteProfile = "incomplete-profile";

    /// <summary>
    /// Import: the file uses a feature a bargaining domain cannot hold or the importer does not take: a real-valued
    /// issue, an objective tree, an evaluator that is not linear, a GeniusWeb profile that is not a
    /// <c>LinearAdditiveUtilitySpace</c>.
    /// </summary>
    public const string UnsupportedFeature = "unsupported-feature";

    /// <summary>Import: a range of values is empty or has no step: an upper bound below the lower, a GeniusWeb range whose step is 0 or less, or whose high is below its low.</summary>
    public const string InvalidRange = "invalid-range";

    /// <summary>Import: an issue has more options than <c>GeniusImportOptions.MaxOptionsPerIssue</c>: an integer or number range that expands past it, or more items.</summary>
    public const string TooManyOptions = "too-many-options";

    /// <summary>Import: two issues of a file share a name, two options of an issue share a value, or a profile evaluates or weighs the same issue or item twice.</summary>
    public const string DuplicateName = "duplicate-name";

    /// <summary>Import: a profile disagrees with the domain: another list of issues or values (GeniusWeb profiles each hold the domain), another issue type, other bounds.</summary>
    public const string ProfileMismatch = "profile-mismatch";

    /// <summary>
    /// Document rule: a commitment is timed from a milestone of another agreement: a milestone times only its own
    /// agreement's commitments (the milestone exists, so it is not dangling).
    /// </summary>
    public const string MilestoneOfAnotherAgreement = "milestone-of-another-agreement";

    /// <summary>
    /// A record cannot make the status change asked for: the change is not in its lifecycle (a sanction already
    /// lifted), or its date is before the record's start. Returned by the records' <c>TransitionTo</c> and by
    /// <see cref="WhatIf.Apply"/>.
    /// </summary>
    public const string IllegalTransition = "illegal-transition";

    /// <summary>
    /// What-if: the agreement is not in a state to be carried out: proposed or only reported (unless the caller assumes
    /// it concluded), suspended, terminated or collapsed.
    /// </summary>
    public const string NotActionable = "agreement-not-actionable";

    /// <summary>What-if: a commitment is conditional on a commitment of another agreement that is not in force.</summary>
    public const string ConditionUnmet = "condition-unmet";

    /// <summary>What-if: no date was given and the agreement has none, so the sanctions' end date and the event's date are unknown.</summary>
    public const string DateRequired = "date-required";

    private const string Reading = "reading";
    private const string DocumentRule = "document rule";
    private const string StatusChange = "status change";
    private const string WhatIfApply = "what-if";
    private const string BargainingRun = "bargaining analysis";
    private const string Import = "import";
    private const string ReadingOrImport = "reading, import";

    /// <summary>
    /// Every code, with what returns it and what it means, in the order of the README's table (which a test holds to
    /// this list, word for word).
    /// </summary>
    internal static IReadOnlyList<(string Code, string Source, string Meaning)> All { get; } =
    [
        (InvalidJson, ReadingOrImport, "not JSON: syntax, truncation, comments, trailing commas, a byte-order mark past the start, invalid UTF-8"),
        (TooLarge, ReadingOrImport, "larger than `MaxBytes` without its whitespace, or longer than `MaxTextBytes` with it; an imported file longer than `GeniusImportOptions.MaxBytes`"),
        (TooDeep, ReadingOrImport, "nested deeper than `MaxDepth` (JSON objects and arrays, or XML elements)"),
        (UnsupportedVersion, Reading, "`formatVersion` is not a version this library reads"),
        (WrongType, ReadingOrImport, "wrong JSON type, or null where a value is required; in XML, an attribute that is not the number due"),
        (UnknownProperty, Reading, "a member the format does not define (names are case-sensitive)"),
        (DuplicateProperty, ReadingOrImport, "the same member twice in one object (in XML, an element that comes once, twice)"),
        (MissingProperty, ReadingOrImport, "a member the format requires is absent (in XML, an element or an attribute)"),
        (UnknownKind, Reading, "a party's `kind` is not a known kind"),
        (InvalidId, Reading, "not a slug: lower-case letters and digits joined by single hyphens, at most 100 characters"),
        (InvalidDate, Reading, "not a partial date (`2020`, `2020-05`, `2023-11-15`) of a day that exists"),
        (InvalidCountry, Reading, "not an assigned ISO 3166-1 alpha-2 code in upper case"),
        (InvalidReference, Reading, "not `kind:id` with a known kind and a valid id"),
        (InvalidValue, ReadingOrImport, "breaks a record rule: blank or over-long text, value not in a closed list, a number out of range, a lift that names no sanction, relative URL"),
        (DuplicateId, DocumentRule, "two records of the same kind share an id"),
        (DanglingReference, DocumentRule, "a reference names a record that is not in the document"),
        (SelfDemand, DocumentRule, "a party demands something of itself"),
        (RepeatedAddressee, DocumentRule, "a demand names its `to` party again in `alsoTo`"),
        (SelfSanction, DocumentRule, "a sanction names its own authority among its targets, or a coalition the authority belongs to"),
        (ParentCycle, DocumentRule, "parent bodies or group affiliations form a cycle (a body that is its own parent, too)"),
        (ParentTooDeep, DocumentRule, "a chain of parent links is deeper than `MaxParentDepth` (32)"),
        (MembershipCycle, DocumentRule, "coalition memberships form a cycle"),
        (InvalidParent, DocumentRule, "a government body's parent is not a state, a government body or an intergovernmental organization"),
        (CommitmentByNonParty, DocumentRule, "a commitment is made by a party that is not a party to its agreement, nor a member of a coalition that is"),
        (SelfCondition, DocumentRule, "a commitment is conditional on itself, or a demand is asked in exchange for itself"),
        (SelfFulfilment, DocumentRule, "a commitment claims to fulfil a demand its own party made"),
        (FulfilmentByOtherParty, DocumentRule, "a commitment claims to fulfil a demand made of another party"),
        (SelfReference, DocumentRule, "a record refers to itself: a stance on itself, an event related to itself, a sanction changed by itself, an agreement linked to itself, a party that recognises itself"),
        (DateOrder, DocumentRule, "two dates are out of order (an end before its start, an answer before the demand it answers, extensions of a term out of date order, a party's participation steps out of date order)"),
        (DuplicateRole, DocumentRule, "an agreement gives a party the same role twice"),
        (EarlierExpiry, DocumentRule, "an extension of an agreement's term sets an expiry before the one it extends"),
        (ParticipationByNonParty, DocumentRule, "a participation step is taken by a party that is not a party to its agreement"),
        (ParticipationOrder, DocumentRule, "a party's participation step does not follow from its earlier steps (ratified before signing, resumed without a suspension, any step after withdrawal)"),
        (InvocationNotAllowed, DocumentRule, "a clause is invoked by a party it does not allow to invoke it"),
        (SanctionHistoryOrder, DocumentRule, "a change in a sanction's history does not follow from the change before it (a lift of a lifted sanction, a re-imposition of one in force)"),
        (OverlappingPeriod, DocumentRule, "a change in a sanction's history or a commitment's performance is dated before the change listed before it"),
        (EarlierVersionMember, DocumentRule, "a version-1 member that version 2 gives otherwise (a sanction's `status`, now its `history`) in a version-2 document, or beside its replacement"),
        (ZeroWeights, "document rule, import", "a party's bargaining preferences weigh every issue zero"),
        (PreferenceIssueOrder, DocumentRule, "a party's bargaining preferences do not name the domain's issues, each once, in order"),
        (OptionValueCount, DocumentRule, "a party gives an issue more or fewer option values than it has options"),
        (IncompleteOutcome, DocumentRule, "a reservation outcome or an agreement's outcome does not give one known option of each issue, in order"),
        (ConflictingReservation, DocumentRule, "a party's reservation is given both as a value and as an outcome"),
        (MilestoneOfAnotherAgreement, DocumentRule, "a commitment's start or deadline counts from a milestone of another agreement"),
        (FrontierTooLarge, BargainingRun, "the Pareto frontier grew past the cap (`BargainingOptions.MaxFrontierSize`, 1 000 000 by default)"),
        (TooFewParties, BargainingRun, "fewer than two parties have preferences in the bargaining domain"),
        (InvalidXml, Import, "a GENIUS file is not well-formed XML"),
        (DtdNotAllowed, Import, "a GENIUS file has a document type declaration (`<!DOCTYPE …>`), which could declare entities: refused before it is read"),
        (UnknownIssue, Import, "a profile names an issue the domain does not have"),
        (UnknownOption, Import, "a profile names an option (an item, a value) its issue does not have"),
        (IncompleteProfile, Import, "a profile leaves out an issue, an item's evaluation, an issue's weight or an issue of its reservation bid"),
        (UnsupportedFeature, Import, "a real-valued issue, an objective tree, an evaluator that is not linear, a GeniusWeb profile that is not linear additive"),
        (InvalidRange, Import, "a range of values is empty or its step is not above 0"),
        (TooManyOptions, Import, "an issue has more options than `GeniusImportOptions.MaxOptionsPerIssue`"),
        (DuplicateName, Import, "two issues share a name, two options of an issue share a value, or a profile gives the same thing twice"),
        (ProfileMismatch, Import, "a profile disagrees with the domain: other issues or values, another issue type, other bounds"),
        (IllegalTransition, StatusChange, "a record cannot make the status change asked for (a sanction already lifted, an end before its start)"),
        (NotActionable, WhatIfApply, "the agreement is proposed or only reported (unless assumed concluded), suspended, terminated or collapsed"),
        (ConditionUnmet, WhatIfApply, "a commitment is conditional on a commitment of another agreement that is not in force"),
        (DateRequired, WhatIfApply, "no date was given and the agreement has none"),
    ];
}
