namespace Negotiation.Domain.Bargaining;

/// <summary>
/// Places the labels of a picture so that none overlaps another, a marker, or the edge of its area: each label tries
/// positions around its point and takes the first that is free; a label pushed away from its point gets a leader line
/// back to it. When no position is free, the one that overlaps least is taken. The order weighs side against distance:
/// up and to the right first (on a utility plot nothing lies beyond the frontier, so that side is empty), and a
/// favoured side a little further off before an unfavoured one close by, which reads as another marker's label.
/// </summary>
internal sealed class LabelLayout(double left, double top, double right, double bottom)
{
    private const double Padding = 2;

    /// <summary>Directions around a point, in order of preference: up-right, right, up, down-right, left, up-left, down, down-left.</summary>
    private static readonly (int X, int Y)[] Directions = [(1, -1), (1, 0), (0, -1), (1, 1), (-1, 0), (-1, -1), (0, 1), (-1, 1)];

    /// <summary>Distances from the marker's edge, nearest first; past the first, the label gets a leader line.</summary>
    private static readonly double[] Gaps = [3, 16, 32, 52, 80, 120];

    /// <summary>Every gap and direction, in the order tried: by gap index × 4 + direction index, then by gap.</summary>
    private static readonly (double Gap, (int X, int Y) Direction)[] Candidates =
        [.. Gaps.SelectMany((gap, g) => Directions.Select((direction, d) => (Order: (g * 4) + d, Gap: gap, Direction: direction)))
            .OrderBy(c => c.Order).ThenBy(c => c.Gap).Select(c => (c.Gap, c.Direction))];

    private readonly List<Box> _taken = [];

    /// <summary>The boxes taken so far: markers and labels.</summary>
    public IReadOnlyList<Box> Taken => _taken;

    /// <summary>Keeps labels off an area (a marker).</summary>
    public void Block(Box box) => _taken.Add(box);

    /// <summary>Places a label of the given size by a marker of the given radius at (x, y), and keeps others off it.</summary>
    public Placement Place(double x, double y, double radius, double width, double height) => Place(x, y, radius, width, height, required: true)!;

    /// <summary>Places a label as <see cref="Place(double, double, double, double, double)"/> does if some position is free; <see langword="null"/> (the label is left out) if none is.</summary>
    public Placement? TryPlace(double x, double y, double radius, double width, double height) => Place(x, y, radius, width, height, required: false);

    private Placement? Place(double x, double y, double radius, double width, double height, bool required)
    {
        Placement? best = null;
        var bestCost = double.MaxValue;
        foreach (var (gap, (dx, dy)) in Candidates)
        {
            // Diagonal positions sit a little nearer, so that a label up and to the right of a point still reads as its.
            var g = radius + (dx != 0 && dy != 0 ? gap * 0.7 : gap);
            var bx = dx > 0 ? x + g : dx < 0 ? x - g - width : x - (width / 2);
            var by = dy < 0 ? y - g - height : dy > 0 ? y + g : y - (height / 2);
            var box = new Box(bx, by, width, height);
            var cost = Cost(box);
            if (cost == 0)
            {
                return Take(new Placement(box, gap > Gaps[0], dx));
            }

            if (cost < bestCost)
            {
                bestCost = cost;
                best = new Placement(box, gap > Gaps[0], dx);
            }
        }

        return required ? Take(best!) : null;
    }

    /// <summary>Places a label at the first free box of those given, in order; <see langword="null"/> when none is free (the label is then left out).</summary>
    public Placement? PlaceAmong(IEnumerable<Box> candidates)
        => candidates.Where(box => Cost(box) == 0).Select(box => Take(new Placement(box, false, 1))).FirstOrDefault();

    private Placement Take(Placement placement)
    {
        _taken.Add(placement.Box);
        return placement;
    }

    /// <summary>0 for a free position inside the area; otherwise how much it overlaps others, and far more for leaving the area.</summary>
    private double Cost(Box box)
    {
        var outside = Math.Max(0, left - box.X) + Math.Max(0, box.Right - right) + Math.Max(0, top - box.Y) + Math.Max(0, box.Bottom - bottom);
        var overlap = _taken.Sum(t => t.Inflate(Padding).Overlap(box));
        return (outside * 1000) + overlap;
    }

    /// <summary>An axis-aligned box: its top-left corner and its size, in pixels.</summary>
    internal readonly record struct Box(double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;

        public double Bottom => Y + Height;

        public Box Inflate(double by) => new(X - by, Y - by, Width + (2 * by), Height + (2 * by));

        /// <summary>The area this box shares with another.</summary>
        public double Overlap(Box other)
            => Math.Max(0, Math.Min(Right, other.Right) - Math.Max(X, other.X)) * Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y));

        /// <summary>The point of the box nearest (x, y), where a leader line ends.</summary>
        public (double X, double Y) Nearest(double x, double y) => (Math.Clamp(x, X, Right), Math.Clamp(y, Y, Bottom));
    }

    /// <summary>
    /// Where a label goes, whether it is far enough from its point to need a leader line, and on which side of the
    /// point it is: -1 left (its text is best anchored at the box's right edge, next to the point, since the box's
    /// width is only an estimate), 0 centred, 1 right.
    /// </summary>
    internal sealed record Placement(Box Box, bool NeedsLeader, int Side);
}
