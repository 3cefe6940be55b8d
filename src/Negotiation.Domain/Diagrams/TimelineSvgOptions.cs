using Ardalis.GuardClauses;

namespace Negotiation.Domain.Diagrams;

/// <summary>How <see cref="TimelineSvg"/> draws: the picture's width and the size of its labels.</summary>
public sealed record TimelineSvgOptions
{
    /// <summary>The narrowest picture: narrower, long labels are cut to a few words.</summary>
    public const int MinWidth = 480;

    /// <summary>The widest picture, which fits a page or a screen without scaling its text down.</summary>
    public const int MaxWidth = 1200;

    /// <summary>The smallest label size, in pixels, that stays legible.</summary>
    public const int MinFontSize = 11;

    /// <summary>The largest label size, in pixels.</summary>
    public const int MaxFontSize = 16;

    /// <summary>The options by default: 1200 pixels wide, labels of 12 pixels.</summary>
    public static TimelineSvgOptions Default { get; } = new();

    /// <summary>The picture's width in pixels, from <see cref="MinWidth"/> to <see cref="MaxWidth"/>; 1200 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The width is outside those bounds.</exception>
    public int Width { get; init => field = Guard.Against.OutOfRange(value, nameof(Width), MinWidth, MaxWidth); } = MaxWidth;

    /// <summary>The size of item labels in pixels, from <see cref="MinFontSize"/> to <see cref="MaxFontSize"/>; 12 by default. Titles are a little larger.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is outside those bounds.</exception>
    public int FontSize { get; init => field = Guard.Against.OutOfRange(value, nameof(FontSize), MinFontSize, MaxFontSize); } = 12;
}
