using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Bargaining.Formats;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>The README's import snippet, run on the fixtures, so the README shows code that compiles and the output it prints.</summary>
public class ReadmeImportExampleTests
{
    [Fact]
    public void The_readme_snippet_prints_what_the_readme_says()
    {
        var console = new StringWriter { NewLine = "\n" };
        var output = new MemoryStream();

        // --- README snippet (File.OpenRead → the fixtures, Console → console, the output file → a memory stream) ---
        using var domainFile = ImportFixtures.Open("fentanyl-domain.xml");
        using var us = ImportFixtures.Open("fentanyl-us.xml");
        using var cn = ImportFixtures.Open("fentanyl-cn.xml");
        var imported = GeniusXml.Import(domainFile, [(new PartyId("us"), us), (new PartyId("cn"), cn)]);
        if (imported.TryPickT1(out var error, out var domain))
        {
            console.WriteLine(error); // the file, the element path, the code and what is wrong
            return;
        }

#pragma warning disable xUnit1051 // the README's call, as a reader would write it
        var result = BargainingAnalysis.Analyse(domain).AsT0;
#pragma warning restore xUnit1051
        console.WriteLine($"{domain.Issues.Count} issues, {result.OutcomeCount} outcomes, {result.Frontier.Count} on the Pareto frontier");
        console.WriteLine($"Nash: {string.Join(", ", result.Labels(result.Nash.Primary!.Representative))}");

        // Back out as GeniusWeb profiles, one per party.
        GeniusWebJson.Export(domain, new PartyId("us"), output);
        // --- end of snippet ---

        Assert.Equal(
            """
            4 issues, 108 outcomes, 27 on the Pareto frontier
            Nash: lift listing, all precursor exporters, regular talks, 3

            """,
            console.ToString());
        Assert.True(output.Length > 0);
    }
}
