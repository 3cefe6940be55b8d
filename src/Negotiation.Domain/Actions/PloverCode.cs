namespace Negotiation.Domain.Actions;

/// <summary>A PLOVER category with its mode where one applies, and the closest CAMEO code where one exists.</summary>
/// <param name="Category">The PLOVER category.</param>
/// <param name="Mode">The PLOVER mode (<c>change</c>, <c>yield</c>, <c>assist</c>, <c>meet</c>, <c>discontinue</c>), or <see langword="null"/>.</param>
/// <param name="Cameo">The closest CAMEO code (<c>1054</c>, <c>0354</c>, <c>085</c>, <c>163</c>), or <see langword="null"/>.</param>
public readonly record struct PloverCode(PloverCategory Category, string? Mode, string? Cameo);
