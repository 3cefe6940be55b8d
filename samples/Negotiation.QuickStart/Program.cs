using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

// Build a small document: a sanction, a demand to lift it, and a reported deal that trades it for a crackdown.
var lift = new CommitmentId("us-lifts"); var crackDown = new CommitmentId("cn-cracks-down");
var built = new NegotiationBuilder("quick-start", "Sanctions for a crackdown")
    .Source("bloomberg", "Bloomberg", SourceType.News)
    .State("us", "United States", "US").State("cn", "China", "CN")
    .Issue("fentanyl", "Fentanyl precursors", IssueCategory.IllegalDrugs)
    .Add(new Sanction(new("ifs-listing"), new("us"), [new("cn")], [SanctionMeasure.ExportControl]))
    .Demand("cn-asks-lift", from: "cn", to: "us", issue: "fentanyl", PolicyAction.Lift([new("ifs-listing")]))
    .Add(new Agreement(new("deal"), "Lift for crackdown", [new("us"), new("cn")],
        [new Commitment(lift, new("us"), PolicyAction.Lift([new("ifs-listing")]), conditionalOn: [crackDown]),
         new Commitment(crackDown, new("cn"), new PolicyAction(ActionKind.Enforce, items: ["fentanyl precursors"]), conditionalOn: [lift])],
        AgreementStatus.Reported, attribution: Attribution.Reported(new SourceId("bloomberg"))))
    .Stance("rights-groups-oppose", "us", new AgreementId("deal"), StancePosition.Oppose)
    .Build();

// An invalid document is a value, not an exception: print every error with its path.
if (built.TryPickT1(out var failure, out var document))
{
    Console.Error.WriteLine(failure);
    return 1;
}

// Ask it questions.
foreach (var sanction in document.SanctionsLiftedBy(new AgreementId("deal")))
{
    Console.WriteLine($"The deal would lift {sanction.Id}, imposed by {sanction.Authority} on {string.Join(", ", sanction.Targets)}.");
}

Console.WriteLine($"Demands of the US: {document.DemandsOf(new PartyId("us")).Count}; opponents of the deal: {document.OpponentsOf(new AgreementId("deal")).Count}.");
return 0;
