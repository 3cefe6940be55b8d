using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Tests.Analysis;

/// <summary>
/// A small hand-made case, the seed's shape in miniature: Northland's treasury lists Southland's lab; Southland asks
/// for the listing to be lifted in exchange for a crackdown on its exporters; an agreed deal trades one for the other,
/// each commitment conditional on the other. An NGO opposes the deal; the treasury supports its own listing. Tests
/// change one record at a time (<see cref="Document"/>) to reach each branch.
/// </summary>
internal static class TinyCase
{
    public static readonly SourceId Wire = new("wire");
    public static readonly PartyId North = new("north");
    public static readonly PartyId South = new("south");
    public static readonly PartyId NorthTreasury = new("north-treasury");
    public static readonly PartyId SouthMinistry = new("south-ministry");
    public static readonly PartyId SouthLab = new("south-lab");
    public static readonly PartyId SouthExporters = new("south-exporters");
    public static readonly PartyId Ngo = new("ngo");
    public static readonly IssueId Trade = new("trade");
    public static readonly SanctionId LabListing = new("lab-listing");
    public static readonly DemandId SouthAsksLifting = new("south-asks-lifting");
    public static readonly DemandId NorthAsksCrackdown = new("north-asks-crackdown");
    public static readonly AgreementId Deal = new("deal");
    public static readonly CommitmentId NorthLifts = new("north-lifts");
    public static readonly CommitmentId SouthCracksDown = new("south-cracks-down");
    public static readonly StanceId NgoOpposes = new("ngo-opposes-deal");
    public static readonly StanceId TreasuryKeepsListing = new("treasury-keeps-listing");
    public static readonly PartialDate DealDate = new(2024, 3, 1);

    public static Sanction Listing { get; } = new(
        LabListing, NorthTreasury, [SouthLab], [SanctionMeasure.ExportControl],
        program: "Entity List", listingDate: new PartialDate(2020, 5), attribution: new Attribution(Confidence.Official, [Wire]));

    public static Demand LiftingDemand { get; } = new(
        SouthAsksLifting, South, North, PolicyAction.Lift([LabListing]), Trade, inExchangeFor: [NorthAsksCrackdown]);

    public static Demand CrackdownDemand { get; } = new(
        NorthAsksCrackdown, North, South, new PolicyAction(ActionKind.Enforce, "Crack down on exporters.", targets: [SouthExporters]), Trade,
        attribution: Attribution.Reported(Wire));

    public static Commitment Lift { get; } = new(NorthLifts, North, PolicyAction.Lift([LabListing]), conditionalOn: [SouthCracksDown], fulfils: [SouthAsksLifting]);

    public static Commitment Crackdown { get; } = new(
        SouthCracksDown, South, new PolicyAction(ActionKind.Enforce, "Crack down on exporters.", targets: [SouthExporters]), conditionalOn: [NorthLifts], fulfils: [NorthAsksCrackdown]);

    public static Agreement DealAgreement { get; } = new(Deal, "Listing for crackdown", [North, South], [Lift, Crackdown], AgreementStatus.Agreed, Confirmation.Confirmed, [Trade], date: DealDate);

    public static NegotiationContent Content { get; } = new(
        Parties:
        [
            new State(North, "Northland", new CountryCode("NO")),
            new State(South, "Southland", new CountryCode("ZA")),
            new GovernmentBody(NorthTreasury, "Northland Treasury", GovernmentBodyType.Ministry, North),
            new GovernmentBody(SouthMinistry, "Southland Ministry of Security", GovernmentBodyType.Ministry, South),
            new GovernmentBody(SouthLab, "Southland Forensic Lab", GovernmentBodyType.Institute, SouthMinistry),
            new Group(SouthExporters, "Southland exporters", GroupType.Businesses, new CountryCode("ZA"), affiliation: South),
            new Group(Ngo, "Rights groups", GroupType.Advocacy),
        ],
        Issues: [new Issue(Trade, "Trade", IssueCategory.Economic)],
        Demands: [LiftingDemand, CrackdownDemand],
        Sanctions: [Listing],
        Agreements: [DealAgreement],
        Stances:
        [
            new Stance(NgoOpposes, Ngo, Deal, StancePosition.Oppose, "No deal with abusers.", attribution: Attribution.Reported(Wire)),
            new Stance(TreasuryKeepsListing, NorthTreasury, LabListing, StancePosition.Support, "The listing stays."),
        ],
        Sources: [new Source(Wire, "Wire service", SourceType.News)]);

    /// <summary>The case, changed by <paramref name="change"/>; fails the test if the change makes it invalid.</summary>
    public static NegotiationDocument Document(Func<NegotiationContent, NegotiationContent>? change = null)
        => NegotiationDocument.Create(new NegotiationId("tiny"), "Tiny case", change is null ? Content : change(Content)).Match(
            document => document,
            failure => throw new InvalidOperationException(failure.ToString()));
}
