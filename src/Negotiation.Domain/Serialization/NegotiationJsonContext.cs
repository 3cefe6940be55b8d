using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of the format: every record of the model and the whole
/// <see cref="NegotiationDocument"/>. Strict (no unknown or repeated members, required members and nullability
/// respected), camelCase members, snake_case enum values and party kinds (the <c>kind</c> member comes first), ids,
/// dates, country codes and references as strings, null members and empty arrays left out when writing, and a small
/// <see cref="JsonSerializerOptions.MaxDepth"/>. It uses no reflection, so it works under trimming and native AOT.
/// </summary>
/// <remarks>
/// Combine it with your own context (<c>JsonTypeInfoResolver.Combine(NegotiationJsonContext.Default, MyContext.Default)</c>)
/// to serialize model types inside your own. <see cref="NegotiationJson"/> adds to it one rule that metadata cannot
/// express: members that are computed from others (<c>isActive</c>, <c>parentId</c>) are refused when reading rather
/// than ignored; use <see cref="NegotiationJson.SerializerOptions"/> to get that rule in your own combinations too.
/// </remarks>
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
    NewLine = "\n",
    Converters =
    [
        typeof(NegotiationDocumentConverter),
        typeof(PartialDateConverter),
        typeof(CountryCodeConverter),
        typeof(ReferenceConverter),
        typeof(SlugIdConverter<NegotiationId>),
        typeof(SlugIdConverter<PartyId>),
        typeof(SlugIdConverter<IssueId>),
        typeof(SlugIdConverter<DemandId>),
        typeof(SlugIdConverter<SanctionId>),
        typeof(SlugIdConverter<AgreementId>),
        typeof(SlugIdConverter<CommitmentId>),
        typeof(SlugIdConverter<StanceId>),
        typeof(SlugIdConverter<EventId>),
        typeof(SlugIdConverter<SourceId>),
        typeof(SnakeCaseEnumConverter<ActionKind>),
        typeof(SnakeCaseEnumConverter<AgreementStatus>),
        typeof(SnakeCaseEnumConverter<Confidence>),
        typeof(SnakeCaseEnumConverter<Confirmation>),
        typeof(SnakeCaseEnumConverter<DemandStatus>),
        typeof(SnakeCaseEnumConverter<EventKind>),
        typeof(SnakeCaseEnumConverter<GovernmentBodyType>),
        typeof(SnakeCaseEnumConverter<GroupType>),
        typeof(SnakeCaseEnumConverter<IssueCategory>),
        typeof(SnakeCaseEnumConverter<OrganizationType>),
        typeof(SnakeCaseEnumConverter<SanctionMeasure>),
        typeof(SnakeCaseEnumConverter<SanctionStatus>),
        typeof(SnakeCaseEnumConverter<SourceType>),
        typeof(SnakeCaseEnumConverter<StancePosition>),
        typeof(EquatableArrayConverter<Party>),
        typeof(EquatableArrayConverter<Issue>),
        typeof(EquatableArrayConverter<Demand>),
        typeof(EquatableArrayConverter<Sanction>),
        typeof(EquatableArrayConverter<Agreement>),
        typeof(EquatableArrayConverter<Stance>),
        typeof(EquatableArrayConverter<Event>),
        typeof(EquatableArrayConverter<Source>),
        typeof(EquatableArrayConverter<Commitment>),
        typeof(EquatableArrayConverter<PositionHeld>),
        typeof(EquatableArrayConverter<Counterclaim>),
        typeof(EquatableArrayConverter<PartyId>),
        typeof(EquatableArrayConverter<IssueId>),
        typeof(EquatableArrayConverter<DemandId>),
        typeof(EquatableArrayConverter<SanctionId>),
        typeof(EquatableArrayConverter<CommitmentId>),
        typeof(EquatableArrayConverter<SourceId>),
        typeof(EquatableArrayConverter<Reference>),
        typeof(EquatableArrayConverter<SanctionMeasure>),
        typeof(EquatableArrayConverter<string>),
    ])]
[JsonSerializable(typeof(NegotiationDocument))]
[JsonSerializable(typeof(EquatableArray<Party>))]
[JsonSerializable(typeof(EquatableArray<Issue>))]
[JsonSerializable(typeof(EquatableArray<Demand>))]
[JsonSerializable(typeof(EquatableArray<Sanction>))]
[JsonSerializable(typeof(EquatableArray<Agreement>))]
[JsonSerializable(typeof(EquatableArray<Stance>))]
[JsonSerializable(typeof(EquatableArray<Event>))]
[JsonSerializable(typeof(EquatableArray<Source>))]
[JsonSerializable(typeof(Party))]
[JsonSerializable(typeof(Issue))]
[JsonSerializable(typeof(Demand))]
[JsonSerializable(typeof(Sanction))]
[JsonSerializable(typeof(Agreement))]
[JsonSerializable(typeof(Stance))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Commitment))]
[JsonSerializable(typeof(PositionHeld))]
[JsonSerializable(typeof(Counterclaim))]
[JsonSerializable(typeof(Attribution))]
[JsonSerializable(typeof(PolicyAction))]
[JsonSerializable(typeof(DemandResponse))]
public partial class NegotiationJsonContext : JsonSerializerContext;
