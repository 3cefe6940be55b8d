using Negotiation.Domain.Analysis;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Tests.Analysis;

/// <summary>
/// Every analysis over every agreement of a generated document (the benchmarks' documents): varied statuses, dates and
/// links that the hand-made cases do not reach. Checks results, never timings.
/// </summary>
public class GeneratedDocumentAnalysisTests
{
    private static readonly NegotiationDocument Document = DocumentGenerator.Generate(200);

    [Fact]
    public void Every_agreement_has_a_ledger_entry_per_party_and_its_mutual_pair()
    {
        foreach (var agreement in Document.Agreements)
        {
            var ledger = TradeOffLedger.Of(Document, agreement.Id);

            Assert.Equal(agreement.Parties, ledger.Parties.Select(p => p.Party));
            Assert.Equal(agreement.Commitments, ledger.Parties.SelectMany(p => p.Commitments));
            Assert.True(Assert.Single(ledger.QuidProQuos).IsMutual);
        }
    }

    [Fact]
    public void Every_agreement_either_applies_with_its_sanctions_lifted_by_it_or_says_why_not()
    {
        var known = new[] { ErrorCodes.NotActionable, ErrorCodes.ConditionUnmet, ErrorCodes.IllegalTransition, ErrorCodes.DateRequired };
        var applied = 0;
        foreach (var agreement in Document.Agreements)
        {
            var result = WhatIf.Apply(Document, agreement.Id, assumeConcluded: true);

            if (result.TryPickT0(out var after, out var failure))
            {
                applied++;
                Assert.All(Document.SanctionsLiftedBy(agreement.Id), s =>
                {
                    var lifted = after.Find(s.Id)!;
                    Assert.Equal(SanctionStatus.Lifted, lifted.Status);
                    Assert.Equal((Reference)agreement.Id, lifted.EndedBy);
                });
            }
            else
            {
                Assert.All(failure.Codes, code => Assert.Contains(code, known));
            }
        }

        Assert.True(applied > 0, "some generated agreements should be applicable");
        Assert.Equal(DocumentGenerator.Generate(200), Document);
    }

    [Fact]
    public void The_linkage_graph_finds_each_agreements_trade_off_and_the_diagrams_draw_every_party()
    {
        var graph = LinkageGraph.Of(Document);

        Assert.All(Document.Agreements, a => Assert.True(graph.IsOnCycle(a.Commitments[0].Id)));
        Assert.Equal(Document.Demands.Count + Document.Agreements.Sum(a => a.Commitments.Count) + Document.Sanctions.Count, graph.Nodes.Count);
        var dot = DotDiagram.Write(Document);
        Assert.All(Document.Parties, p => Assert.Contains($"\"{p.Id.Value}\" [label=", dot, StringComparison.Ordinal));
        Assert.Equal(Document.Parties.Count, MermaidDiagram.Write(Document).Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, """^\s*p_\w+[\[\(\{]""")));
    }
}
