using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Seeds;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>The README's bargaining snippet, run on the seed, so the README shows code that compiles and the output it prints.</summary>
public class ReadmeBargainingExampleTests
{
    private static string Readme([CallerFilePath] string here = "")
        => File.ReadAllText(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "README.md"))).ReplaceLineEndings("\n");

    [Fact]
    public void The_readme_snippet_prints_what_the_readme_says()
    {
        var console = new StringWriter { NewLine = "\n" };
        var directory = Directory.CreateTempSubdirectory("negotiation-readme-bargaining-").FullName;

        // --- README snippet (the seed's file → its bytes, Console → console, file names → directory, and the test's token) ---
        var document = NegotiationJson.ReadOrThrow(SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023));
        var result = BargainingAnalysis.Analyse(document.Bargaining!, null, TestContext.Current.CancellationToken).Match(
            analysed => analysed,
            failure => throw new InvalidOperationException(failure.ToString())); // frontier-too-large, too-few-parties

        console.WriteLine($"{result.Frontier.Count} frontier points, {result.RationalFrontier.Count} rational; zone of agreement: {result.Zone.Exists}");
        var nash = result.Nash.Primary!;
        console.WriteLine($"Nash: {string.Join(", ", nash.Utilities)}: {string.Join("; ", result.Labels(nash.Representative))}");
        var deal = result.Agreements[new AgreementId("us-cn-fentanyl-deal")];
        console.WriteLine($"the deal: Pareto-optimal {deal.IsParetoOptimal}, {deal.DistanceToNash} from Nash");

        // The picture of the utility space, written by the library (no Graphviz).
        var names = document.Parties.ToDictionary(p => p.Id, p => p.Name);
        File.WriteAllText(Path.Combine(directory, "bargaining.svg"), UtilitySpaceSvg.Write(result, new UtilitySpaceSvgOptions { PartyNames = names }));
        // --- end of snippet ---

        var printed = console.ToString();
        Assert.Equal(
            """
            4 frontier points, 3 rational; zone of agreement: True
            Nash: 0.71, 0.79: lift the institute's listing; crack down on exporters; channel resumed
            the deal: Pareto-optimal True, 0 from Nash

            """,
            printed);
        Assert.Contains($"```text\n{printed}```", Readme(), StringComparison.Ordinal);
        Assert.Contains("var result = BargainingAnalysis.Analyse(document.Bargaining!).Match(", Readme(), StringComparison.Ordinal);
        Assert.NotNull(XDocument.Load(Path.Combine(directory, "bargaining.svg")).Root);
        Directory.Delete(directory, recursive: true);
    }
}
