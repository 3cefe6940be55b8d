using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Events;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Documents;

/// <summary>
/// The records of a document, not yet checked against each other. It is what <see cref="NegotiationDocument.Create(Identifiers.NegotiationId, string, NegotiationContent, string?)"/>
/// validates; each record in it already keeps its own rules.
/// </summary>
/// <param name="Parties">The actors.</param>
/// <param name="Issues">The subjects under negotiation.</param>
/// <param name="Demands">What the parties ask of each other.</param>
/// <param name="Sanctions">The sanctions in play.</param>
/// <param name="Agreements">The deals.</param>
/// <param name="Stances">The parties' positions.</param>
/// <param name="Events">The timeline.</param>
/// <param name="Sources">Where the facts come from.</param>
/// <param name="Recognitions">Who recognises whom, as a state or a government, and who does not.</param>
public sealed record NegotiationContent(
    EquatableArray<Party> Parties = default,
    EquatableArray<Issue> Issues = default,
    EquatableArray<Demand> Demands = default,
    EquatableArray<Sanction> Sanctions = default,
    EquatableArray<Agreement> Agreements = default,
    EquatableArray<Stance> Stances = default,
    EquatableArray<Event> Events = default,
    EquatableArray<Source> Sources = default,
    EquatableArray<Recognition> Recognitions = default)
{
    /// <summary>
    /// The unilateral pledges: undertakings made outside any agreement. A member rather than a parameter, so that the
    /// constructor and the deconstruction of version 1 stay as they were: set it with an initializer or a <c>with</c>.
    /// </summary>
    public EquatableArray<Pledge> Pledges { get; init; }

    /// <summary>What could have been agreed: the bargaining domain, the parties' estimated preferences and the outcomes agreements amount to, if the document has one.</summary>
    public BargainingDomain? Bargaining { get; init; }
}
