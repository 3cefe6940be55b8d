using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
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
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>
/// Makes the <see cref="EquatableArrayConverter{T}"/> of each item type the model uses. It names them one by one
/// instead of calling <c>MakeGenericType</c>, which native AOT cannot do; an <see cref="EquatableArray{T}"/> of any
/// other item type is not supported by the format.
/// </summary>
internal sealed class EquatableArrayConverterFactory : JsonConverterFactory
{
    private static readonly FrozenDictionary<Type, Func<JsonConverter>> Converters = new Dictionary<Type, Func<JsonConverter>>
    {
        [typeof(EquatableArray<Party>)] = () => new EquatableArrayConverter<Party>(),
        [typeof(EquatableArray<Issue>)] = () => new EquatableArrayConverter<Issue>(),
        [typeof(EquatableArray<Demand>)] = () => new EquatableArrayConverter<Demand>(),
        [typeof(EquatableArray<Sanction>)] = () => new EquatableArrayConverter<Sanction>(),
        [typeof(EquatableArray<Agreement>)] = () => new EquatableArrayConverter<Agreement>(),
        [typeof(EquatableArray<Pledge>)] = () => new EquatableArrayConverter<Pledge>(),
        [typeof(EquatableArray<Stance>)] = () => new EquatableArrayConverter<Stance>(),
        [typeof(EquatableArray<Event>)] = () => new EquatableArrayConverter<Event>(),
        [typeof(EquatableArray<Source>)] = () => new EquatableArrayConverter<Source>(),
        [typeof(EquatableArray<Recognition>)] = () => new EquatableArrayConverter<Recognition>(),
        [typeof(EquatableArray<Quantity>)] = () => new EquatableArrayConverter<Quantity>(),
        [typeof(EquatableArray<Commitment>)] = () => new EquatableArrayConverter<Commitment>(),
        [typeof(EquatableArray<InstrumentLink>)] = () => new EquatableArrayConverter<InstrumentLink>(),
        [typeof(EquatableArray<AgreementRole>)] = () => new EquatableArrayConverter<AgreementRole>(),
        [typeof(EquatableArray<TermExtension>)] = () => new EquatableArrayConverter<TermExtension>(),
        [typeof(EquatableArray<ParticipationStep>)] = () => new EquatableArrayConverter<ParticipationStep>(),
        [typeof(EquatableArray<SanctionChange>)] = () => new EquatableArrayConverter<SanctionChange>(),
        [typeof(EquatableArray<NegotiableIssue>)] = () => new EquatableArrayConverter<NegotiableIssue>(),
        [typeof(EquatableArray<BargainingOption>)] = () => new EquatableArrayConverter<BargainingOption>(),
        [typeof(EquatableArray<PartyPreferences>)] = () => new EquatableArrayConverter<PartyPreferences>(),
        [typeof(EquatableArray<IssuePreference>)] = () => new EquatableArrayConverter<IssuePreference>(),
        [typeof(EquatableArray<AgreementOutcome>)] = () => new EquatableArrayConverter<AgreementOutcome>(),
        [typeof(EquatableArray<decimal>)] = () => new EquatableArrayConverter<decimal>(),
        [typeof(EquatableArray<PerformanceChange>)] = () => new EquatableArrayConverter<PerformanceChange>(),
        [typeof(EquatableArray<AgreementClause>)] = () => new EquatableArrayConverter<AgreementClause>(),
        [typeof(EquatableArray<ClauseInvocation>)] = () => new EquatableArrayConverter<ClauseInvocation>(),
        [typeof(EquatableArray<Milestone>)] = () => new EquatableArrayConverter<Milestone>(),
        [typeof(EquatableArray<Verification>)] = () => new EquatableArrayConverter<Verification>(),
        [typeof(EquatableArray<LegalInstrument>)] = () => new EquatableArrayConverter<LegalInstrument>(),
        [typeof(EquatableArray<PositionHeld>)] = () => new EquatableArrayConverter<PositionHeld>(),
        [typeof(EquatableArray<Counterclaim>)] = () => new EquatableArrayConverter<Counterclaim>(),
        [typeof(EquatableArray<ExternalId>)] = () => new EquatableArrayConverter<ExternalId>(),
        [typeof(EquatableArray<PartyId>)] = () => new EquatableArrayConverter<PartyId>(),
        [typeof(EquatableArray<IssueId>)] = () => new EquatableArrayConverter<IssueId>(),
        [typeof(EquatableArray<DemandId>)] = () => new EquatableArrayConverter<DemandId>(),
        [typeof(EquatableArray<SanctionId>)] = () => new EquatableArrayConverter<SanctionId>(),
        [typeof(EquatableArray<CommitmentId>)] = () => new EquatableArrayConverter<CommitmentId>(),
        [typeof(EquatableArray<SourceId>)] = () => new EquatableArrayConverter<SourceId>(),
        [typeof(EquatableArray<Reference>)] = () => new EquatableArrayConverter<Reference>(),
        [typeof(EquatableArray<SanctionMeasure>)] = () => new EquatableArrayConverter<SanctionMeasure>(),
        [typeof(EquatableArray<string>)] = () => new EquatableArrayConverter<string>(),
    }.ToFrozenDictionary();

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => Converters.TryGetValue(typeToConvert, out var create)
            ? create()
            : throw new NotSupportedException($"{typeToConvert} is not part of the negotiation format: only arrays of the model's own item types are serialized.");
}
