using System.Numerics;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// The exact Pareto frontier of an additive domain, without enumerating outcomes. Utilities add issue by issue, so the
/// set of utility vectors is a sum of per-issue sets, and a partial package dominated after some issues stays dominated
/// whatever is added to it: the frontier of all issues is the frontier of (frontier of the first k) + (issue k + 1).
/// One sweep merges issue after issue:
/// <list type="number">
/// <item>The frontier so far is kept sorted by utility vector, largest first, lexicographically. Adding one option's
/// utilities to every point keeps that order, so the candidates of the next stage are one sorted run per option, and a
/// k-way merge of the runs yields them in order without building them all: memory stays that of two frontiers.</item>
/// <item>Equal vectors come out next to each other and merge: their outcome counts add, and the representative is the
/// lexicographically smallest option tuple, compared as (the rank of the parent's representative, the option).</item>
/// <item>A candidate can only be dominated by one that came out before it, and then by a point already kept. Two
/// parties: by the largest second utility kept. Three: by a point of the (u₂, u₃) staircase of those kept (Kung, Luccio
/// and Preparata's maxima). More: by a scan of those kept.</item>
/// </list>
/// Utilities are whole units (<see cref="UtilityTable"/>), so every comparison is exact.
/// </summary>
internal sealed class FrontierMerge
{
    private readonly UtilityTable _table;
    private readonly int _n;

    private FrontierMerge(UtilityTable table)
    {
        _table = table;
        _n = table.Parties;
    }

    /// <summary>The frontier's points, in lexicographic order of their vectors, largest first.</summary>
    public sealed class Frontier(long[] vectors, BigInteger[] multiplicities, int[][] representatives, int parties)
    {
        /// <summary>The number of points.</summary>
        public int Count => multiplicities.Length;

        /// <summary>Party <paramref name="party"/>'s utility at point <paramref name="point"/>, in units.</summary>
        public long Utility(int point, int party) => vectors[(point * parties) + party];

        /// <summary>The vector of point <paramref name="point"/>.</summary>
        public ReadOnlySpan<long> Vector(int point) => vectors.AsSpan(point * parties, parties);

        /// <summary>How many outcomes have the point's vector.</summary>
        public BigInteger Multiplicity(int point) => multiplicities[point];

        /// <summary>The lexicographically smallest outcome (option indexes in issue order) with the point's vector.</summary>
        public int[] Representative(int point) => representatives[point];
    }

    /// <summary>
    /// The frontier of <paramref name="table"/>'s domain, or, when a stage would hold more than
    /// <paramref name="cap"/> points, the size it had reached (it stops there: time and memory stay bounded by the cap).
    /// </summary>
    public static (Frontier? Frontier, int ReachedSize) Compute(UtilityTable table, int cap, CancellationToken cancellationToken)
        => new FrontierMerge(table).Run(cap, cancellationToken);

    private (Frontier?, int) Run(int cap, CancellationToken cancellationToken)
    {
        // Two stages take turns, the one before and the one being merged, so their buffers are reused issue after issue.
        // The stage before the first issue: one empty package.
        var previous = new Stage(_n, 64);
        previous.Add(new long[_n], BigInteger.One, 0, 0);
        var current = new Stage(_n, 64);
        var ranks = new int[64];
        var nextRanks = new int[64];
        var keys = new long[64];
        var order = new int[64];
        var parents = new List<int[]>(_table.Issues);
        var options = new List<int[]>(_table.Issues);

        for (var k = 0; k < _table.Issues; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            current.Clear();
            if (!Merge(k, previous.Vectors, previous.Multiplicities, ranks, previous.Count, current, cap, cancellationToken))
            {
                return (null, cap + 1); // it stopped at the first point past the cap
            }

            // The rank of each new representative among the new ones, for the next stage's ties.
            var count = current.Count;
            if (keys.Length < count)
            {
                keys = new long[current.Capacity];
                order = new int[current.Capacity];
            }

            if (nextRanks.Length < count)
            {
                nextRanks = new int[current.Capacity];
            }

            var m = _table.Options(k);
            for (var j = 0; j < count; j++)
            {
                order[j] = j;
                keys[j] = ((long)ranks[current.Parents[j]] * m) + current.Options[j]; // (parent's rank, option), lexicographically
            }

            Array.Sort(keys, order, 0, count);
            for (var r = 0; r < count; r++)
            {
                nextRanks[order[r]] = r;
            }

            (ranks, nextRanks) = (nextRanks, ranks);
            parents.Add(current.Parents.AsSpan(0, count).ToArray());
            options.Add(current.Options.AsSpan(0, count).ToArray());
            (previous, current) = (current, previous);
        }

        var size = previous.Count;
        var vectors = previous.Vectors.AsSpan(0, size * _n).ToArray();
        var multiplicities = previous.Multiplicities.AsSpan(0, size).ToArray();

        // Representatives, from the back-pointers of every stage.
        var representatives = new int[size][];
        for (var j = 0; j < size; j++)
        {
            var tuple = new int[_table.Issues];
            var at = j;
            for (var k = _table.Issues - 1; k >= 0; k--)
            {
                tuple[k] = options[k][at];
                at = parents[k][at];
            }

            representatives[j] = tuple;
        }

        return (new Frontier(vectors, multiplicities, representatives, _n), size);
    }

