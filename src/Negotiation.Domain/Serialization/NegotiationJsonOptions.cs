using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// The limits <see cref="NegotiationJson"/> puts on what it reads, so that a document from a stranger cannot exhaust
/// memory or the stack. Larger or deeper input, or a document that breaks more rules than are listed, is refused with <see cref="ErrorCodes.TooLarge"/> or
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

    /// <summary>The default <see cref="MaxErrors"/>: <see cref="ValidationFailure.DefaultMaxErrors"/> (100).</summary>
    public const int DefaultMaxErrors = ValidationFailure.DefaultMaxErrors;

    /// <summary>The limits used when none are given.</summary>
    public static NegotiationJsonOptions Default { get; } = new();

    /// <summary>
    /// The largest document accepted, at least 1: its bytes of UTF-8, not counting the whitespace between tokens
    /// (indentation, line breaks, the space after a colon). So a document is measured the same compact or indented,
    /// and whatever the library reads within the limit, it writes in its canonical indented form, and reads back under
    /// the same options. The whitespace is bounded too: the whole text may be at most <see cref="MaxTextBytes"/>.
    /// </summary>
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

    /// <summary>
    /// The longest text accepted, whitespace included: <see cref="MaxBytes"/> times 8, and no more than the largest array
    /// .NET allocates. The canonical indentation costs at most about 6 bytes of whitespace per byte of the document
    /// (one-letter ids listed 9 levels deep), so the library's own output always fits; a stream is never read past it.
    /// </summary>
    public int MaxTextBytes => (int)Math.Min((long)MaxBytes * TextBytesPerByte, Array.MaxLength - 1L);

    /// <summary>How many bytes of text, whitespace included, <see cref="MaxTextBytes"/> allows for each byte of <see cref="MaxBytes"/>.</summary>
    internal const int TextBytesPerByte = 8;

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

    /// <summary>
    /// How many errors a report lists, at least 1: past it, errors are counted (<see cref="JsonReadError.OmittedErrorCount"/>)
    /// but not listed, so that a document that breaks a rule millions of times costs no more to report than to read.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxErrors
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxErrors));
            field = value;
        }
    } = DefaultMaxErrors;
}
