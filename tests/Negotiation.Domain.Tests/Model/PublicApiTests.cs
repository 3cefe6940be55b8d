using System.Runtime.CompilerServices;
using Negotiation.Domain.Documents;
using PublicApiGenerator;

namespace Negotiation.Domain.Tests.Model;

/// <summary>
/// The public API baseline: the package's public surface, as text, must match the committed PublicApi.approved.txt.
/// A change to the API shows up in review as a change to that file. To accept a change, copy the .received.txt file the
/// failing test writes over the approved one.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var api = typeof(NegotiationDocument).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(SourceDirectory(), "PublicApi.approved.txt");
        var receivedPath = Path.Combine(SourceDirectory(), "PublicApi.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (api != approved)
        {
            File.WriteAllText(receivedPath, api);
            Assert.Fail($"The public API changed. Review {receivedPath} and, if the change is intended, copy it over {approvedPath}.");
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