    /// <summary>Merges the previous frontier with issue <paramref name="issue"/>'s options into <paramref name="stage"/>; false if it grew past the cap.</summary>
    private bool Merge(int issue, long[] vectors, BigInteger[] multiplicities, int[] ranks, int count, Stage stage, int cap, CancellationToken cancellationToken)
    {
        var terms = _table.TermsOf(issue);
        var m = _table.Options(issue);
        var position = new int[m]; // each option's run: the previous frontier shifted by the option's terms
        var heap = new RunHeap(m, _n);
        for (var x = 0; x < m; x++)
        {
            SetHead(vectors, 0, terms, x, heap);
            heap.Push(x);
        }

        var candidate = new long[_n];
        var staircase = _n == 3 ? new Staircase() : null;
        var best2 = long.MinValue;
        var steps = 0;
        while (heap.Count > 0)
        {
            if ((++steps & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var x = heap.Pop(candidate);
            var parent = position[x];
            Decide(candidate, multiplicities, ranks, parent, x, stage, staircase, cap, ref best2, out var overCap);
            if (overCap)
            {
                return false;
            }

            // The run's next candidate. Two parties: the previous frontier's second utilities rise along it, and every
            // candidate still to come has a first utility no larger than the last point kept, so those whose second
            // utility falls short of that point's are dominated by it: the run skips past them in one search.
            var next = parent + 1;
            if (_n == 2 && next < count && best2 != long.MinValue)
            {
                next = FirstReaching(vectors, next, count, best2 - terms[(x * 2) + 1]);
            }

            position[x] = next;
            if (next < count)
            {
                SetHead(vectors, next, terms, x, heap);
                heap.Push(x);
            }
        }

        return true;
    }

    /// <summary>
    /// The first position from <paramref name="from"/> on whose second utility is at least <paramref name="threshold"/>,
    /// or <paramref name="count"/>: a two-party frontier's second utilities rise along it.
    /// </summary>
    private static int FirstReaching(long[] vectors, int from, int count, long threshold)
    {
        int lo = from, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (vectors[(mid * 2) + 1] < threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Merges <paramref name="candidate"/> into the last point, drops it as dominated, or keeps it; <paramref name="overCap"/> when keeping it would pass the cap.</summary>
    private void Decide(long[] candidate, BigInteger[] multiplicities, int[] ranks, int parent, int x, Stage stage, Staircase? staircase, int cap, ref long best2, out bool overCap)
    {
        overCap = false;

        // Equal vectors come out together: the outcomes add up, and the smaller tuple represents them.
        if (stage.Count > 0 && stage.LastEquals(candidate))
        {
            stage.AddToLast(multiplicities[parent], parent, x, ranks);
            return;
        }

        // Dominated by a point kept before it, or kept.
        bool dominated;
        switch (_n)
        {
            case 1:
                dominated = stage.Count > 0;
                break;
            case 2:
                dominated = best2 >= candidate[1];
                break;
            case 3:
                dominated = staircase!.Dominates(candidate[1], candidate[2]);
                break;
            default:
                dominated = stage.AnyDominates(candidate);
                break;
        }

        if (dominated)
        {
            return;
        }

        if (stage.Count == cap)
        {
            overCap = true;
            return;
        }

        stage.Add(candidate, multiplicities[parent], parent, x);
        if (_n == 2)
        {
            best2 = candidate[1];
        }
        else if (_n == 3)
        {
            staircase!.Add(candidate[1], candidate[2]);
        }
    }

    /// <summary>Writes run <paramref name="x"/>'s candidate at <paramref name="position"/> into the heap's slot for the run.</summary>
    private void SetHead(long[] vectors, int position, ReadOnlySpan<long> terms, int x, RunHeap heap)
    {
        var head = heap.HeadOf(x);
        for (var i = 0; i < _n; i++)
        {
            head[i] = vectors[(position * _n) + i] + terms[(x * _n) + i];
        }
    }

    /// <summary>The points of a stage as they are kept, in arrays that grow and are reused.</summary>
    private sealed class Stage(int parties, int capacity)
    {
        public long[] Vectors { get; private set; } = new long[capacity * parties];

        public BigInteger[] Multiplicities { get; private set; } = new BigInteger[capacity];

        public int[] Parents { get; private set; } = new int[capacity];

        public int[] Options { get; private set; } = new int[capacity];

        public int Count { get; private set; }

        public int Capacity => Parents.Length;

        public void Clear() => Count = 0;

        public bool LastEquals(long[] vector)
        {
            var start = (Count - 1) * parties;
            for (var i = 0; i < parties; i++)
            {
                if (Vectors[start + i] != vector[i])
                {
                    return false;
                }
            }

            return true;
        }

        public void AddToLast(BigInteger multiplicity, int parent, int option, int[] ranks)
        {
            var last = Count - 1;
            Multiplicities[last] += multiplicity;
            var (p, o) = (Parents[last], Options[last]);
            if (ranks[parent] < ranks[p] || (ranks[parent] == ranks[p] && option < o))
            {
                Parents[last] = parent;
                Options[last] = option;
            }
        }

        public void Add(ReadOnlySpan<long> vector, BigInteger multiplicity, int parent, int option)
        {
            if (Count == Capacity)
            {
                var larger = Capacity * 2;
                Vectors = Grow(Vectors, larger * parties);
                Multiplicities = Grow(Multiplicities, larger);
                Parents = Grow(Parents, larger);
                Options = Grow(Options, larger);
            }

            vector.CopyTo(Vectors.AsSpan(Count * parties, parties));
            Multiplicities[Count] = multiplicity;
            Parents[Count] = parent;
            Options[Count] = option;
            Count++;
        }

        /// <summary>Whether a kept point is at least <paramref name="vector"/> on every utility (the first is, by the order they come in).</summary>
        public bool AnyDominates(long[] vector)
        {
            for (var j = 0; j < Count; j++)
            {
                var all = true;
                for (var i = 1; i < parties && all; i++)
                {
                    all = Vectors[(j * parties) + i] >= vector[i];
                }

                if (all)
                {
                    return true;
                }
            }

            return false;
        }

        private static T[] Grow<T>(T[] items, int length)
        {
            var larger = new T[length];
            items.CopyTo(larger, 0);
            return larger;
        }
    }

    /// <summary>
    /// The maxima, in the (u₂, u₃) plane, of the points kept so far: second utilities rising, third falling. The first
    /// step at or right of a candidate's u₂ has the largest u₃ among the points with at least its u₂.
    /// </summary>
    private sealed class Staircase
    {
        private readonly List<long> _u2 = [];
        private readonly List<long> _u3 = [];

        public bool Dominates(long u2, long u3)
        {
            var at = LowerBound(u2);
            return at < _u2.Count && _u3[at] >= u3;
        }

        public void Add(long u2, long u3)
        {
            // The steps the new point covers (u₂ and u₃ both no more than its own) leave; it takes their place.
            var at = LowerBound(u2);
            var from = at;
            while (from > 0 && _u3[from - 1] <= u3)
            {
                from--;
            }

            var to = at < _u2.Count && _u2[at] == u2 ? at + 1 : at; // an equal u₂ with a smaller u₃ is covered too
            _u2.RemoveRange(from, to - from);
            _u3.RemoveRange(from, to - from);
            _u2.Insert(from, u2);
            _u3.Insert(from, u3);
        }

        private int LowerBound(long u2)
        {
            int lo = 0, hi = _u2.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_u2[mid] < u2)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }

    /// <summary>
    /// A binary heap of runs, the largest head candidate on top: each run's head vector is kept in a slot of its own, so
    /// that a comparison reads two vectors and adds nothing. Equal vectors come out in option order.
    /// </summary>
    private sealed class RunHeap(int runs, int parties)
    {
        private readonly int[] _items = new int[runs];
        private readonly long[] _heads = new long[runs * parties];

        public int Count { get; private set; }

        /// <summary>The slot of run <paramref name="run"/>'s head vector.</summary>
        public Span<long> HeadOf(int run) => _heads.AsSpan(run * parties, parties);

        public void Push(int run)
        {
            var i = Count++;
            _items[i] = run;
            while (i > 0)
            {
                var up = (i - 1) / 2;
                if (!Before(_items[i], _items[up]))
                {
                    break;
                }

                (_items[i], _items[up]) = (_items[up], _items[i]);
                i = up;
            }
        }

        /// <summary>Takes the top run, copying its head vector into <paramref name="head"/>.</summary>
        public int Pop(long[] head)
        {
            var top = _items[0];
            HeadOf(top).CopyTo(head);
            _items[0] = _items[--Count];
            var i = 0;
            while (true)
            {
                var first = i;
                var left = (2 * i) + 1;
                var right = left + 1;
                if (left < Count && Before(_items[left], _items[first]))
                {
                    first = left;
                }

                if (right < Count && Before(_items[right], _items[first]))
                {
                    first = right;
                }

                if (first == i)
                {
                    return top;
                }

                (_items[i], _items[first]) = (_items[first], _items[i]);
                i = first;
            }
        }

        /// <summary>Whether run <paramref name="a"/>'s head comes before run <paramref name="b"/>'s: larger, lexicographically, or equal with the smaller option.</summary>
        private bool Before(int a, int b)
        {
            var ha = a * parties;
            var hb = b * parties;
            for (var i = 0; i < parties; i++)
            {
                var x = _heads[ha + i];
                var y = _heads[hb + i];
                if (x != y)
                {
                    return x > y;
                }
            }

            return a < b;
        }
    }
}
