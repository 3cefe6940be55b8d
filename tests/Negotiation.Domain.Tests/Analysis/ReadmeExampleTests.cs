using Negotiation.Domain.Analysis;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Analysis;

/// <summary>The README's analysis snippet, run on the seed, so the README shows code that compiles and the output it prints.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_readme_snippet_prints_what_the_readme_says()
    {
        var document = SeedScenario.Build();
        var console = new StringWriter { NewLine = "\n" };
        var directory = Directory.CreateTempSubdirectory("negotiation-readme-").FullName;

        // --- README snippet (Console → console, file names → directory) ---
        var deal = new AgreementId("us-cn-fentanyl-deal");

        // What each side gives and gets, and who objects.
        var ledger = TradeOffLedger.Of(document, deal);
        foreach (var side in ledger.Parties)
        {
            console.WriteLine($"{side.Party} gives {string.Join(", ", side.Commitments.Select(c => c.Id))}; gets {string.Join(", ", side.CommitmentsReceived.Select(c => c.Id))}");
        }

        console.WriteLine($"opposed by {string.Join(", ", ledger.Stakeholders.Opponents)}");

        // The document as it would be once the deal is carried out; it is only reported, so assume it concluded.
        var after = WhatIf.Apply(document, deal, assumeConcluded: true).Match(
            applied => applied,
            failure => throw new InvalidOperationException(failure.ToString()));
        console.WriteLine(after.Find(new SanctionId("us-entity-list-cn-mps-ifs"))!.Status);

        // Cycles of mutual conditions, as trade-offs.
        foreach (var tradeOff in LinkageGraph.Of(document).TradeOffs)
        {
            console.WriteLine(tradeOff);
        }

        File.WriteAllText(Path.Combine(directory, "deal.dot"), DotDiagram.Write(document)); // dot -Tsvg deal.dot -o deal.svg
        File.WriteAllText(Path.Combine(directory, "deal.mmd"), MermaidDiagram.Write(document));
        // --- end of snippet ---

        Assert.Equal(
            """
            us gives us-lifts-institute-sanction; gets cn-cracks-down-on-exporters
            cn gives cn-cracks-down-on-exporters; gets us-lifts-institute-sanction
            opposed by human-rights-groups, us-house-ccp-committee
            Lifted
            us gives commitment:us-lifts-institute-sanction; cn gives commitment:cn-cracks-down-on-exporters

            """,
            console.ToString());
        Assert.StartsWith("digraph ", File.ReadAllText(Path.Combine(directory, "deal.dot")), StringComparison.Ordinal);
        Assert.Equal(document, SeedScenario.Build());
        Directory.Delete(directory, recursive: true);
    }
}
