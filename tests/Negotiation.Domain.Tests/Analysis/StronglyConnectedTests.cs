using Negotiation.Domain.Analysis;

namespace Negotiation.Domain.Tests.Analysis;

public class StronglyConnectedTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Components_match_the_definition_on_random_graphs(int seed)
    {
        // Two nodes share a component exactly when each reaches the other: check that against reachability computed naively.
        var random = new Random(seed);
        var count = 40;
        var successors = Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, count).Where(_ => random.Next(25) == 0).ToList()).ToList();
        var offsets = new int[count + 1];
        for (var v = 0; v < count; v++)
        {
            offsets[v + 1] = offsets[v] + successors[v].Count;
        }

        var targets = successors.SelectMany(s => s).ToArray();

        var components = StronglyConnected.Components(count, offsets, targets);

        Assert.Equal(Enumerable.Range(0, count), components.SelectMany(c => c).Order());
        var componentOf = new int[count];
        for (var c = 0; c < components.Count; c++)
        {
            components[c].ForEach(v => componentOf[v] = c);
        }

        var reach = Enumerable.Range(0, count).Select(v => Reachable(v, successors)).ToList();
        for (var u = 0; u < count; u++)
        {
            for (var v = 0; v < count; v++)
            {
                Assert.Equal(u == v || (reach[u].Contains(v) && reach[v].Contains(u)), componentOf[u] == componentOf[v]);
            }
        }

        Assert.True(components.Count is > 1 and < 40, "the random graphs should have some cycles and some acyclic parts");
    }

    private static HashSet<int> Reachable(int start, List<List<int>> successors)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>(successors[start]);
        while (stack.TryPop(out var v))
        {
            if (seen.Add(v))
            {
                successors[v].ForEach(stack.Push);
            }
        }

        return seen;
    }
}
