namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// How <see cref="GeniusXml.Import"/> and <see cref="GeniusWebJson.Import"/> read files: the limits that keep a file
/// from strangers from costing unbounded time or memory, and which convention GENIUS evaluations follow.
/// </summary>
public sealed record GeniusImportOptions
{
    /// <summary>The default size limit of each file: 16 MiB.</summary>
    public const int DefaultMaxBytes = 16 * 1024 * 1024;

    /// <summary>The largest size limit that may be set: 1 GiB.</summary>
    public const int MaxBytesLimit = 1024 * 1024 * 1024;

    /// <summary>The default nesting limit: 16 levels of XML elements or of JSON objects and arrays.</summary>
    public const int DefaultMaxDepth = 16;

    /// <summary>The largest nesting limit that may be set.</summary>
    public const int MaxDepthLimit = 64;

    /// <summary>The default number of options an integer range (GENIUS) or a number range (GeniusWeb) may expand to.</summary>
    public const int DefaultMaxOptionsPerIssue = 10_000;

    /// <summary>The largest number of options per issue that may be set.</summary>
    public const int MaxOptionsPerIssueLimit = 1_000_000;

    /// <summary>
    /// The most bytes each file may have (16 MiB by default, at most <see cref="MaxBytesLimit"/>): a stream is not read
    /// past it, and a file that is longer is refused as <c>too-large</c>.
    /// </summary>
    public int MaxBytes
    {
        get;
        init => field = value is >= 1 and <= MaxBytesLimit ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, $"The size limit is between 1 and {MaxBytesLimit} bytes.");
    } = DefaultMaxBytes;

    /// <summary>
    /// The deepest nesting read (16 by default, at most <see cref="MaxDepthLimit"/>): XML elements inside each other
    /// (a GENIUS file needs 5), or JSON objects and arrays (a GeniusWeb profile needs 6). Deeper is <c>too-deep</c>.
    /// </summary>
    public int MaxDepth
    {
        get;
        init => field = value is >= 1 and <= MaxDepthLimit ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, $"The depth limit is between 1 and {MaxDepthLimit}.");
    } = DefaultMaxDepth;

    /// <summary>
    /// The most options one issue given as a range may expand to (10 000 by default, at most
    /// <see cref="MaxOptionsPerIssueLimit"/>): a GENIUS integer issue from <c>lowerbound</c> to <c>upperbound</c>, a
    /// GeniusWeb number range from <c>low</c> to <c>high</c> by <c>step</c>. A larger range is <c>too-many-options</c>.
    /// </summary>
    public int MaxOptionsPerIssue
    {
        get;
        init => field = value is >= 1 and <= MaxOptionsPerIssueLimit ? value : throw new ArgumentOutOfRangeException(nameof(MaxOptionsPerIssue), value, $"The limit is between 1 and {MaxOptionsPerIssueLimit} options.");
    } = DefaultMaxOptionsPerIssue;

    /// <summary>
    /// Whether GENIUS item evaluations are taken as they are written (NegMAS's convention), rather than divided by the
    /// largest evaluation of their issue (GENIUS's, the default). Raw evaluations must then lie in [0, 1]
    /// (<c>invalid-value</c> otherwise). The two conventions give different values, and so a different frontier, from the
    /// same file whenever an issue's largest evaluation is not 1. GeniusWeb files are always read as written.
    /// </summary>
    public bool RawEvaluations { get; init; }
}
