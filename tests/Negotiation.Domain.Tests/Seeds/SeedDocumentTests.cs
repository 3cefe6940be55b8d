using System.Text;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Seeds;

/// <summary>The committed seed documents: they read, validate, and are stored in canonical form.</summary>
public class SeedDocumentTests
{
    [Fact]
    public void The_seeds_folder_holds_the_seed_case()
    {
        Assert.Contains(SeedFiles.UsChinaFentanyl2023, SeedFiles.Names);
    }

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public void Every_seed_reads_and_writes_back_byte_identical(string name)
    {
        var bytes = SeedFiles.Bytes(name);
        var document = NegotiationJson.Read(bytes).Match(d => d, e => throw new Xunit.Sdk.XunitException($"{name}: {e}"));
        Assert.Equal(Encoding.UTF8.GetString(bytes), NegotiationJson.Write(document));
    }

    [Fact]
    public void The_seed_file_is_the_scenario_built_in_code()
    {
        // The scenario in code (SeedScenario) and the committed file say the same: a change to one must be made to the other.
        var expected = NegotiationJson.Write(SeedScenario.Build());
        var actual = Encoding.UTF8.GetString(SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023));
        if (expected != actual)
        {
            var received = Path.Combine(SeedFiles.SourceFolder(), SeedFiles.UsChinaFentanyl2023 + ".received.txt");
            File.WriteAllText(received, expected);
            Assert.Fail($"seeds/{SeedFiles.UsChinaFentanyl2023} differs from SeedScenario. Review {received} and copy it over the seed if the change is intended.");
        }
    }
}
