using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// A member that holds ids of other records (a typed id that is not the record's own <c>id</c>, or a <c>kind:id</c>
/// reference), as a path from the root through <see cref="FormatDescription"/>: <c>$.agreements[*].commitments[*].by</c>.
/// A record met in several places (an attribution in a demand, in a sanction, ...) gives a path for each; a member of
/// one kind of a record of several kinds names the kind: <c>$.parties[*](government_body).parent</c>.
/// </summary>
/// <param name="Pattern">The path, <c>[*]</c> standing for any item of an array.</param>
/// <param name="Steps">The members from the root to it.</param>
/// <param name="RecordName">The record it is a member of (<c>Commitment</c>).</param>
/// <param name="JsonName">Its JSON name (<c>by</c>).</param>
/// <param name="IsReference">Whether it holds references (<c>party:us</c>) rather than typed ids (<c>us</c>).</param>
internal sealed record IdMemberPath(string Pattern, ImmutableArray<IdMemberPath.Step> Steps, string RecordName, string JsonName, bool IsReference)
{
    /// <summary>Every member of the format that holds ids of other records, at every path it has.</summary>
    public static ImmutableArray<IdMemberPath> All { get; } = [.. Find(FormatDescription.Of(typeof(RawDocument)), [])];

    /// <summary>The values this member has in a document, each with its JSON path (<c>$.agreements[0].commitments[1].by</c>), in document order.</summary>
    public IEnumerable<(string Path, string Value)> In(JsonNode root) => Match(root, 0, "$");

    private IEnumerable<(string Path, string Value)> Match(JsonNode? node, int depth, string path)
    {
        if (depth == Steps.Length)
        {
            yield return (path, node!.GetValue<string>());
            yield break;
        }

        var step = Steps[depth];
        if (node is not JsonObject record || !record.TryGetPropertyValue(step.Name, out var value) || value is null)
        {
            yield break;
        }

        var items = step.Each ? value.AsArray().Select((item, index) => (item, $"{path}.{step.Name}[{index}]")) : [(value, $"{path}.{step.Name}")];
        foreach (var (item, itemPath) in items)
        {
            if (step.Kind is not { } kind || (string?)item?[kind.Discriminator] == kind.Value)
            {
                foreach (var found in Match(item, depth + 1, itemPath))
                {
                    yield return found;
                }
            }
        }
    }

    private static IEnumerable<IdMemberPath> Find(RecordDescription record, ImmutableArray<Step> steps)
    {
        // A record of several kinds: each kind's members, on the path that reaches a record of that kind.
        foreach (var (value, type) in record.Kinds)
        {
            foreach (var found in Find(FormatDescription.Of(type), steps.SetItem(steps.Length - 1, steps[^1] with { Kind = (record.Discriminator!, value) })))
            {
                yield return found;
            }
        }

        if (!record.Kinds.IsEmpty)
        {
            yield break;
        }

        foreach (var member in record.Members)
        {
            var each = member.Value.Kind == ValueKind.Array;
            var item = each ? member.Value.Element! : member.Value;
            var path = steps.Add(new Step(member.JsonName, each, null));
            if (item.Kind == ValueKind.Reference || (item.Kind == ValueKind.Id && member.JsonName != "id"))
            {
                yield return new IdMemberPath(Text(path), path, record.Name, member.JsonName, item.Kind == ValueKind.Reference);
            }
            else if (item.Kind == ValueKind.Record)
            {
                foreach (var found in Find(FormatDescription.Of(item.Type), path))
                {
                    yield return found;
                }
            }
        }
    }

    private static string Text(ImmutableArray<Step> steps)
        => "$" + string.Concat(steps.Select(step => $".{step.Name}{(step.Each ? "[*]" : "")}{(step.Kind is { } kind ? $"({kind.Value})" : "")}"));

    /// <summary>A member on the way: its JSON name, whether it is an array whose items the path goes into, and the kind the record it reaches must be.</summary>
    /// <param name="Name">The member's JSON name.</param>
    /// <param name="Each">Whether the path goes into each item of the array it holds.</param>
    /// <param name="Kind">For a record of several kinds, the member that tells them apart and the value it must have.</param>
    internal sealed record Step(string Name, bool Each, (string Discriminator, string Value)? Kind);
}
