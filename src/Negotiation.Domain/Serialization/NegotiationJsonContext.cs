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
/// <para>
/// The converters of the value types (ids, dates, country codes, references, enums, arrays) and of the whole document
/// are declared on the types themselves with <see cref="JsonConverterAttribute"/>, not in these options: converters
/// listed in options reach only the context's own options, and would be lost in a user's combination.
/// </para>
/// <para>
/// To serialize model types inside your own, start from a copy of <see cref="NegotiationJson.SerializerOptions"/> and
/// combine resolvers: <c>new JsonSerializerOptions(NegotiationJson.SerializerOptions) { TypeInfoResolver =
/// JsonTypeInfoResolver.Combine(NegotiationJson.SerializerOptions.TypeInfoResolver, MyContext.Default) }</c>. The
/// options matter as much as the metadata: System.Text.Json applies the member naming policy and the strictness
/// settings of the options in use, not of the context that made the metadata. Those options also add the one rule
/// metadata cannot express: members computed from others (<c>isActive</c>, <c>parentId</c>) are refused when reading
/// rather than ignored.
/// </para>
/// <para>
/// A record read on its own through this context reports a broken record rule (a blank name, an end before its start)
/// as the <see cref="ArgumentException"/> its constructor throws, without a JSON path: System.Text.Json does not wrap
/// those. A whole document read through it reports them as a <see cref="JsonException"/>; read documents with
/// <see cref="NegotiationJson"/> to get the exact path, line and column of any problem.
/// </para>
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
[JsonSerializable(typeof(Stance))]
[JsonSerializable(typeof(EquatableArray<Stance>))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(EquatableArray<Event>))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(EquatableArray<Source>))]
[JsonSerializable(typeof(Commitment))]
[JsonSerializable(typeof(EquatableArray<Commitment>))]
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
public partial class NegotiationJsonContext : JsonSerializerContext;
