using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;
using Snapshooter.Xunit3;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The JSON text the library writes for the seed scenario, pinned: any change to the format, the order of members or
/// the escaping shows up as a change to the committed snapshot. The text is snapshotted as a string, never as an
/// object (Snapshooter would serialize an object with its own serializer, not ours). CI runs with
/// SNAPSHOOTER_STRICT_MODE=on, so a missing snapshot fails rather than being written.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void The_seed_scenario_is_written_as_the_snapshot_shows()
        => Snapshot.Match(AsText(NegotiationJson.Write(SeedScenario.Build())));

    [Fact]
    public void A_document_with_every_optional_part_is_written_as_the_snapshot_shows()
        => Snapshot.Match(AsText(NegotiationJson.Write(SampleDocuments.Everything())));

    /// <summary>
    /// Snapshooter parses a snapshot that is JSON and compares it as a tree, which would let a change of indentation
    /// or of member order pass. A first line that is not JSON makes it compare the text itself, byte for byte.
    /// </summary>
    private static string AsText(string json) => "NegotiationJson.Write output, compared as text:\n" + json;
}
