using Negotiation.Domain.Actions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Stances;

// Build a document: a sanction, and China's demand that the US lift it. A broken document rule comes back as a value.
var built = new NegotiationBuilder("quick-start", "Sanctions for a crackdown")
    .State("us", "United States", "US")
    .State("cn", "China", "CN")
    .Issue("fentanyl", "Fentanyl precursors", IssueCategory.IllegalDrugs)
    .Add(new Sanction(new("ifs-listing"), new("us"), [new("cn")], [SanctionMeasure.ExportControl]))
    .Demand("cn-asks-lift", from: "cn", to: "us", issue: "fentanyl", PolicyAction.Lift([new("ifs-listing")]))
    .Stance("us-declines", "us", new DemandId("cn-asks-lift"), StancePosition.Oppose)
    .Build();
var document = built.Match(d => d, failure => throw new InvalidOperationException(failure.ToString()));

// Ask it questions, write it as JSON, and read it back.
Console.WriteLine($"China asks the US to lift: {document.DemandsBy(new PartyId("cn"))[0].Action.Sanctions[0]}");
Console.WriteLine($"Opposed by: {document.OpponentsOf(new DemandId("cn-asks-lift"))[0].Name}");
var json = NegotiationJson.Write(document);
Console.WriteLine(NegotiationJson.Read(json).Match(read => $"Round trip equal: {read == document}", error => error.ToString()));

// A real case from seeds/ (run from the repository's root): New START. What stood on a day follows from the dated
// histories: the term and its extension, each party's participation steps, each commitment's performance.
if (File.Exists("seeds/new-start-2010.json"))
{
    var newStart = NegotiationJson.ReadOrThrow(File.ReadAllText("seeds/new-start-2010.json"));
    foreach (var day in new[] { "2015", "2022-09", "2023-03" })
    {
        var then = newStart.AsOf(PartialDate.Parse(day));
        Console.WriteLine($"New START as of {day}: Russia {then.ParticipationStatusOf(new("new-start"), new("ru"))}, expires {then.ExpiryOf(new("new-start"))}");
    }
}
