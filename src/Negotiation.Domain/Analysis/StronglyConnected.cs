namespace Negotiation.Domain.Analysis;

/// <summary>
/// Tarjan's strongly connected components over a graph of <c>n</c> nodes held as adjacency arrays, written with an
/// explicit stack rather than recursion: a chain of conditions 100 000 records long would overflow the call stack.
/// Runs in time linear in nodes plus edges.
/// </summary>
internal static class StronglyConnected
{
    /// <summary>The components, each as node numbers; every node is in exactly one.</summary>
    /// <param name="count">The number of nodes.</param>
    /// <param name="offsets">Node <c>v</c>'s successors are <c>targets[offsets[v]..offsets[v + 1]]</c>; length <c>count + 1</c>.</param>
    /// <param name="targets">The successors of every node, node by node.</param>
    public static List<List<int>> Components(int count, int[] offsets, int[] targets)
    {
        var order = new int[count]; // the visit number, plus one: 0 means not visited yet
        var low = new int[count];
        var onStack = new bool[count];
        var stack = new Stack<int>();
        var frames = new Stack<(int Node, int Next)>(); // the call stack that recursion would have used
        var components = new List<List<int>>();
        var visited = 0;

        for (var root = 0; root < count; root++)
        {
            if (order[root] != 0)
            {
                continue;
            }

            Enter(root);
            while (frames.Count > 0)
            {
                var (node, next) = frames.Pop();
                if (next < offsets[node + 1])
                {
                    // Resume this node at its next successor after dealing with the current one.
                    frames.Push((node, next + 1));
                    var successor = targets[next];
                    if (order[successor] == 0)
                    {
                        Enter(successor);
                    }
                    else if (onStack[successor])
                    {
                        low[node] = Math.Min(low[node], order[successor]);
                    }

                    continue;
                }

                // Every successor is done: close a component at its root, then report back to the caller's frame.
                if (low[node] == order[node])
                {
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }

                if (frames.Count > 0)
                {
                    var caller = frames.Peek().Node;
                    low[caller] = Math.Min(low[caller], low[node]);
                }
            }
        }

        return components;

        void Enter(int node)
        {
            order[node] = low[node] = ++visited;
            stack.Push(node);
            onStack[node] = true;
            frames.Push((node, offsets[node]));
        }
    }
}
