using System.Text.Json.Nodes;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// Every member that holds an id of another record is checked for a dangling one, found through the format's
/// description rather than listed by hand: for each (at every path it has, in nested records and array items too),
/// a valid document with that one value set to an id that names nothing reads as a dangling-reference error at
/// exactly that member's JSON path.
/// </summary>
public class ReferenceCheckCoverageTests
{
    /// <summary>An id that no record of any document here has.</summary>
    private const string Nobody = "nobody-at-all";

    // The seed first, whose paths are easy to read; then generated documents, for the members the seed leaves out.
    private static readonly Lazy<IReadOnlyList<string>> Documents = new(() =>
        [JsonEdit.Seed, .. Enumerable.Range(1, 8).Select(seed => NegotiationJson.Write(DocumentGen.Make(seed)))]);

    public static TheoryData<string> IdMembers => [.. IdMemberPath.All.Select(member => member.Pattern)];

    [Theory]
    [MemberData(nameof(IdMembers))]
    public void A_dangling_id_in_the_member_is_reported_at_its_path(string pattern)
    {
        var member = IdMemberPath.All.Single(m => m.Pattern == pattern);
        var (json, path, value) = Documents.Value
            .SelectMany(json => member.In(JsonNode.Parse(json)!).Select(found => (json, found.Path, found.Value)))
            .FirstOrDefault();
        Assert.True(json is not null, $"No document here has a value at {pattern}: add one (to the seed, or more generated documents).");

        // A reference keeps its kind, so that only the id is wrong: party:us becomes party:nobody-at-all.
        var dangling = member.IsReference ? value[..(value.IndexOf(':', StringComparison.Ordinal) + 1)] + Nobody : Nobody;
        var read = NegotiationJson.Read(JsonEdit.Set(json, path, dangling));

        Assert.True(read.IsT1, $"{path} = '{dangling}' was read as a valid document.");

        // The error is the dangling id, where it is. A rule that the missing id breaks in passing may follow (an
        // agreement's party gone, its commitment is by a non-party); no other id dangles.
        var error = read.AsT1;
        Assert.Equal((ErrorCodes.DanglingReference, path), (error.Code, error.Path));
        Assert.Equal([path], error.Errors.Where(e => e.Code == ErrorCodes.DanglingReference).Select(e => e.Path));
    }

    [Fact]
    public void The_description_gives_the_id_members_the_format_is_known_to_have()
    {
        var members = IdMemberPath.All.Select(member => $"{member.RecordName}.{member.JsonName}").ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(members);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal) { "Demand.from", "Sanction.targets", "Agreement.parties", "Commitment.by", "Commitment.conditionalOn", "Attribution.sources", "PositionHeld.body", "GovernmentBody.parent", "Stance.subject" },
            members);
    }

    [Fact]
    public void The_description_gives_a_path_for_each_place_a_member_is_met()
    {
        var patterns = IdMemberPath.All.Select(member => member.Pattern).ToList();

        Assert.Equal(patterns.Distinct(StringComparer.Ordinal), patterns);
        Assert.Contains("$.agreements[*].commitments[*].conditionalOn[*]", patterns);
        Assert.Contains("$.demands[*].response.attribution.counterclaims[*].sources[*]", patterns);
        Assert.Contains("$.parties[*](person).positions[*].body", patterns);
        Assert.Contains("$.sanctions[*].history[*].by", patterns);
    }
}
