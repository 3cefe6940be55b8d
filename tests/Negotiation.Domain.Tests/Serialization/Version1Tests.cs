using System.Runtime.CompilerServices;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Documents of format version 1 read, upgrade and write as the current version, losing nothing. The fixture is the
/// seed case exactly as version 1 wrote it (2026-12-02, before version 2): it must always read.
/// </summary>
public class Version1Tests
{
    private static readonly string Fixture = File.ReadAllText(FixturePath("us-china-fentanyl-2023.json"));

    [Fact]
    public void The_version_1_fixture_reads_as_the_seed_case()
    {
        Assert.Contains("\"formatVersion\": 1,", Fixture, StringComparison.Ordinal);

        var document = NegotiationJson.Read(Fixture).AsT0;

        Assert.Equal(SeedScenario.Build(), document);
        Assert.Equal(NegotiationDocument.CurrentFormatVersion, document.FormatVersion);
    }

    [Fact]
    public void A_version_1_document_is_written_in_the_current_version_and_reads_back_equal()
    {
        var document = NegotiationJson.Read(Fixture).AsT0;

        var written = NegotiationJson.Write(document);

        Assert.Contains($"\"formatVersion\": {NegotiationDocument.CurrentFormatVersion},", written, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.Read(written).AsT0);
        Assert.Equal(written, NegotiationJson.Write(NegotiationJson.Read(written).AsT0)); // byte-stable from then on
    }

    [Fact]
    public void The_seed_in_seeds_is_the_fixture_upgraded()
    {
        using var seed = typeof(Version1Tests).Assembly.GetManifestResourceStream("seeds/us-china-fentanyl-2023.json")!;
        var current = NegotiationJson.ReadOrThrow(seed);

        Assert.Equal(NegotiationJson.Read(Fixture).AsT0, current);
        Assert.Equal(NegotiationJson.Write(current), new StreamReader(typeof(Version1Tests).Assembly.GetManifestResourceStream("seeds/us-china-fentanyl-2023.json")!).ReadToEnd());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void A_version_this_library_does_not_read_is_refused_with_the_versions_it_does(string version)
    {
        var json = Fixture.Replace("\"formatVersion\": 1,", $"\"formatVersion\": {version},", StringComparison.Ordinal);

        var error = NegotiationJson.Read(json).AsT1;

        Assert.Equal((ErrorCodes.UnsupportedVersion, "$.formatVersion"), (error.Code, error.Path));
        Assert.Equal($"Format version {version} is not supported: this library reads versions 1 to {NegotiationDocument.CurrentFormatVersion}.", error.Message);
    }

    private static string FixturePath(string name, [CallerFilePath] string here = "")
        => Path.Combine(Path.GetDirectoryName(here)!, "..", "Fixtures", "Version1", name);
}
