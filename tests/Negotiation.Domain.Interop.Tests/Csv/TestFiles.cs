using System.Reflection;
using System.Runtime.CompilerServices;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Interop.Tests.Csv;

/// <summary>Where the fixtures are (beside the test sources), and the seeds (embedded).</summary>
internal static class TestFiles
{
    /// <summary>The folder of this project's sources.</summary>
    public static string ProjectFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path))!;

    /// <summary>A fixture file, <c>Folder/Fixtures/name</c>.</summary>
    public static string Fixture(string folder, string name) => Path.Combine(ProjectFolder(), folder, "Fixtures", name);

    /// <summary>A committed seed document.</summary>
    public static NegotiationDocument Seed(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"seeds/{name}.json")!;
        return NegotiationJson.ReadOrThrow(stream);
    }

    /// <summary>Gathers an import into a document, which must validate.</summary>
    public static async Task<ImportResult> GatherAsync(IAsyncEnumerable<ImportRecord> records, string id)
    {
        var result = await ImportGathering.GatherAsync(records, new NegotiationId(id), id, TestContext.Current.CancellationToken);
        return result.Match(r => r, failure => throw new InvalidOperationException(string.Join("\n", failure.Errors.Select(static e => e.ToString()))));
    }

    /// <summary>
    /// Compares <paramref name="actual"/> with the committed file; with the environment variable UPDATE_EXPECTED=1
    /// writes it instead (then review the diff by hand before committing).
    /// </summary>
    public static void AssertSameAsFile(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }
}
