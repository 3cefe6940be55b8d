using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Analysis;

/// <summary>What one party to an agreement gives and what it gets, as the document records it.</summary>
/// <param name="Party">The party to the agreement.</param>
/// <param name="Commitments">
/// Gives: its own commitments under the agreement, in the agreement's order; for a coalition, also those of its
/// members that are not parties themselves (see <see cref="Documents.NegotiationDocument.CommitmentsByParty"/>).
/// </param>
/// <param name="SanctionsLifted">Gives: the sanctions its commitments would lift.</param>
/// <param name="DemandsDropped">
/// Gives: its demands of others that it drops for the deal. The data says so when such a demand (made by the party or
/// a body under it) is withdrawn and names the agreement or one of its commitments in what it was asked in exchange
/// for or in the grounds of its answer.
/// </param>
/// <param name="CommitmentsReceived">
/// Gets: the other parties' commitments that fulfil its demands (or those of a body under it), that its own commitments
/// are conditional on, or that are for it: that name it, or a party under it, among their beneficiaries, or (when they
/// name none) among their targets, or lift a sanction on it or on a party under it.
/// </param>
/// <param name="DemandsMet">Gets: its demands (or those of a body under it) that the agreement's commitments fulfil.</param>
public sealed record PartyLedger(
    PartyId Party,
    EquatableArray<Commitment> Commitments,
    EquatableArray<Sanction> SanctionsLifted,
    EquatableArray<Demand> DemandsDropped,
    EquatableArray<Commitment> CommitmentsReceived,
    EquatableArray<Demand> DemandsMet)
{
    /// <summary>Whether the ledger records nothing given by this party.</summary>
    public bool GivesNothing => Commitments.IsEmpty && SanctionsLifted.IsEmpty && DemandsDropped.IsEmpty;

    /// <summary>Whether the ledger records nothing this party gets.</summary>
    public bool GetsNothing => CommitmentsReceived.IsEmpty && DemandsMet.IsEmpty;
}
