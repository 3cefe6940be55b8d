using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.LegalInstruments;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Schedules;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata behind <see cref="NegotiationJson.SerializerOptions"/>: the options of
/// the format (strict, camelCase, indented by two spaces), and metadata for the value types, arrays and the document,
/// each of which has its own converter. The records' own metadata is shadowed: <see cref="Format.FormatTypeInfoResolver"/>
/// comes first and serves them through their generated readers and writers. Internal: users take the options.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = NegotiationJsonOptions.DefaultMaxDepth,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(NegotiationDocument))]
[JsonSerializable(typeof(NegotiationId))] // the root's id, for the reader that locates errors
[JsonSerializable(typeof(int))] // the root's formatVersion, likewise
// Every item type of an array, and the array: the arrays have their own converter, so the generator does not reach their items by itself.
[JsonSerializable(typeof(Party))]
[JsonSerializable(typeof(EquatableArray<Party>))]
[JsonSerializable(typeof(Issue))]
[JsonSerializable(typeof(EquatableArray<Issue>))]
[JsonSerializable(typeof(Demand))]
[JsonSerializable(typeof(EquatableArray<Demand>))]
[JsonSerializable(typeof(Sanction))]
[JsonSerializable(typeof(EquatableArray<Sanction>))]
[JsonSerializable(typeof(Agreement))]
[JsonSerializable(typeof(EquatableArray<Agreement>))]
[JsonSerializable(typeof(Pledge))]
[JsonSerializable(typeof(EquatableArray<Pledge>))]
[JsonSerializable(typeof(Stance))]
[JsonSerializable(typeof(EquatableArray<Stance>))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(EquatableArray<Event>))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(EquatableArray<Source>))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(EquatableArray<Quantity>))]
[JsonSerializable(typeof(Recognition))]
[JsonSerializable(typeof(EquatableArray<Recognition>))]
[JsonSerializable(typeof(Commitment))]
[JsonSerializable(typeof(EquatableArray<Commitment>))]
[JsonSerializable(typeof(InstrumentLink))]
[JsonSerializable(typeof(EquatableArray<InstrumentLink>))]
[JsonSerializable(typeof(LegalInstrument))]
[JsonSerializable(typeof(EquatableArray<LegalInstrument>))]
[JsonSerializable(typeof(AgreementRole))]
[JsonSerializable(typeof(EquatableArray<AgreementRole>))]
[JsonSerializable(typeof(AgreementTerm))]
[JsonSerializable(typeof(TermExtension))]
[JsonSerializable(typeof(EquatableArray<TermExtension>))]
[JsonSerializable(typeof(ParticipationStep))]
[JsonSerializable(typeof(EquatableArray<ParticipationStep>))]
[JsonSerializable(typeof(BargainingDomain))]
[JsonSerializable(typeof(NegotiableIssue))]
[JsonSerializable(typeof(EquatableArray<NegotiableIssue>))]
[JsonSerializable(typeof(BargainingOption))]
[JsonSerializable(typeof(EquatableArray<BargainingOption>))]
[JsonSerializable(typeof(PartyPreferences))]
[JsonSerializable(typeof(EquatableArray<PartyPreferences>))]
[JsonSerializable(typeof(IssuePreference))]
[JsonSerializable(typeof(EquatableArray<IssuePreference>))]
[JsonSerializable(typeof(AgreementOutcome))]
[JsonSerializable(typeof(EquatableArray<AgreementOutcome>))]
[JsonSerializable(typeof(EquatableArray<decimal>))]
[JsonSerializable(typeof(SanctionChange))]
[JsonSerializable(typeof(EquatableArray<SanctionChange>))]
[JsonSerializable(typeof(PerformanceChange))]
[JsonSerializable(typeof(EquatableArray<PerformanceChange>))]
[JsonSerializable(typeof(AgreementClause))]
[JsonSerializable(typeof(EquatableArray<AgreementClause>))]
[JsonSerializable(typeof(ClauseInvocation))]
[JsonSerializable(typeof(EquatableArray<ClauseInvocation>))]
[JsonSerializable(typeof(Milestone))]
[JsonSerializable(typeof(EquatableArray<Milestone>))]
[JsonSerializable(typeof(Timing))]
[JsonSerializable(typeof(Verification))]
[JsonSerializable(typeof(EquatableArray<Verification>))]
[JsonSerializable(typeof(Duration))]
[JsonSerializable(typeof(PositionHeld))]
[JsonSerializable(typeof(EquatableArray<PositionHeld>))]
[JsonSerializable(typeof(Counterclaim))]
[JsonSerializable(typeof(EquatableArray<Counterclaim>))]
[JsonSerializable(typeof(ExternalId))]
[JsonSerializable(typeof(EquatableArray<ExternalId>))]
[JsonSerializable(typeof(PartyId))]
[JsonSerializable(typeof(EquatableArray<PartyId>))]
[JsonSerializable(typeof(IssueId))]
[JsonSerializable(typeof(EquatableArray<IssueId>))]
[JsonSerializable(typeof(DemandId))]
[JsonSerializable(typeof(EquatableArray<DemandId>))]
[JsonSerializable(typeof(SanctionId))]
[JsonSerializable(typeof(EquatableArray<SanctionId>))]
[JsonSerializable(typeof(CommitmentId))]
[JsonSerializable(typeof(EquatableArray<CommitmentId>))]
[JsonSerializable(typeof(SourceId))]
[JsonSerializable(typeof(EquatableArray<SourceId>))]
[JsonSerializable(typeof(Reference))]
[JsonSerializable(typeof(EquatableArray<Reference>))]
[JsonSerializable(typeof(SanctionMeasure))]
[JsonSerializable(typeof(EquatableArray<SanctionMeasure>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(EquatableArray<string>))]
[JsonSerializable(typeof(Attribution))]
[JsonSerializable(typeof(PolicyAction))]
[JsonSerializable(typeof(DemandResponse))]
internal sealed partial class NegotiationJsonContext : JsonSerializerContext;
