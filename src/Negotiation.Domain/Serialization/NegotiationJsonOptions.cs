namespace Negotiation.Domain.Serialization;

/// <summary>
/// The limits <see cref="NegotiationJson"/> puts on what it reads, so that a document from a stranger cannot exhaust
/// memory or the stack. Larger or deeper input is refused with <see cref="ErrorCodes.TooLarge"/> or
/// <see cref="ErrorCodes.TooDeep"/> before any record is built.
/// </summary>
public sealed record NegotiationJsonOptions
{
    /// <summary>The default <see cref="MaxBytes"/>: 16 MiB, far above any real case (the seed case is about 25 KB).</summary>
    public const int DefaultMaxBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The default <see cref="MaxDepth"/>: 16. The format itself nests at most 9 deep (a counterclaim's sources in the
    /// attribution of an agreement's commitment), so this leaves room without allowing pathological nesting.
    /// </summary>
    public const int DefaultMaxDepth = 16;

    /// <summary>The largest <see cref="MaxDepth"/> accepted.</summary>
    public const int MaxDepthLimit = 64;

    /// <summary>The limits used when none are given.</summary>
    public static NegotiationJsonOptions Default { get; } = new();

    /// <summary>The longest input accepted, in bytes of UTF-8; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxBytes));
            field = value;
        }
    } = DefaultMaxBytes;

    /// <summary>How deeply objects and arrays may nest (the root object is depth 1); from 1 to <see cref="MaxDepthLimit"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxDepth));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDepthLimit, nameof(MaxDepth));
            field = value;
        }
    } = DefaultMaxDepth;
}
