namespace Negotiation.Diagrams.LayoutCheck;

/// <summary>A label's box in Graphviz points (y up), and what it labels.</summary>
internal sealed record LabelBox(string What, double Left, double Bottom, double Right, double Top)
{
    /// <summary>Less than this much in both directions is not an overlap: Graphviz rounds positions to 1/100 of a point, text widths are estimates.</summary>
    private const double Tolerance = 0.5;

    public bool Overlaps(LabelBox other)
        => Math.Min(Right, other.Right) - Math.Max(Left, other.Left) > Tolerance
            && Math.Min(Top, other.Top) - Math.Max(Bottom, other.Bottom) > Tolerance;

    public override string ToString() => $"{What} at ({Left:0.#}, {Bottom:0.#})-({Right:0.#}, {Top:0.#})";
}
